package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.Certificate;
import dev.archway.model.validation.Validator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A certificate whose domain is a Parameter given at deploy time is modelled (its name is the Parameter's, in
 * braces), so the HTTPS listener that uses it is too; whether it covers a host cannot be told, so no host is
 * reported as uncovered, and export writes the template back as read.
 */
class DeployTimeCertificateImportTest {
    private static final Path FILE = Path.of("https.yaml");
    private static final String TEMPLATE = """
            Parameters:
              PublicFqdn:
                Type: String
              PublicHostedZoneId:
                Type: AWS::Route53::HostedZone::Id
            Resources:
            """ + CorpusFidelity.VPC_TWO_SUBNETS + """
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Scheme: internal
                  Subnets: [!Ref SubnetA, !Ref SubnetB]
              Certificate:
                Type: AWS::CertificateManager::Certificate
                Properties:
                  DomainName: !Ref PublicFqdn
                  SubjectAlternativeNames: [!Sub 'www.${PublicFqdn}']
                  DomainValidationOptions:
                    - DomainName: !Ref PublicFqdn
                      HostedZoneId: !Ref PublicHostedZoneId
                  ValidationMethod: DNS
              Https:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 443
                  Protocol: HTTPS
                  Certificates: [{CertificateArn: !Ref Certificate}]
                  DefaultActions:
                    - Type: fixed-response
                      FixedResponseConfig: {StatusCode: '404'}
              ShopRule:
                Type: AWS::ElasticLoadBalancingV2::ListenerRule
                Properties:
                  ListenerArn: !Ref Https
                  Priority: 1
                  Conditions: [{Field: host-header, HostHeaderConfig: {Values: [shop.example.com]}}]
                  Actions:
                    - Type: fixed-response
                      FixedResponseConfig: {StatusCode: '200'}
            """;

    @Test
    void theCertificateAndItsListenerAreModelled() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), design.all(OpaqueResource.class).stream().map(OpaqueResource::name).toList());
        Certificate c = design.all(Certificate.class).get(0);
        assertEquals("{PublicFqdn}", c.domainName());
        assertEquals(List.of("{www.${PublicFqdn}}"), c.subjectAlternativeNames());
    }

    @Test
    void noHostIsReportedUncovered() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), new Validator().validate(design).stream()
                .filter(f -> f.ruleId().equals("CERT-HOST-MISMATCH")).toList());
    }

    @Test
    void exportWritesTheTemplateBackAsRead() throws Exception {
        Design design = new CfnImporter().importText(TEMPLATE, FILE);
        assertEquals(List.of(), CorpusFidelity.changedByExport(TEMPLATE, design, FILE));
        Map<String, Object> out = TemplateReader.read(new CfnYamlExporter().render(design).content(), FILE);
        assertEquals(Set.of("PublicFqdn", "PublicHostedZoneId"), Cfn.orEmpty(out.get("Parameters")).keySet(),
                "no Parameter of export's own for a domain the template names");
    }
}
