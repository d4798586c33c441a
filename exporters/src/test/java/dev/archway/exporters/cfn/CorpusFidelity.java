package dev.archway.exporters.cfn;

import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How faithfully one real template survives Archway: how many of its network, load-balancing, target and database
 * resources became typed elements (the rest are kept opaque), and how many of all its resources come back from
 * import then export with the same Type, Condition and Properties (short and long forms are one tree already;
 * scalars compare by their text, as CloudFormation reads them).
 */
record CorpusFidelity(String template, int counted, int modelled, int resources, int sameJson, int sameYaml,
        List<String> kept, List<String> changed) {

    /** The kinds the issue counts: load balancers, listeners, rules, target groups, subnets, ... DB instances. */
    static final Set<String> COUNTED = Set.of("AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerRule",
            "AWS::ElasticLoadBalancingV2::TargetGroup", "AWS::EC2::Subnet", "AWS::EC2::RouteTable",
            "AWS::EC2::SecurityGroup", "AWS::AutoScaling::AutoScalingGroup", "AWS::ECS::Service",
            "AWS::RDS::DBCluster", "AWS::RDS::DBInstance");

    static final Path REALWORLD = Path.of("../corpus/realworld-dev");
    static final Path OLDER = Path.of("../corpus/aws-cloudformation-templates");

    static List<Path> templates(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
    }

    static CorpusFidelity of(Path file) throws Exception {
        Map<String, Object> original = TemplateReader.read(Files.readString(file), file);
        Map<String, Object> resources = Cfn.orEmpty(original.get("Resources"));
        Design design = new CfnImporter().importTemplate(file);
        Map<String, String> why = KeptReasons.of(design);
        List<String> kept = new ArrayList<>();
        int counted = 0;
        for (Map.Entry<String, Object> r : resources.entrySet()) {
            if (COUNTED.contains(Cfn.asMap(r.getValue()).get("Type"))) {
                counted++;
                if (why.containsKey(r.getKey())) {
                    kept.add(why.get(r.getKey()));
                }
            }
        }
        Map<String, Object> json = TemplateReader.read(new CfnJsonExporter().render(design).content(), file);
        Map<String, Object> yaml = TemplateReader.read(new CfnYamlExporter().render(design).content(), file);
        List<String> changed = new ArrayList<>(changed(resources, Cfn.orEmpty(yaml.get("Resources"))));
        changed(resources, Cfn.orEmpty(json.get("Resources"))).stream().filter(lid -> !changed.contains(lid))
                .forEach(changed::add);
        return new CorpusFidelity(file.getFileName().toString(), counted, counted - kept.size(), resources.size(),
                resources.size() - differing(resources, Cfn.orEmpty(json.get("Resources"))).size(),
                resources.size() - differing(resources, Cfn.orEmpty(yaml.get("Resources"))).size(), kept, changed);
    }

    /** A VPC with two subnets in the region's first two zones: the start of a template's Resources. */
    static final String VPC_TWO_SUBNETS = """
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              SubnetA:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.1.0/24
                  AvailabilityZone: !Select [0, !GetAZs '']
              SubnetB:
                Type: AWS::EC2::Subnet
                Properties:
                  VpcId: !Ref Vpc
                  CidrBlock: 10.0.2.0/24
                  AvailabilityZone: !Select [1, !GetAZs '']
            """;

    /** The logical ids whose resource the YAML or the JSON export of an imported design changes or adds. */
    static List<String> changedByExport(String template, Design design, Path file) throws Exception {
        Map<String, Object> original = Cfn.orEmpty(TemplateReader.read(template, file).get("Resources"));
        List<String> out = new ArrayList<>();
        for (String text : List.of(new CfnYamlExporter().render(design).content(),
                new CfnJsonExporter().render(design).content())) {
            changed(original, Cfn.orEmpty(TemplateReader.read(text, file).get("Resources"))).stream()
                    .filter(lid -> !out.contains(lid)).forEach(out::add);
        }
        return out;
    }

    /**
     * The logical ids whose Type, Condition or Properties differ in the export, then those the export adds (marked
     * {@code (added)}): an import then export the user did not edit writes back exactly the resources it read.
     */
    static List<String> changed(Map<String, Object> original, Map<String, Object> exported) {
        List<String> out = differing(original, exported);
        exported.keySet().stream().filter(lid -> !original.containsKey(lid)).forEach(lid -> out.add(lid + " (added)"));
        return out;
    }

    /** The original's logical ids whose Type, Condition or Properties differ in (or are missing from) the export. */
    static List<String> differing(Map<String, Object> original, Map<String, Object> exported) {
        List<String> out = new ArrayList<>();
        original.forEach((lid, r) -> {
            if (!comparable(r).equals(comparable(exported.get(lid)))) {
                out.add(lid);
            }
        });
        return out;
    }

    static Object comparable(Object resource) {
        Map<String, Object> r = Cfn.orEmpty(resource);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("Type", r.get("Type"));
        out.put("Condition", normal(r.get("Condition")));
        out.put("Properties", normal(r.get("Properties") == null ? Map.of() : r.get("Properties")));
        return out;
    }

    /** Maps unordered, scalars as text (CloudFormation reads {@code 80} and {@code "80"} alike). */
    static Object normal(Object v) {
        if (v instanceof Map<?, ?> m && m.size() == 1 && m.get("Fn::GetAtt") instanceof String s && s.contains(".")) {
            return normal(Map.of("Fn::GetAtt", List.of(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1))));
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, x) -> out.put(String.valueOf(k), normal(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(CorpusFidelity::normal).toList();
        }
        return v == null ? null : String.valueOf(v);
    }

    String line() {
        return String.format("%-80s counted %3d modelled %3d | resources %3d same json %3d yaml %3d", template,
                counted, modelled, resources, sameJson, sameYaml);
    }
}
