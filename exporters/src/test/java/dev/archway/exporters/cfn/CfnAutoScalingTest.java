package dev.archway.exporters.cfn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.AutoScalingDesigns;
import dev.archway.model.Design;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.network.Subnet;
import dev.archway.model.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16: Auto Scaling groups are modelled on import, written back as read, and made from scratch on export. */
class CfnAutoScalingTest {
    private static final Path FILE = Path.of("web.yaml");
    private static final String WEB = """
            Parameters:
              Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
              VpcId: {Type: 'AWS::EC2::VPC::Id'}
              Desired: {Type: Number, Default: 3}
              InstanceType: {Type: String, Default: t3.small}
            Resources:
              Alb:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Subnets: !Ref Subnets
              Tg:
                Type: AWS::ElasticLoadBalancingV2::TargetGroup
                Properties: {Port: 80, Protocol: HTTP, VpcId: !Ref VpcId}
              Http:
                Type: AWS::ElasticLoadBalancingV2::Listener
                Properties:
                  LoadBalancerArn: !Ref Alb
                  Port: 80
                  Protocol: HTTP
                  DefaultActions: [{Type: forward, TargetGroupArn: !Ref Tg}]
              WebTemplate:
                Type: AWS::EC2::LaunchTemplate
                Properties:
                  LaunchTemplateData:
                    ImageId: ami-0abcdef1234567890
                    InstanceType: !Ref InstanceType
                    UserData: !Base64 '#!/bin/bash'
              Web:
                Type: AWS::AutoScaling::AutoScalingGroup
                Properties:
                  VPCZoneIdentifier: !Ref Subnets
                  LaunchTemplate:
                    LaunchTemplateId: !Ref WebTemplate
                    Version: !GetAtt WebTemplate.LatestVersionNumber
                  MinSize: '1'
                  MaxSize: '6'
                  DesiredCapacity: !Ref Desired
                  TargetGroupARNs: [!Ref Tg]
            """;

