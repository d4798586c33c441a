package dev.archway.model.validation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import dev.archway.model.query.Topology;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What rules ask of a design, answered from lookup maps built once per validation (referrers by type) instead of
 * scans. Every answer reads the design only through {@link #get}, {@link #referrers} and {@link #all}, so that
 * while recording, the incremental validator learns exactly which elements a check depended on.
 */
public final class DesignIndex {
    private final Design design;
    private final Map<String, Map<Class<?>, TreeSet<String>>> referrers = new HashMap<>();
    private Set<String> reads;

    public DesignIndex(Design design) {
        this.design = design;
        design.elements().forEach(e -> link(e, true));
    }

    /** Keeps the lookup maps current after an element was added ({@code old} null), replaced or removed. */
    void update(Element old, Element now) {
        if (old != null) {
            link(old, false);
        }
        if (now != null) {
            link(now, true);
        }
    }

    void recordInto(Set<String> readLog) {
        this.reads = readLog;
    }

    private void link(Element e, boolean add) {
        for (String ref : e.references()) {
            Map<Class<?>, TreeSet<String>> byType = referrers.computeIfAbsent(ref, k -> new HashMap<>());
            TreeSet<String> ids = byType.computeIfAbsent(e.getClass(), k -> new TreeSet<>());
            if (add) {
                ids.add(e.id());
            } else {
                ids.remove(e.id());
            }
        }
    }

    private boolean recording() {
        return reads != null;
    }

    static String elementKey(String id) {
        return "i:" + id;
    }

    static String referrersKey(String id, Class<?> type) {
        return "r:" + id + ":" + type.getName();
    }

    static String typeKey(Class<?> type) {
        return "t:" + type.getName();
    }

    // ---- the three primitive reads ----

    public Element get(String id) {
        if (id == null) {
            return null;
        }
        if (recording()) {
            reads.add(elementKey(id));
        }
        return design.get(id);
    }

    public <T extends Element> T get(String id, Class<T> type) {
        Element e = get(id);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    /** The elements of a type that refer to {@code id}, ordered by id. */
    public <T extends Element> List<T> referrers(String id, Class<T> type) {
        if (recording()) {
            reads.add(referrersKey(id, type));
        }
        TreeSet<String> ids = referrers.getOrDefault(id, Map.of()).get(type);
        if (ids == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(ids.size());
        for (String referrer : ids) {
            T e = get(referrer, type);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every element of a type: only for whole-design rules, since any change of that type re-runs the reader. */
    public <T extends Element> List<T> all(Class<T> type) {
        if (recording()) {
            reads.add(typeKey(type));
        }
        return design.all(type);
    }

    /**
     * The whole design, for a rule about the design as a whole (its size): the reader depends on every element type,
     * so any change re-runs it.
     */
    public Design wholeDesign() {
        if (recording()) {
            for (ElementKind kind : ElementKind.values()) {
                reads.add(typeKey(kind.type()));
            }
        }
        return design;
    }

    // ---- derived questions ----

    /** The element's name, or the id when it is not in the design. */
    public String name(String id) {
        Element e = get(id);
        return e == null ? id : e.name();
    }

    public List<String> names(List<String> ids) {
        return ids.stream().map(this::name).toList();
    }

    public <T extends Element> List<T> resolve(List<String> ids, Class<T> type) {
        List<T> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            T e = get(id, type);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    public List<Subnet> subnetsOf(LoadBalancer lb) {
        return resolve(lb.subnetIds(), Subnet.class);
    }

    public AvailabilityZone azOf(Subnet subnet) {
        return subnet == null ? null : get(subnet.azId(), AvailabilityZone.class);
    }

    /** The AWS zone name ({@code eu-west-1a}) of a subnet, or null when its AZ is unknown. */
    public String zoneOf(Subnet subnet) {
        AvailabilityZone az = azOf(subnet);
        return az == null ? null : az.zone();
    }

    /** Zone names of the given subnets, in order, without repeats. */
    public Set<String> zonesOf(List<Subnet> subnets) {
        Set<String> zones = new LinkedHashSet<>();
        for (Subnet s : subnets) {
            String zone = zoneOf(s);
            if (zone != null) {
                zones.add(zone);
            }
        }
        return zones;
    }

    /** Do all the subnets have a known zone? (An imported template may leave a subnet's AZ to AWS.) */
    public boolean zonesKnown(List<Subnet> subnets) {
        return subnets.stream().allMatch(s -> zoneOf(s) != null);
    }

    public RouteTable routeTableOf(Subnet subnet) {
        if (subnet.routeTableId() != null) {
            return get(subnet.routeTableId(), RouteTable.class);
        }
        return referrers(subnet.vpcId(), RouteTable.class).stream().filter(RouteTable::main).findFirst().orElse(null);
    }

    public Optional<InternetGateway> internetGatewayOf(Subnet subnet) {
        RouteTable rt = routeTableOf(subnet);
        if (rt == null) {
            return Optional.empty();
        }
        for (Route r : rt.routes()) {
            if (r.target() == RouteTarget.INTERNET_GATEWAY) {
                InternetGateway igw = get(r.targetId(), InternetGateway.class);
                if (igw != null && Objects.equals(igw.vpcId(), subnet.vpcId())) {
                    return Optional.of(igw);
                }
            }
        }
        return Optional.empty();
    }

    /** AWS: a subnet is public iff its route table routes to an internet gateway attached to its VPC. */
    public boolean isPublic(Subnet subnet) {
        return internetGatewayOf(subnet).isPresent();
    }

    public Optional<Route> defaultRouteOf(Subnet subnet) {
        RouteTable rt = routeTableOf(subnet);
        return rt == null ? Optional.empty()
                : rt.routes().stream().filter(r -> "0.0.0.0/0".equals(r.destinationCidr())).findFirst();
    }

    /** The subnets of a VPC in one zone, ordered by id. */
    public List<Subnet> subnetsInZone(String vpcId, String zone) {
        return referrers(vpcId, Subnet.class).stream().filter(s -> zone.equals(zoneOf(s))).toList();
    }

    public List<Listener> listenersOf(LoadBalancer lb) {
        return referrers(lb.id(), Listener.class);
    }

    /** A listener's rules in evaluation order: ascending priority, ties by id. */
    public List<ListenerRule> rulesOf(Listener listener) {
        List<ListenerRule> rules = new ArrayList<>(referrers(listener.id(), ListenerRule.class));
        rules.sort(Comparator.comparingInt(ListenerRule::priority).thenComparing(ListenerRule::id));
        return rules;
    }

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

    /** The load balancers whose listeners or rules forward to the group, ordered by id (AWS allows one). */
    public List<LoadBalancer> loadBalancersOf(TargetGroup group) {
        Map<String, LoadBalancer> lbs = new TreeMap<>();
        for (Listener l : referrers(group.id(), Listener.class)) {
            addLb(lbs, l);
        }
        for (ListenerRule r : referrers(group.id(), ListenerRule.class)) {
            addLb(lbs, get(r.listenerId(), Listener.class));
        }
        return List.copyOf(lbs.values());
    }

    private void addLb(Map<String, LoadBalancer> lbs, Listener listener) {
        LoadBalancer lb = listener == null ? null : get(listener.loadBalancerId(), LoadBalancer.class);
        if (lb != null) {
            lbs.put(lb.id(), lb);
        }
    }

    /** The groups a target (instance, service or IP target) is registered in, ordered by id. */
    public List<TargetGroup> targetGroupsOfTarget(Element target) {
        return referrers(target.id(), TargetGroup.class);
    }

    public List<Subnet> subnetsOfTarget(Element target) {
        return resolve(Topology.subnetIdsOfTarget(target), Subnet.class);
    }

    public List<SecurityGroup> securityGroupsOf(Element element) {
        return resolve(securityGroupIdsOf(element), SecurityGroup.class);
    }

    public static List<String> securityGroupIdsOf(Element element) {
        return Topology.securityGroupIdsOf(element);
    }

    public List<DbInstance> instancesOf(AuroraCluster cluster) {
        return referrers(cluster.id(), DbInstance.class);
    }

    public List<Subnet> subnetsOf(AuroraCluster cluster) {
        DbSubnetGroup group = get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        return group == null ? List.of() : resolve(group.subnetIds(), Subnet.class);
    }
}
