package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Region;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * How many CloudFormation resources each element of a design becomes in Archway's export: the one source of truth
 * for the resource limit rule and the stack planner (an exporter test holds the exporter to it). Regions, AZs,
 * applications and IP targets have no resource; they live in the template's metadata.
 */
public final class CfnResourceCount {
    /** Key, in an element's kept CloudFormation extras, of the extras of its auxiliary resources by role. */
    public static final String AUX = "Archway::Aux";
    /**
     * The key, in an element's kept CloudFormation extras, that marks it external: a VPC, subnet or security group
     * the template takes from a Parameter or another stack ({@code Fn::ImportValue}); it has no resource.
     */
    public static final String EXTERNAL = dev.archway.model.query.ExternalFacts.EXTERNAL;

    private final Design design;
    private final Set<String> cyclicGroups;
    private final Map<String, String> clusterOwners;

    public CfnResourceCount(Design design) {
        this.design = design;
        this.cyclicGroups = cyclicGroups(design.all(SecurityGroup.class), this::isMarkedStandalone);
        this.clusterOwners = clusterOwners(design);
    }

    /** The resources of the whole design's single template. */
    public int total() {
        int n = 0;
        for (Element e : design.elements()) {
            n += resources(e);
        }
        return n;
    }

    public int resources(Element e) {
        if (isExternal(design, e.id())) {
            return 0;
        }
        if (e instanceof InternetGateway igw) {
            return igw.vpcId() == null ? 1 : 2;
        } else if (e instanceof RouteTable rt) {
            return 1 + rt.routes().size();
        } else if (e instanceof NetworkAcl acl) {
            return 1 + acl.entries().size();
        } else if (e instanceof Subnet s) {
            return 1 + (s.routeTableId() == null ? 0 : 1) + (s.networkAclId() == null ? 0 : 1);
        } else if (e instanceof NatGateway nat) {
            return nat.elasticIp() ? 2 : 1;
        } else if (e instanceof SecurityGroup sg) {
            return 1 + standaloneRules(sg);
        } else if (e instanceof LoadBalancer lb) {
            return 1 + (lb.elasticIps().isEmpty() ? 0 : Math.min(lb.elasticIps().size(), lb.subnetIds().size()));
        } else if (e instanceof Listener l) {
            return Math.max(1, l.certificateIds().size());
        } else if (e instanceof AutoScalingGroup g) {
            return writesLaunchTemplate(g) ? 2 : 1;
        } else if (e instanceof EcsService s) {
            return 1 + (hasExtra(s, "TaskDefinition") ? 0 : 1) + (s.id().equals(clusterOwner(s)) ? 1 : 0);
        }
        return hasResource(e) ? 1 : 0;
    }

    /** Whether export writes a launch template for the group (it names none of the template's). */
    public boolean writesLaunchTemplate(AutoScalingGroup g) {
        return g.launchTemplate() == null && LAUNCH_SOURCES.stream().noneMatch(k -> hasExtra(g, k));
    }

    /** The properties that say what an Auto Scaling group launches; one of them is required. */
    public static final List<String> LAUNCH_SOURCES = List.of("LaunchTemplate", "LaunchConfigurationName",
            "MixedInstancesPolicy", "InstanceId");

    public static boolean isExternal(Design design, String elementId) {
        return design.cfnExtras(elementId).containsKey(EXTERNAL);
    }

    /** Regions, AZs, applications and IP targets are diagram-only: no resource, they live in the metadata. */
    public static boolean hasResource(Element e) {
        return !(e instanceof Region || e instanceof AvailabilityZone || e instanceof AppNode || e instanceof IpTarget);
    }

    /** The Outputs the element's resources add to the template (load balancer DNS name, Aurora endpoints). */
    public static int outputs(Element e) {
        if (e instanceof LoadBalancer) {
            return 1;
        }
        return e instanceof AuroraCluster ? 2 : 0;
    }

    /** The service whose export writes the ECS cluster this service runs in; null when none is written. */
    public String clusterOwner(EcsService s) {
        return hasExtra(s, "Cluster") || s.cluster() == null ? null : clusterOwners.get(s.cluster());
    }

