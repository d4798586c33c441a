package dev.archway.exporters.safety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template whose every free-text value is hostile text: the Description; Parameters (default, allowed values,
 * descriptions), a Mapping's keys and values, a Condition's operand, Outputs and their export names; the kept
 * properties of an Auto Scaling group, a DB instance of its own, a security group, a hosted zone and a resource
 * Archway does not model; and the expressions that name what is outside the template (a VPC parameter, subnets by
 * {@code Fn::ImportValue}). Logical ids stay letters and digits, as CloudFormation requires.
 */
final class HostileTemplates {
    private HostileTemplates() {
    }

    static String symbolic(String hostile) throws JsonProcessingException {
        Text t = new Text(hostile);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", t.next());
        template.put("Parameters", Map.of(
                "Env", map("Type", "String", "Default", t.next(), "AllowedValues", List.of(t.same(), "dev"),
                        "Description", t.next(), "ConstraintDescription", t.next()),
                "VpcId", map("Type", "AWS::EC2::VPC::Id", "Description", t.next())));
        template.put("Mappings", Map.of("Names", Map.of(t.next(), Map.of("Name", t.next()))));
        template.put("Conditions", Map.of("IsProd", Map.of("Fn::Equals", List.of(Map.of("Ref", "Env"), t.next()))));
        Map<String, Object> subnets = Map.of("Fn::ImportValue", t.next());
        Map<String, Object> resources = new LinkedHashMap<>();
        resources.put("Sg", resource("AWS::EC2::SecurityGroup", map("GroupDescription", t.next(),
                "VpcId", Map.of("Ref", "VpcId"), "SecurityGroupIngress", List.of(map("IpProtocol", "tcp",
                        "FromPort", 443, "ToPort", 443, "CidrIp", "0.0.0.0/0", "Description", t.next())),
                "Tags", List.of(map("Key", "Name", "Value", t.next())))));
        resources.put("Lt", resource("AWS::EC2::LaunchTemplate", map("LaunchTemplateName", t.next(),
                "LaunchTemplateData", map("ImageId", "ami-12345678", "InstanceType", "t3.micro",
                        "UserData", Map.of("Fn::Base64", t.next())))));
        resources.put("Asg", resource("AWS::AutoScaling::AutoScalingGroup", map("AutoScalingGroupName", t.next(),
                "MinSize", "1", "MaxSize", "2", "VPCZoneIdentifier", List.of(subnets),
                "LaunchTemplate", map("LaunchTemplateId", Map.of("Ref", "Lt"),
                        "Version", Map.of("Fn::GetAtt", List.of("Lt", "LatestVersionNumber"))),
                "Tags", List.of(map("Key", t.next(), "Value", t.next(), "PropagateAtLaunch", true)))));
        resources.put("DbSubnets", resource("AWS::RDS::DBSubnetGroup", map("DBSubnetGroupDescription", t.next(),
                "SubnetIds", List.of(subnets))));
        resources.put("Db", resource("AWS::RDS::DBInstance", map("DBInstanceIdentifier", t.next(), "Engine", "mysql",
                "DBInstanceClass", "db.t3.micro", "AllocatedStorage", "20", "MasterUsername", t.next(),
                "ManageMasterUserPassword", true, "DBSubnetGroupName", Map.of("Ref", "DbSubnets"),
                "VPCSecurityGroups", List.of(Map.of("Ref", "Sg")))));
        resources.put("Zone", resource("AWS::Route53::HostedZone", map("Name", t.next(),
                "HostedZoneConfig", Map.of("Comment", t.next()))));
        Map<String, Object> topic = resource("AWS::SNS::Topic", map("DisplayName", t.next(),
                "TopicName", Map.of("Fn::Sub", List.of("${Name}-topic", Map.of("Name", t.next())))));
        topic.put("Condition", "IsProd");
        resources.put("Topic", topic);
        template.put("Resources", resources);
        template.put("Outputs", Map.of("TopicArn", map("Description", t.next(), "Condition", "IsProd",
                "Value", Map.of("Ref", "Topic"), "Export", Map.of("Name", Map.of("Fn::Sub",
                        List.of("${AWS::StackName}-${X}", Map.of("X", t.next())))))));
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(template);
    }

    private static Map<String, Object> resource(String type, Map<String, Object> properties) {
        return map("Type", type, "Properties", properties);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** The hostile text, numbered so each place's text differs (a name twice is a problem of its own). */
    private static final class Text {
        private final String hostile;
        private int count;

        Text(String hostile) {
            this.hostile = hostile;
        }

        String next() {
            return hostile + " " + ++count;
        }

        String same() {
            return hostile + " " + count;
        }
    }
}
