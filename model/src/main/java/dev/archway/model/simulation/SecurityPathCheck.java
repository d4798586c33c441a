package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The doc's §4.3 decision procedure: security groups (stateful, allow-only, the union of an element's groups; a
 * group reference matches members' private addresses, a CIDR must cover the peer, for a load balancer the whole
 * subnet its node floats in) and network ACLs (stateless: the request and its return traffic on ephemeral ports,
 * evaluated only when traffic crosses a subnet boundary).
 */
public final class SecurityPathCheck {
    /** Return traffic to a client (doc §4.2, Linux clients). */
    static final int CLIENT_EPHEMERAL_FROM = 32768;
    static final int CLIENT_EPHEMERAL_TO = 61000;
    /** Return traffic to a load balancer (doc §4.2: traffic from ELB uses 1024-65535). */
    static final int ELB_EPHEMERAL_FROM = 1024;
    static final int ELB_EPHEMERAL_TO = 65535;

    private final Design design;
    private final Topology topology;

    public SecurityPathCheck(Design design) {
        this.design = design;
        this.topology = new Topology(design);
    }

    /**
     * Is the client admitted on the port it connects to, in the order AWS applies them (issue 21): first the ACL of
     * the node's subnet (the request and its return traffic), then the load balancer's security groups. Both come
     * before any listener: a port the groups do not admit times out whether or not something listens on it.
     */
    public AccessVerdict clientToLoadBalancer(LoadBalancer lb, Subnet node, SimRequest request) {
        List<Hop> hops = new ArrayList<>();
        String proto = request.protocol().transport();
        int port = request.port();
        Cidr client = new Cidr(request.sourceAddress(), 32);
        NetworkAcl acl = topology.networkAclOf(node);
        String in = NaclCheck.blocked(acl, false, proto, port, port, client);
        String out = in != null ? null
                : NaclCheck.blocked(acl, true, proto, CLIENT_EPHEMERAL_FROM, CLIENT_EPHEMERAL_TO, client);
        AccessVerdict nacl = naclVerdict(hops, acl, node, in != null ? in : out, "the node subnet " + node.name()
                + " admits the client on " + proto + "/" + port + " and its return traffic");
        return nacl.allowed() ? clientThroughGroups(lb, request, hops) : nacl;
    }

    private AccessVerdict clientThroughGroups(LoadBalancer lb, SimRequest request, List<Hop> hops) {
        String proto = request.protocol().transport();
        int port = request.port();
        String who = "client " + request.sourceIp() + (request.sourceIpGiven() ? "" : " (default; set --source-ip)");
        List<SecurityGroup> groups = topology.securityGroupsOf(lb);
        if (groups.isEmpty() && lb.isNetwork()) {
            hops.add(new Hop(Hop.Step.LB_SECURITY_GROUP, lb.id(), "allowed",
                    "the NLB has no security groups: all client traffic reaches its listeners (doc §3.5)"));
            return new AccessVerdict(true, null, null, hops);
        }
        if (groups.isEmpty()) {
            String reason = "the ALB has no security group, so it has the VPC's default group, which admits only its "
                    + "own members, not " + who;
            hops.add(new Hop(Hop.Step.LB_SECURITY_GROUP, lb.id(), "blocked", reason));
            return new AccessVerdict(false, lb.id(), reason, hops);
        }
        Admission a = admit(groups, false, proto, port, new Cidr(request.sourceAddress(), 32), List.of());
        if (a == null) {
            String reason = "no inbound rule of " + names(groups) + " admits " + who + " on " + proto + "/" + port;
            hops.add(new Hop(Hop.Step.LB_SECURITY_GROUP, groups.get(0).id(), "blocked", reason));
            return new AccessVerdict(false, groups.get(0).id(), reason, hops);
        }
        hops.add(new Hop(Hop.Step.LB_SECURITY_GROUP, a.group.id(), "allowed",
                a.group.name() + " admits " + who + " on " + proto + "/" + port + " (" + describe(a.rule) + ")"));
        return new AccessVerdict(true, null, null, hops);
    }

