package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the exported template holds for the fixture that uses every element kind. */
class CfnExportTest {
    private final Map<String, Object> template = new CfnTemplateExporter().export(CfnFixtures.everything());

    private Map<String, Object> resource(String logicalId) {
        return Cfn.asMap(Cfn.asMap(template.get("Resources")).get(logicalId));
    }

    private Object property(String logicalId, String property) {
        return Cfn.asMap(resource(logicalId).get("Properties")).get(property);
    }

    @Test
    void securityGroupRulesReferToOtherGroupsByGroupId() {
        assertEquals(List.of(Cfn.map("IpProtocol", "tcp", "FromPort", 80, "ToPort", 80, "SourceSecurityGroupId",
                Cfn.getAtt("AlbSg", "GroupId"))), property("WebSg", "SecurityGroupIngress"));
    }

    @Test
    void groupsThatReferToEachOtherGetRulesOfTheirOwnToAvoidACycle() {
        assertEquals(null, property("PeerA", "SecurityGroupIngress"));
        assertEquals(Cfn.map("GroupId", Cfn.getAtt("PeerA", "GroupId"), "IpProtocol", "tcp", "FromPort", 22,
                "ToPort", 22, "SourceSecurityGroupId", Cfn.getAtt("PeerB", "GroupId")), resource("PeerAIngress1")
                .get("Properties"));
    }

    @Test
    void publicResourcesWaitForTheGatewayAttachment() {
        assertEquals("IgwAttachment", resource("PublicRoutesRoute").get("DependsOn"));
        assertEquals("IgwAttachment", resource("NatEip").get("DependsOn"));
        assertEquals("IgwAttachment", resource("WebALB").get("DependsOn"));
    }

    @Test
    void ecsServiceWaitsForTheListenerAndRuleThatForwardToIt() {
        assertEquals("ApiRule", resource("Api").get("DependsOn"));
        assertEquals(List.of(Cfn.map("ContainerName", "app", "ContainerPort", 8080, "TargetGroupArn",
                Cfn.ref("ApiTg"))), property("Api", "LoadBalancers"));
    }

    @Test
    void readersDependOnTheWriter() {
        assertEquals("db1", resource("db2").get("DependsOn"));
        assertEquals(null, resource("db1").get("DependsOn"));
    }

    @Test
    void perEnvironmentValuesAreParametersWithTheDesignsValues() {
        Map<String, Object> parameters = Cfn.asMap(template.get("Parameters"));
        assertEquals(List.of("ZoneDomainName", "ImageId", "AuroraMasterUsername"), List.copyOf(parameters.keySet()));
        assertEquals("example.com", Cfn.asMap(parameters.get("ZoneDomainName")).get("Default"));
        assertEquals(List.of(Cfn.sub("*.${ZoneDomainName}")), property("Cert", "SubjectAlternativeNames"));
        assertEquals(Cfn.sub("www.${ZoneDomainName}"), property("WwwRecord", "Name"));
        assertEquals(Cfn.ref("ImageId"), property("web1", "ImageId"));
    }

    @Test
    void outputsGiveLoadBalancerNamesAndAuroraEndpoints() {
        Map<String, Object> outputs = Cfn.asMap(template.get("Outputs"));
        assertEquals(List.of("WebALBDnsName", "GatewayNLBDnsName", "AuroraEndpoint", "AuroraReaderEndpoint"),
                List.copyOf(outputs.keySet()));
        assertEquals(Cfn.getAtt("Aurora", "ReadEndpoint.Address"),
                Cfn.asMap(outputs.get("AuroraReaderEndpoint")).get("Value"));
    }

    @Test
    void aliasRecordPointsAtTheLoadBalancersOwnZone() {
        assertEquals(Cfn.map("DNSName", Cfn.getAtt("WebALB", "DNSName"), "HostedZoneId",
                Cfn.getAtt("WebALB", "CanonicalHostedZoneID")), property("WwwRecord", "AliasTarget"));
    }
}
