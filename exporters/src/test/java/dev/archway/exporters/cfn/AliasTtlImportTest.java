package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, point 4: an alias record with a TTL is imported with its TTL, so R53-ALIAS-TO-LB sees it. CloudFormation
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-recordset.html):
 * "If you're creating or updating an alias resource record set, omit TTL."
 */
class AliasTtlImportTest {
    private static final String TEMPLATE = AlbTemplates.ALB_IN_TWO_ZONES + """
              Zone: {Type: AWS::Route53::HostedZone, Properties: {Name: example.com}}
              Www:
                Type: AWS::Route53::RecordSet
                Properties:
                  HostedZoneId: !Ref Zone
                  Name: www.example.com
                  Type: A
                  TTL: 300
                  AliasTarget:
                    DNSName: !GetAtt Alb.DNSName
                    HostedZoneId: !GetAtt Alb.CanonicalHostedZoneID
            """;

    @Test
    void anAliasKeepsItsTtlAndTheRuleFires() throws Exception {
        Design d = new CfnImporter().importText(TEMPLATE, Path.of("alias.yaml"));
        DnsRecord www = d.all(DnsRecord.class).get(0);
        assertEquals(300, www.ttl());
        assertEquals(List.of("R53-ALIAS-TO-LB [Www]"), new Validator().validate(d).stream()
                .filter(f -> f.ruleId().equals("R53-ALIAS-TO-LB")).map(f -> f.summary()).toList());
    }
}