    /**
     * Can the load balancer's node in {@code node} reach the target on {@code port}: the LB's egress, the target's
     * ingress (from the LB's groups or its subnet, or from the client when an NLB preserves the client IP), and the
     * ACLs of both subnets in both directions.
     */
    public AccessVerdict loadBalancerToTarget(LoadBalancer lb, Subnet node, TargetSlot target, String proto, int port,
            boolean preserveClientIp, SimRequest request) {
        List<Hop> hops = new ArrayList<>();
        List<SecurityGroup> lbGroups = topology.securityGroupsOf(lb);
        List<String> lbGroupIds = lbGroups.stream().map(SecurityGroup::id).toList();
        Cidr targetBlock = target.block();
        if (!lbGroups.isEmpty()) {
            Admission egress = admit(lbGroups, true, proto, port, targetBlock, target.securityGroupIds());
            if (egress == null) {
                String reason = "no outbound rule of " + names(lbGroups) + " lets the load balancer reach "
                        + target.name() + " on " + proto + "/" + port;
                hops.add(new Hop(Hop.Step.LB_SECURITY_GROUP, lbGroups.get(0).id(), "blocked", reason));
                return new AccessVerdict(false, lbGroups.get(0).id(), reason, hops);
            }
        }
        Cidr source = preserveClientIp ? new Cidr(request.sourceAddress(), 32) : NaclCheck.cidr(node.cidr());
        String sourceText = preserveClientIp ? "the client " + request.sourceIp() + " (client IP preserved)"
                : "the load balancer (" + node.cidr() + ")";
        List<SecurityGroup> targetGroups = target.securityGroupIds().stream()
                .map(id -> design.get(id, SecurityGroup.class)).filter(g -> g != null).toList();
        if (targetGroups.isEmpty()) {
            hops.add(new Hop(Hop.Step.TARGET_SECURITY_GROUP, target.elementId(), "allowed",
                    target.name() + " has no security groups in the design: not checked"));
        } else {
            Admission in = admit(targetGroups, false, proto, port, source, lbGroupIds);
            if (in == null) {
                String reason = "no inbound rule of " + names(targetGroups) + " admits " + sourceText + " on " + proto
                        + "/" + port;
                hops.add(new Hop(Hop.Step.TARGET_SECURITY_GROUP, targetGroups.get(0).id(), "blocked", reason));
                return new AccessVerdict(false, targetGroups.get(0).id(), reason, hops);
            }
            String admitted = in.rule.securityGroupId() != null
                    ? "members of " + design.nameOf(in.rule.securityGroupId()) + ", the load balancer's group,"
                    : sourceText;
            hops.add(new Hop(Hop.Step.TARGET_SECURITY_GROUP, in.group.id(), "allowed", in.group.name() + " admits "
                    + admitted + " on " + proto + "/" + port + " (" + describe(in.rule) + ")"));
        }
        Subnet targetSubnet = target.subnetId() == null ? null : design.get(target.subnetId(), Subnet.class);
        if (targetSubnet == null || targetSubnet.id().equals(node.id()) || source == null || targetBlock == null) {
            return new AccessVerdict(true, null, null, hops);
        }
        return crossSubnet(hops, node, targetSubnet, proto, port, source, targetBlock);
    }

    private AccessVerdict crossSubnet(List<Hop> hops, Subnet node, Subnet targetSubnet, String proto, int port,
            Cidr source, Cidr targetBlock) {
        NetworkAcl from = topology.networkAclOf(node);
        NetworkAcl to = topology.networkAclOf(targetSubnet);
        String problem = NaclCheck.blocked(from, true, proto, port, port, targetBlock);
        if (problem != null) {
            return naclVerdict(hops, from, node, problem, null);
        }
        problem = NaclCheck.blocked(to, false, proto, port, port, source);
        if (problem == null) {
            problem = NaclCheck.blocked(to, true, proto, ELB_EPHEMERAL_FROM, ELB_EPHEMERAL_TO, source);
        }
        if (problem != null) {
            return naclVerdict(hops, to, targetSubnet, problem, null);
        }
        problem = NaclCheck.blocked(from, false, proto, ELB_EPHEMERAL_FROM, ELB_EPHEMERAL_TO, targetBlock);
        if (problem != null) {
            return naclVerdict(hops, from, node, problem, null);
        }
        String reason = from == null && to == null ? node.name() + " and " + targetSubnet.name()
                + " use the VPC's default network ACL, which allows all traffic"
                : "the network ACLs of " + node.name() + " and " + targetSubnet.name() + " allow " + proto + "/" + port
                        + " and the return traffic on 1024-65535";
        hops.add(new Hop(Hop.Step.NETWORK_ACL, to != null ? to.id() : from != null ? from.id() : targetSubnet.id(),
                "allowed", reason));
        return new AccessVerdict(true, null, null, hops);
    }

    private static AccessVerdict naclVerdict(List<Hop> hops, NetworkAcl acl, Subnet subnet, String problem,
            String allowedReason) {
        String element = acl == null ? subnet.id() : acl.id();
        if (problem != null) {
            String reason = acl.name() + " of subnet " + subnet.name() + ": " + problem;
            hops.add(new Hop(Hop.Step.NETWORK_ACL, element, "blocked", reason));
            return new AccessVerdict(false, acl.id(), reason, hops);
        }
        hops.add(new Hop(Hop.Step.NETWORK_ACL, element, "allowed", acl == null
                ? subnet.name() + " uses the VPC's default network ACL, which allows all traffic" : allowedReason));
        return new AccessVerdict(true, null, null, hops);
    }

    private record Admission(SecurityGroup group, SgRule rule) {
    }

    /** The rule that admits the peer; failing a known one, a rule whose CIDR is given at deploy time (assumed). */
    private static Admission admit(List<SecurityGroup> groups, boolean egress, String proto, int port, Cidr peer,
            List<String> peerGroupIds) {
        Admission assumed = null;
        for (SecurityGroup g : groups) {
            for (SgRule r : egress ? g.egress() : g.ingress()) {
                if (r.covers(proto, port) && peerMatches(r, peer, peerGroupIds)) {
                    return new Admission(g, r);
                }
                if (assumed == null && r.covers(proto, port) && r.deployTimeCidr()) {
                    assumed = new Admission(g, r);
                }
            }
        }
        return assumed;
    }

    private static boolean peerMatches(SgRule rule, Cidr peer, List<String> peerGroupIds) {
        if (rule.securityGroupId() != null) {
            return peerGroupIds.contains(rule.securityGroupId());
        }
        Cidr block = NaclCheck.cidr(rule.cidr());
        return block != null && peer != null && block.contains(peer);
    }

    private String describe(SgRule rule) {
        String peer = rule.securityGroupId() != null ? "group " + design.nameOf(rule.securityGroupId()) : rule.cidr();
        String assumed = rule.deployTimeCidr() ? ", given at deploy time: cannot tell whether it covers the peer, "
                + "taken as covering it" : "";
        return rule.portText() + " with " + peer + assumed;
    }

    private static String names(List<SecurityGroup> groups) {
        return String.join(", ", groups.stream().map(SecurityGroup::name).toList());
    }
}