    @Test
    void aGroupWithTargetGroupArnsIsTheTargetOfItsGroups() throws Exception {
        Design d = new CfnImporter().importText(WEB, FILE);
        AutoScalingGroup web = (AutoScalingGroup) d.byName("Web").orElseThrow();
        assertEquals(List.of(1, 3, 6), List.of(web.minSize(), web.desiredCapacity(), web.maxSize()));
        assertEquals(2, web.subnetIds().size(), "the list Parameter's two assumed subnets");
        assertTrue(web.subnetIds().stream().allMatch(id -> d.get(id) instanceof Subnet));
        assertEquals("WebTemplate", web.launchTemplate());
        assertEquals("t3.small", web.instanceType());
        TargetGroup tg = (TargetGroup) d.byName("Tg").orElseThrow();
        assertEquals(List.of(new TargetRegistration(web.id(), null)), tg.targets());
        assertEquals(List.of(), new Validator().validate(d).stream().filter(f -> f.ruleId().equals("TG-EMPTY"))
                .toList());
        assertEquals(Map.of(), KeptReasons.of(d).entrySet().stream().filter(e -> !e.getKey().equals("WebTemplate"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** Without VPCZoneIdentifier a group launches in the default subnets of its zones (here the region's). */
    @Test
    void aGroupGivenOnlyZonesRunsInTheDefaultSubnetsAndIsWrittenBackAsRead() throws Exception {
        String template = """
                Resources:
                  Config:
                    Type: AWS::AutoScaling::LaunchConfiguration
                    Properties: {ImageId: ami-0abcdef1234567890, InstanceType: t3.micro}
                  Web:
                    Type: AWS::AutoScaling::AutoScalingGroup
                    Properties:
                      AvailabilityZones: !GetAZs ''
                      LaunchConfigurationName: !Ref Config
                      MinSize: 2
                      MaxSize: 2
                """;
        Design d = new CfnImporter().importText(template, FILE);
        AutoScalingGroup web = (AutoScalingGroup) d.byName("Web").orElseThrow();
        assertEquals(List.of("1st", "2nd", "3rd"), web.subnetIds().stream()
                .map(id -> new dev.archway.model.query.Topology(d).zoneOf(d.get(id, Subnet.class))).toList());
        assertEquals(2, web.desiredCapacity(), "DesiredCapacity defaults to MinSize");
        Map<String, Object> original = Cfn.asMap(TemplateReader.read(template, FILE).get("Resources"));
        Map<String, Object> exported = Cfn.asMap(TemplateReader.read(new CfnYamlExporter().render(d).content(), FILE)
                .get("Resources"));
        assertEquals(CorpusFidelity.comparable(original), CorpusFidelity.comparable(exported));
    }

    @Test
    void exportWritesTheGroupAndItsLaunchTemplateBackAsRead() throws Exception {
        Map<String, Object> original = Cfn.asMap(TemplateReader.read(WEB, FILE).get("Resources"));
        Design d = new CfnImporter().importText(WEB, FILE);
        for (String text : List.of(new CfnJsonExporter().render(d).content(),
                new CfnYamlExporter().render(d).content())) {
            Map<String, Object> resources = Cfn.asMap(TemplateReader.read(text, FILE).get("Resources"));
            assertEquals(original.keySet(), resources.keySet());
            for (String lid : original.keySet()) {
                assertEquals(CorpusFidelity.comparable(original.get(lid)),
                        CorpusFidelity.comparable(resources.get(lid)), lid);
            }
        }
    }

    @Test
    void anEditedCapacityIsWrittenAndTheRestKeepsItsExpressions() throws Exception {
        Design d = new CfnImporter().importText(WEB, FILE);
        AutoScalingGroup web = (AutoScalingGroup) d.byName("Web").orElseThrow();
        d.put(web.withCapacity(2, 4, 6));
        Map<String, Object> props = Cfn.asMap(Cfn.asMap(Cfn.asMap(TemplateReader.read(
                new CfnYamlExporter().render(d).content(), FILE).get("Resources")).get("Web")).get("Properties"));
        assertEquals("2", String.valueOf(props.get("MinSize")));
        assertEquals("4", String.valueOf(props.get("DesiredCapacity")));
        assertEquals(Map.of("Ref", "Subnets"), props.get("VPCZoneIdentifier"));
        assertEquals(List.of(Map.of("Ref", "Tg")), props.get("TargetGroupARNs"));
    }

    /** A group drawn in Archway gets a launch template of its own; import absorbs it again. */
    @Test
    void aNewGroupExportsWithALaunchTemplateThatLintsCleanAndImportsBack() throws Exception {
        Design d = AutoScalingDesigns.web();
        Path dir = Files.createTempDirectory("archway-asg");
        Path yaml = dir.resolve("asg.yaml");
        Files.writeString(yaml, new CfnYamlExporter().render(d).content());
        Path json = dir.resolve("asg.json");
        Files.writeString(json, new CfnJsonExporter().render(d).content());
        assertEquals(List.of(), CfnLint.errorsAndWarnings(yaml, json).stream()
                .filter(f -> !f.contains(":W3010:")).toList(), "besides the subnets' literal AZs");
        Map<String, Object> resources = Cfn.asMap(TemplateReader.read(Files.readString(yaml), yaml).get("Resources"));
        assertEquals("AWS::EC2::LaunchTemplate", Cfn.asMap(resources.get("WebLaunchTemplate")).get("Type"));
        CfnRoundTripTest.assertSameDesign(d, CfnRoundTripTest.viaYaml(d));
        CfnRoundTripTest.assertSameDesign(d, CfnRoundTripTest.viaJson(d));
        assertNull(((AutoScalingGroup) CfnRoundTripTest.viaYaml(d).byName("Web").orElseThrow()).launchTemplate());
    }
}
