package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.External;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which template values stand for resources outside the template, as the CloudFormation specification types them:
 * Parameters of the AWS-specific id types ({@code AWS::EC2::VPC::Id}, {@code AWS::EC2::Subnet::Id},
 * {@code AWS::EC2::SecurityGroup::Id}, their {@code List<...>} forms and the SSM parameter types that hold them),
 * and {@code AWS::EC2::AvailabilityZone::Name} Parameters without a default (an AZ the user picks at deploy time).
 */
final class ExternalValues {
    private static final Set<String> ID_TYPES = Set.of("AWS::EC2::VPC::Id", "AWS::EC2::Subnet::Id",
            "AWS::EC2::SecurityGroup::Id");
    private static final String AZ_NAME = "AWS::EC2::AvailabilityZone::Name";
    /** How many items a list Parameter without a default is assumed to hold (two AZs, the usual minimum). */
    static final int ASSUMED_ITEMS = 2;

    private ExternalValues() {
    }

    /** The parameter's value as outside the template, or null for an ordinary parameter. */
    static Object ofParameter(String name, Map<String, Object> parameter) {
        if (parameter == null) {
            return null;
        }
        String type = baseType(String.valueOf(parameter.get("Type")));
        boolean list = type.startsWith("List<") && type.endsWith(">");
        String item = list ? type.substring(5, type.length() - 1) : type;
        Object def = parameter.get("Default");
        Map<String, Object> ref = Map.of("Ref", name);
        if (ID_TYPES.contains(item)) {
            boolean unknownCount = def == null || String.valueOf(def).isBlank(); // Default '' names no subnet
            return list ? items("Ref:" + name, name, ref, unknownCount ? -1 : String.valueOf(def).split(",").length)
                    : new External("Ref:" + name, name, ref);
        }
        if (type.equals("CommaDelimitedList") && def == null) {
            return items("Ref:" + name, name, ref, -1); // ids given at deploy time, e.g. an ASG's subnets
        }
        if (item.equals(AZ_NAME) && def == null) {
            if (!list) {
                return name;
            }
            List<Object> zones = new ArrayList<>();
            for (int i = 0; i < ASSUMED_ITEMS; i++) {
                zones.add(name + "[" + i + "]");
            }
            return zones;
        }
        return null;
    }

    /** {@code AWS::SSM::Parameter::Value<T>} holds a T. */
    private static String baseType(String type) {
        String ssm = "AWS::SSM::Parameter::Value<";
        return type.startsWith(ssm) && type.endsWith(">") ? type.substring(ssm.length(), type.length() - 1) : type;
    }

    /** The items of an outside list, each written as {@code Fn::Select [i, list]}. */
    static List<Object> items(String key, String name, Object listExpression, int count) {
        List<Object> out = new ArrayList<>();
        int n = count > 0 ? count : ASSUMED_ITEMS;
        for (int i = 0; i < n; i++) {
            out.add(new External(key + "[" + i + "]", name + " " + (i + 1),
                    Map.of("Fn::Select", List.of(i, listExpression))));
        }
        return out;
    }

    static boolean isStackOutput(Map<String, Object> resources, String logicalId, String attribute) {
        Map<String, Object> r = Cfn.asMap(resources.get(logicalId));
        return r != null && "AWS::CloudFormation::Stack".equals(r.get("Type")) && attribute.startsWith("Outputs.");
    }
}
