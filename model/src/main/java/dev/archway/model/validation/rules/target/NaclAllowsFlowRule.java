package dev.archway.model.validation.rules.target;

import dev.archway.model.Element;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.KindRule;
import dev.archway.model.rule.RuleInfo;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.rules.AwsDocs;
import dev.archway.model.validation.rules.SecurityGroupAccess;
import dev.archway.model.validation.rules.target.LbToTargetPorts.Port;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * NACL-ALLOWS-FLOW: the network ACLs between a load balancer's subnets and a target's subnet let the request through
 * and the answer back (aws-semantics §4.3: NACLs are stateless, so the return traffic to the load balancer's
 * ephemeral ports 1024-65535 needs its own rules). The ephemeral range is sampled at its ends and middle, so a
 * finding is only raised for a range that is certainly blocked somewhere.
 */
public final class NaclAllowsFlowRule extends KindRule<Element> {
    public static final RuleInfo INFO = new RuleInfo("NACL-ALLOWS-FLOW", Severity.ERROR,
            "Network ACLs let load balancer traffic reach targets and return",
            "Network ACLs are stateless and end in a deny-all rule: the request to the target port and the reply to "
                    + "the load balancer's ephemeral ports (1024-65535) must each be allowed, out of one subnet and into "
                    + "the other.",
            AwsDocs.NETWORK_ACLS);

    private static final int[] EPHEMERAL = {1024, 32768, 65535};

    public NaclAllowsFlowRule() {
        super(INFO, Targets.TYPES);
    }

    @Override
    public List<Finding> check(Element target, Topology index) {
        List<Finding> findings = new ArrayList<>();
        List<Subnet> targetSubnets = index.subnetsOfTarget(target);
        for (Map.Entry<LoadBalancer, Set<Port>> e : LbToTargetPorts.of(target, index).entrySet()) {
            LoadBalancer lb = e.getKey();
            Set<String> blocked = new LinkedHashSet<>();
            for (Subnet to : targetSubnets) {
                for (Subnet from : sendingSubnets(lb, to, index)) {
                    for (Port p : e.getValue()) {
                        String problem = problem(from, to, p, index);
                        if (problem != null) {
                            blocked.add(problem);
                        }
                    }
                }
            }
            if (!blocked.isEmpty()) {
                findings.add(Finding.of(INFO, List.of(target, lb), "network ACLs block %s from %s: %s".formatted(
                        target.name(), lb.name(), String.join("; ", blocked)), null));
            }
        }
        return findings;
    }

    /** The load balancer nodes that send to a target subnet: all of them with cross-zone, else the same zone's. */
    private static List<Subnet> sendingSubnets(LoadBalancer lb, Subnet to, Topology index) {
        List<Subnet> all = index.subnetsOf(lb);
        if (lb.crossZone()) {
            return all;
        }
        String zone = index.zoneOf(to);
        return all.stream().filter(s -> Objects.equals(zone, index.zoneOf(s))).toList();
    }

    private static String problem(Subnet from, Subnet to, Port p, Topology index) {
        if (from.id().equals(to.id())) {
            return null; // NACLs are not evaluated inside one subnet
        }
        Cidr fromCidr = SecurityGroupAccess.parse(from.cidr());
        Cidr toCidr = SecurityGroupAccess.parse(to.cidr());
        if (fromCidr == null || toCidr == null) {
            return null;
        }
        NetworkAcl out = index.networkAclOf(from);
        NetworkAcl in = index.networkAclOf(to);
        if (!allows(out, true, p.protocol(), p.port(), toCidr) || !allows(in, false, p.protocol(), p.port(), fromCidr)) {
            return "%s from %s to %s".formatted(p, from.name(), to.name());
        }
        for (int port : EPHEMERAL) {
            if (!allows(in, true, p.protocol(), port, fromCidr) || !allows(out, false, p.protocol(), port, toCidr)) {
                return "replies from %s to %s on %s/1024-65535".formatted(to.name(), from.name(), p.protocol());
            }
        }
        return null;
    }

    /** A missing ACL is the VPC's default one, which allows everything. */
    private static boolean allows(NetworkAcl acl, boolean egress, String proto, int port, Cidr peer) {
        return acl == null || acl.allows(egress, proto, port, peer.first());
    }
}
