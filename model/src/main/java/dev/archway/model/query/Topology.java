package dev.archway.model.query;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The questions the validator, the simulator, the exporters and the canvas ask of a design: which subnets a load
 * balancer uses, whether a subnet is public, where a target runs. Answers reflect the design as it is when asked:
 * the reverse index behind "who refers to X" is rebuilt, once, whenever the design has changed since it was built.
 */
public final class Topology {
    private final Design design;
    private Map<String, List<Element>> referrers = Map.of();
    private long indexedRevision = -1;

    public Topology(Design design) {
        this.design = design;
    }

    public Design design() {
        return design;
    }

    public List<Subnet> subnetsOf(LoadBalancer lb) {
        return resolve(lb.subnetIds(), Subnet.class);
    }

    /** The AZ elements a load balancer has subnets in, in subnet order, without repeats. */
    public List<AvailabilityZone> azsOf(LoadBalancer lb) {
        return distinctAzs(subnetsOf(lb));
    }

    /** AWS zone names ({@code eu-west-1a}) a load balancer is enabled in. */
    public Set<String> zonesOf(LoadBalancer lb) {
        Set<String> zones = new LinkedHashSet<>();
        azsOf(lb).forEach(az -> zones.add(az.zone()));
        return zones;
    }

    public AvailabilityZone azOf(Subnet subnet) {
        return subnet == null ? null : design.get(subnet.azId(), AvailabilityZone.class);
    }

    /** The subnets a target runs in: one for an instance or IP target, one per subnet of a service. */
    public List<Subnet> subnetsOfTarget(Element target) {
        return resolve(subnetIdsOfTarget(target), Subnet.class);
    }

    /** The ids of the subnets a target runs in (what {@link #subnetsOfTarget} resolves). */
    public static List<String> subnetIdsOfTarget(Element target) {
        if (target instanceof Ec2Instance i) {
            return singleton(i.subnetId());
        }
        if (target instanceof IpTarget ip) {
            return singleton(ip.subnetId());
        }
        return target instanceof EcsService s ? s.subnetIds() : List.of();
    }

    /** The AZs a target runs in (one for an instance, those of its tasks for a service). */
    public List<AvailabilityZone> azsOfTarget(Element target) {
        return distinctAzs(subnetsOfTarget(target));
    }

    public static List<String> securityGroupIdsOf(Element element) {
        if (element instanceof Ec2Instance i) {
            return i.securityGroupIds();
        }
        if (element instanceof IpTarget ip) {
            return ip.securityGroupIds();
        }
        if (element instanceof EcsService s) {
            return s.securityGroupIds();
        }
        if (element instanceof LoadBalancer lb) {
            return lb.securityGroupIds();
        }
        if (element instanceof AuroraCluster c) {
            return c.securityGroupIds();
        }
        if (element instanceof dev.archway.model.db.AppNode app) {
            return app.securityGroupIds();
        }
        return List.of();
    }

    public List<SecurityGroup> securityGroupsOf(Element element) {
        return resolve(securityGroupIdsOf(element), SecurityGroup.class);
    }

    /** The route table a subnet uses: its explicit association, else its VPC's main table (null if none). */
    public RouteTable routeTableOf(Subnet subnet) {
        if (subnet.routeTableId() != null) {
            return design.get(subnet.routeTableId(), RouteTable.class);
        }
        return design.all(RouteTable.class).stream()
                .filter(rt -> rt.main() && Objects.equals(rt.vpcId(), subnet.vpcId())).findFirst().orElse(null);
    }

    /** The internet gateway a subnet routes to, if it is public: a route to an IGW attached to the subnet's VPC. */
    public Optional<InternetGateway> internetGatewayOf(Subnet subnet) {
        RouteTable rt = routeTableOf(subnet);
        if (rt == null) {
            return Optional.empty();
        }
        return rt.routes().stream().filter(r -> r.target() == RouteTarget.INTERNET_GATEWAY)
                .map(r -> design.get(r.targetId(), InternetGateway.class))
                .filter(igw -> igw != null && Objects.equals(igw.vpcId(), subnet.vpcId())).findFirst();
    }

    /** AWS: a subnet is public iff its route table has a route to an internet gateway. */
    public boolean isPublic(Subnet subnet) {
        return internetGatewayOf(subnet).isPresent();
    }

    public Optional<Route> defaultRouteOf(Subnet subnet) {
        RouteTable rt = routeTableOf(subnet);
        return rt == null ? Optional.empty()
                : rt.routes().stream().filter(r -> "0.0.0.0/0".equals(r.destinationCidr())).findFirst();
    }

