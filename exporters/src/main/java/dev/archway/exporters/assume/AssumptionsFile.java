package dev.archway.exporters.assume;

import com.fasterxml.jackson.databind.JsonNode;
import dev.archway.exporters.InputException;
import dev.archway.exporters.InputFiles;
import dev.archway.exporters.InputKind;
import dev.archway.exporters.InputParsers;
import dev.archway.model.network.Cidr;
import dev.archway.model.query.ExternalFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an assumptions file ({@code --assume FILE}, YAML or JSON; the format is in the README, "Assumptions"):
 * Parameter values, and facts about the subnets and security groups a template takes from outside. Conditions have
 * no section: they follow from the Parameters. A broken file is refused with one line naming the file and the place
 * ({@code subnets.PublicSubnet1.az}).
 */
public final class AssumptionsFile {
    private static final Set<String> SECTIONS = Set.of("parameters", "vpcs", "subnets", "securityGroups");
    private static final Set<String> SUBNET_KEYS = Set.of("az", "public", "cidr");
    private static final Set<String> RULE_KEYS = Set.of("protocol", "ports", "cidr", "group", "description");
    private static final Pattern SLOT = Pattern.compile("[1-6](st|nd|rd|th)");
    private static final Pattern ZONE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+[a-z]");
    private static final Pattern PORTS = Pattern.compile("\\d{1,5}(-\\d{1,5})?");
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "icmp", "all", "-1");

    private AssumptionsFile() {
    }

    public static Assumptions read(Path file) throws InputException {
        return parse(InputFiles.read(file, InputKind.ASSUMPTIONS), file);
    }

    public static Assumptions parse(String text, Path file) throws InputException {
        JsonNode root = InputParsers.yamlTree(text, file);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Assumptions(Map.of(), Map.of(), file, true);
        }
        return new Reader(file).assumptions(root);
    }

    /** A slot ({@code 1st} ... {@code 6th}: the region's first to sixth zone) or a zone name ({@code eu-west-1b}). */
    static boolean isZone(String text) {
        return SLOT.matcher(text).matches() || ZONE.matcher(text).matches();
    }

    private record Reader(Path file) {

        Assumptions assumptions(JsonNode root) throws InputException {
            mapping(root, "", "an assumptions file is a mapping with parameters, vpcs, subnets and securityGroups");
            keys(root, "", SECTIONS);
            Map<String, String> parameters = new LinkedHashMap<>();
            JsonNode params = root.path("parameters");
            for (Map.Entry<String, JsonNode> p : entries(params, "parameters")) {
                parameters.put(p.getKey(), parameterValue(p.getValue(), "parameters." + p.getKey()));
            }
            Map<String, Map<String, Object>> facts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> v : entries(root.path("vpcs"), "vpcs")) {
                facts.put("vpcs." + v.getKey(), vpc(v.getValue(), "vpcs." + v.getKey()));
            }
            for (Map.Entry<String, JsonNode> s : entries(root.path("subnets"), "subnets")) {
                facts.put("subnets." + s.getKey(), subnet(s.getValue(), "subnets." + s.getKey()));
            }
            for (Map.Entry<String, JsonNode> g : entries(root.path("securityGroups"), "securityGroups")) {
                facts.put("securityGroups." + g.getKey(), group(g.getValue(), "securityGroups." + g.getKey()));
            }
            return new Assumptions(parameters, facts, file, true);
        }

        private String parameterValue(JsonNode v, String at) throws InputException {
            if (v.isValueNode() && !v.isNull()) {
                return v.asText();
            }
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode item : v) {
                    items.add(parameterValue(item, at));
                }
                return String.join(",", items);
            }
            throw fail(at, "a Parameter's value is a text, a number or a list of them");
        }

        private Map<String, Object> subnet(JsonNode node, String at) throws InputException {
            mapping(node, at, "a subnet's facts are a mapping with az, public and cidr");
            keys(node, at, SUBNET_KEYS);
            Map<String, Object> given = new LinkedHashMap<>();
            JsonNode az = node.path("az");
            if (!az.isMissingNode()) {
                if (!az.isTextual() || !isZone(az.asText())) {
                    throw fail(at + ".az", "expected a zone slot (1st ... 6th) or a zone name such as us-east-1b, not "
                            + az);
                }
                given.put(ExternalFacts.ZONE, az.asText());
            }
            JsonNode pub = node.path("public");
            if (!pub.isMissingNode()) {
                if (!pub.isBoolean()) {
                    throw fail(at + ".public", "expected true or false, not " + pub);
                }
                given.put(ExternalFacts.PUBLIC, pub.asBoolean());
            }
            cidr(node, at, given);
            return given;
        }

        private Map<String, Object> vpc(JsonNode node, String at) throws InputException {
            mapping(node, at, "a VPC's facts are a mapping with cidr");
            keys(node, at, Set.of("cidr"));
            Map<String, Object> given = new LinkedHashMap<>();
            cidr(node, at, given);
            return given;
        }

        private void cidr(JsonNode node, String at, Map<String, Object> given) throws InputException {
            JsonNode cidr = node.path("cidr");
            if (!cidr.isMissingNode()) {
                if (!cidr.isTextual() || !Cidr.isValid(cidr.asText())) {
                    throw fail(at + ".cidr", "expected an IPv4 CIDR block such as 10.0.1.0/24, not " + cidr);
                }
                given.put(ExternalFacts.CIDR, cidr.asText());
            }
        }

        private Map<String, Object> group(JsonNode node, String at) throws InputException {
            mapping(node, at, "a security group's facts are a mapping with ingress");
            keys(node, at, Set.of("ingress"));
            JsonNode ingress = node.path("ingress");
            if (!ingress.isArray()) {
                throw fail(at + ".ingress", "expected a list of rules such as {protocol: tcp, ports: 443, cidr: "
                        + "0.0.0.0/0}");
            }
            List<Object> rules = new ArrayList<>();
            for (int i = 0; i < ingress.size(); i++) {
                rules.add(rule(ingress.get(i), at + ".ingress[" + i + "]"));
            }
            Map<String, Object> given = new LinkedHashMap<>();
            given.put(ExternalFacts.INGRESS, rules);
            return given;
        }

        private Map<String, Object> rule(JsonNode node, String at) throws InputException {
            mapping(node, at, "a rule is a mapping with protocol, ports and cidr or group");
            keys(node, at, RULE_KEYS);
            String protocol = node.path("protocol").asText("");
            if (!PROTOCOLS.contains(protocol)) {
                throw fail(at + ".protocol", "expected tcp, udp, icmp or all, not " + node.path("protocol"));
            }
            boolean all = protocol.equals("all") || protocol.equals("-1");
            String ports = node.path("ports").asText("");
            if (!all && !PORTS.matcher(ports).matches()) {
                throw fail(at + ".ports", "expected a port (443) or a range (1024-65535), not " + node.path("ports"));
            }
            boolean cidr = node.hasNonNull("cidr");
            if (cidr == node.hasNonNull("group")) {
                throw fail(at, "a rule names exactly one source: cidr or group");
            }
            if (cidr && !Cidr.isValid(node.path("cidr").asText())) {
                throw fail(at + ".cidr", "expected an IPv4 CIDR block, not " + node.path("cidr"));
            }
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("protocol", all ? "all" : protocol);
            if (!all) {
                rule.put("ports", ports);
            }
            rule.put(cidr ? "cidr" : "group", node.path(cidr ? "cidr" : "group").asText());
            if (node.hasNonNull("description")) {
                rule.put("description", node.path("description").asText());
            }
            return rule;
        }

        private List<Map.Entry<String, JsonNode>> entries(JsonNode section, String at) throws InputException {
            List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
            if (section.isMissingNode() || section.isNull()) {
                return out;
            }
            mapping(section, at, "expected a mapping by name");
            for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
                out.add(it.next());
            }
            return out;
        }

        private void mapping(JsonNode node, String at, String expected) throws InputException {
            if (!node.isObject()) {
                throw fail(at, expected);
            }
        }

        private void keys(JsonNode node, String at, Set<String> allowed) throws InputException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!allowed.contains(key)) {
                    throw fail(at.isEmpty() ? key : at + "." + key, "unknown key " + key + " (expected one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        private InputException fail(String at, String problem) {
            return new InputException(file, at.isEmpty() ? null : at, problem);
        }
    }
}