    /** Whether a group's rules are written as separate resources because inline rules would form a cycle. */
    public boolean isCyclic(SecurityGroup sg) {
        return cyclicGroups.contains(sg.id());
    }

    /** Whether the rule at {@code index} of the ingress ({@code Ingress:}) or egress list is a separate resource. */
    public boolean isStandalone(SecurityGroup sg, String rolePrefix, int index) {
        return isCyclic(sg) || isMarkedStandalone(sg, rolePrefix + index);
    }

    /** Whether the rule was read from (or placed in) a resource of its own, which export writes again. */
    private boolean isMarkedStandalone(SecurityGroup sg, String role) {
        Object aux = design.cfnExtras(sg.id()).get(AUX);
        return aux instanceof Map<?, ?> m && m.containsKey(role);
    }

    /**
     * A group whose first egress rule is AWS's default (all traffic anywhere) and whose other egress rules are
     * separate resources: the template leaves {@code SecurityGroupEgress} out, so AWS keeps the default rule, and the
     * separate rules add to it.
     */
    public boolean keepsDefaultEgress(SecurityGroup sg) {
        List<SgRule> egress = sg.egress();
        if (egress.size() < 2 || !egress.get(0).equals(SgRule.allTraffic("0.0.0.0/0"))) {
            return false;
        }
        for (int i = 1; i < egress.size(); i++) {
            if (!isStandalone(sg, "Egress:", i)) {
                return false;
            }
        }
        return true;
    }

    /** AWS's default egress (all traffic anywhere) is not written. */
    public static boolean hasDefaultEgress(SecurityGroup sg) {
        return sg.egress().equals(List.of(SgRule.allTraffic("0.0.0.0/0")));
    }

    private int standaloneRules(SecurityGroup sg) {
        int n = 0;
        for (int i = 0; i < sg.ingress().size(); i++) {
            n += isStandalone(sg, "Ingress:", i) ? 1 : 0;
        }
        if (!hasDefaultEgress(sg)) {
            for (int i = keepsDefaultEgress(sg) ? 1 : 0; i < sg.egress().size(); i++) {
                n += isStandalone(sg, "Egress:", i) ? 1 : 0;
            }
        }
        return n;
    }

    private boolean hasExtra(Element e, String key) {
        return design.cfnExtras(e.id()).containsKey(key);
    }

    private Map<String, String> clusterOwners(Design d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (EcsService s : d.all(EcsService.class)) {
            if (!hasExtra(s, "Cluster") && s.cluster() != null) {
                out.putIfAbsent(s.cluster(), s.id());
            }
        }
        return out;
    }

    /**
     * Groups whose inline rules refer, directly or through other groups' inline rules, back to themselves: inline,
     * they would cycle. A rule marked as a resource of its own is no edge, since the group does not depend on it
     * (that is how templates break such cycles); counting it would move every rule of an imported group out of line.
     */
    public static Set<String> cyclicGroups(List<SecurityGroup> groups, BiPredicate<SecurityGroup, String> marked) {
        Map<String, List<String>> peers = new HashMap<>();
        for (SecurityGroup g : groups) {
            List<String> out = new ArrayList<>();
            inlinePeers(g, g.ingress(), "Ingress:", marked, out);
            inlinePeers(g, g.egress(), "Egress:", marked, out);
            peers.put(g.id(), out);
        }
        Set<String> cyclic = new HashSet<>();
        for (String id : peers.keySet()) {
            if (reaches(id, id, peers, new HashSet<>())) {
                cyclic.add(id);
            }
        }
        return cyclic;
    }

    private static void inlinePeers(SecurityGroup g, List<SgRule> rules, String rolePrefix,
            BiPredicate<SecurityGroup, String> marked, List<String> out) {
        for (int i = 0; i < rules.size(); i++) {
            String peer = rules.get(i).securityGroupId();
            if (peer != null && !marked.test(g, rolePrefix + i)) {
                out.add(peer);
            }
        }
    }

    private static boolean reaches(String target, String from, Map<String, List<String>> peers, Set<String> seen) {
        for (String next : peers.getOrDefault(from, List.of())) {
            if (Objects.equals(next, target) || seen.add(next) && reaches(target, next, peers, seen)) {
                return true;
            }
        }
        return false;
    }
}
