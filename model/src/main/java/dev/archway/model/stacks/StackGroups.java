package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;

/**
 * The stack an element belongs in, along the lines a person would split a large estate: the network; DNS zones and
 * certificates; EC2 instances by subnet tier; one stack per load balancer with its listeners, rules and the target
 * groups it forwards to; ECS services; databases; DNS records; other resources. The order is the order of the
 * stacks, chosen so that every reference points to an earlier stack (records name load balancers, load balancers
 * forward to target groups of instances, services wait for the listeners that forward to them).
 */
final class StackGroups {
    /** A stack before chunking: {@code layer} orders the groups, {@code cluster} keeps related elements together. */
    record Group(int layer, String name, String cluster) {
    }

    private final Design design;
    private final Topology topology;
    private final Map<String, Boolean> publicSubnets = new HashMap<>();
    private final Map<String, String> firstForwarder = new HashMap<>();
    private final Map<String, String> lbGroups = new HashMap<>();

    StackGroups(Design design) {
        this.design = design;
        this.topology = new Topology(design);
        for (Listener l : design.all(Listener.class)) {
            l.defaultActions().forEach(a -> a.targetGroupIds().forEach(tg -> forwards(tg, l.loadBalancerId())));
        }
        for (ListenerRule r : design.all(ListenerRule.class)) {
            Listener l = design.get(r.listenerId(), Listener.class);
            if (l != null) {
                r.actions().forEach(a -> a.targetGroupIds().forEach(tg -> forwards(tg, l.loadBalancerId())));
            }
        }
    }

    /** Remembers the load balancer first in stack order ({@code lb-<name>} by name) that forwards to a group. */
    private void forwards(String targetGroupId, String lbId) {
        LoadBalancer lb = design.get(lbId, LoadBalancer.class);
        if (lb != null) {
            firstForwarder.merge(targetGroupId, lb.id(), (a, b) -> BY_STACK_NAME.compare(design.get(a,
                    LoadBalancer.class), lb) <= 0 ? a : b);
        }
    }

    private static final Comparator<LoadBalancer> BY_STACK_NAME = Comparator
            .comparing((LoadBalancer lb) -> slug(lb.name())).thenComparing(LoadBalancer::name);

    Group of(Element e) {
        if (e instanceof Vpc || e instanceof InternetGateway || e instanceof RouteTable || e instanceof NetworkAcl
                || e instanceof Subnet || e instanceof NatGateway || e instanceof SecurityGroup) {
            return new Group(0, "network", nameOf(vpcOf(e)));
        } else if (e instanceof HostedZone) {
            return new Group(1, "dns", e.name());
        } else if (e instanceof Certificate c) {
            return new Group(1, "dns", nameOf(c.hostedZoneId()));
        } else if (e instanceof Ec2Instance i) {
            Subnet subnet = design.get(i.subnetId(), Subnet.class);
            boolean isPublic = subnet != null && publicSubnets.computeIfAbsent(subnet.id(),
                    k -> topology.isPublic(subnet));
            return new Group(2, isPublic ? "compute-public" : "compute-private", nameOf(i.subnetId()));
        } else if (e instanceof TargetGroup tg) {
            return targetGroup(tg);
        } else if (e instanceof LoadBalancer || e instanceof Listener || e instanceof ListenerRule) {
            return new Group(4, lbGroups.computeIfAbsent(String.valueOf(loadBalancerOf(e)),
                    id -> "lb-" + slug(nameOf(id))), "");
        } else if (e instanceof AutoScalingGroup) {
            return new Group(2, "compute-groups", e.name());
        } else if (e instanceof EcsService s) {
            return new Group(5, "services", s.cluster() == null ? "" : s.cluster());
        } else if (e instanceof AuroraCluster c) {
            return new Group(6, "data", c.name());
        } else if (e instanceof DbInstance i) {
            return new Group(6, "data", i.isStandalone() ? i.name() : nameOf(i.clusterId()));
        } else if (e instanceof DbSubnetGroup) {
            return new Group(6, "data", e.name());
        } else if (e instanceof DnsRecord r) {
            return new Group(7, "records", nameOf(r.hostedZoneId()));
        }
        return new Group(8, "other", "");
    }

    /** A target group belongs with the first load balancer (in stack order) that forwards to it, else in its own stack. */
    private Group targetGroup(TargetGroup tg) {
        String lb = firstForwarder.get(tg.id());
        return lb == null ? new Group(3, "targets", "")
                : new Group(4, lbGroups.computeIfAbsent(lb, id -> "lb-" + slug(design.nameOf(id))), "");
    }

    private String loadBalancerOf(Element e) {
        if (e instanceof LoadBalancer lb) {
            return lb.id();
        }
        Listener listener = e instanceof ListenerRule r ? design.get(r.listenerId(), Listener.class) : (Listener) e;
        return listener == null ? null : listener.loadBalancerId();
    }

    private String vpcOf(Element e) {
        if (e instanceof Vpc) {
            return e.id();
        } else if (e instanceof InternetGateway igw) {
            return igw.vpcId();
        } else if (e instanceof RouteTable rt) {
            return rt.vpcId();
        } else if (e instanceof NetworkAcl acl) {
            return acl.vpcId();
        } else if (e instanceof Subnet s) {
            return s.vpcId();
        } else if (e instanceof SecurityGroup sg) {
            return sg.vpcId();
        }
        Subnet subnet = design.get(((NatGateway) e).subnetId(), Subnet.class);
        return subnet == null ? null : subnet.vpcId();
    }

    private String nameOf(String id) {
        return id == null ? "" : design.nameOf(id);
    }

    /** A part name: lower case letters, digits and single hyphens ({@code Web ALB} becomes {@code web-alb}). */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