    /** The subnet's network ACL, or null for the VPC's default ACL (which allows all traffic). */
    public NetworkAcl networkAclOf(Subnet subnet) {
        return subnet.networkAclId() == null ? null : design.get(subnet.networkAclId(), NetworkAcl.class);
    }

    public List<Listener> listenersOf(LoadBalancer lb) {
        return referrers(lb.id(), Listener.class).stream().filter(l -> lb.id().equals(l.loadBalancerId()))
                .sorted(Comparator.comparingInt(Listener::port)).toList();
    }

    /** A listener's rules in evaluation order: ascending priority. */
    public List<ListenerRule> rulesOf(Listener listener) {
        return referrers(listener.id(), ListenerRule.class).stream().filter(r -> listener.id().equals(r.listenerId()))
                .sorted(Comparator.comparingInt(ListenerRule::priority)).toList();
    }

    /** The target groups a listener can forward to, through its default action or its rules. */
    public List<TargetGroup> targetGroupsOf(Listener listener) {
        Set<String> ids = new LinkedHashSet<>();
        listener.defaultActions().forEach(a -> ids.addAll(a.targetGroupIds()));
        rulesOf(listener).forEach(r -> r.actions().forEach(a -> ids.addAll(a.targetGroupIds())));
        return resolve(List.copyOf(ids), TargetGroup.class);
    }

    public List<TargetGroup> targetGroupsOf(LoadBalancer lb) {
        Set<TargetGroup> groups = new LinkedHashSet<>();
        listenersOf(lb).forEach(l -> groups.addAll(targetGroupsOf(l)));
        return List.copyOf(groups);
    }

    /** The load balancers whose listeners or rules forward to the group (AWS allows one). */
    public List<LoadBalancer> loadBalancersOf(TargetGroup group) {
        Set<String> lbIds = new LinkedHashSet<>();
        referrers(group.id(), Listener.class).forEach(l -> lbIds.add(l.loadBalancerId()));
        for (ListenerRule rule : referrers(group.id(), ListenerRule.class)) {
            Listener listener = design.get(rule.listenerId(), Listener.class);
            if (listener != null) {
                lbIds.add(listener.loadBalancerId());
            }
        }
        return design.all(LoadBalancer.class).stream().filter(lb -> lbIds.contains(lb.id())).toList();
    }

    public List<Element> targetsOf(TargetGroup group) {
        return group.targetIds().stream().map(design::get).filter(Objects::nonNull).toList();
    }

    /** Load balancers that a DNS record resolves to (alias records only). */
    public Optional<LoadBalancer> aliasTargetOf(DnsRecord record) {
        return Optional.ofNullable(record.aliasTargetId()).map(id -> design.get(id, LoadBalancer.class));
    }

    public List<DbInstance> instancesOf(AuroraCluster cluster) {
        return referrers(cluster.id(), DbInstance.class).stream().filter(i -> cluster.id().equals(i.clusterId()))
                .toList();
    }

    public Optional<DbInstance> writerOf(AuroraCluster cluster) {
        return Optional.ofNullable(cluster.writerId()).map(id -> design.get(id, DbInstance.class));
    }

    public List<DbInstance> readersOf(AuroraCluster cluster) {
        return instancesOf(cluster).stream().filter(i -> !i.id().equals(cluster.writerId())).toList();
    }

    public List<Subnet> subnetsOf(DbSubnetGroup group) {
        return resolve(group.subnetIds(), Subnet.class);
    }

    public List<Subnet> subnetsOf(AuroraCluster cluster) {
        DbSubnetGroup group = design.get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        return group == null ? List.of() : subnetsOf(group);
    }

    private List<AvailabilityZone> distinctAzs(List<Subnet> subnets) {
        Set<AvailabilityZone> azs = new LinkedHashSet<>();
        for (Subnet s : subnets) {
            AvailabilityZone az = azOf(s);
            if (az != null) {
                azs.add(az);
            }
        }
        return List.copyOf(azs);
    }

    /** The elements of a type that refer to {@code id}, in design order. */
    private <T extends Element> List<T> referrers(String id, Class<T> type) {
        if (indexedRevision != design.revision()) {
            Map<String, List<Element>> index = new HashMap<>();
            for (Element e : design.elements()) {
                for (String ref : new LinkedHashSet<>(e.references())) {
                    index.computeIfAbsent(ref, k -> new ArrayList<>()).add(e);
                }
            }
            referrers = index;
            indexedRevision = design.revision();
        }
        return referrers.getOrDefault(id, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> singleton(String id) {
        return id == null ? List.of() : List.of(id);
    }

    private <T extends Element> List<T> resolve(List<String> ids, Class<T> type) {
        return ids.stream().map(id -> design.get(id, type)).filter(Objects::nonNull).toList();
    }
}
