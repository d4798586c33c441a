package dev.archway.model.query;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.lb.AutoScalingGroup;
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
import dev.archway.model.network.Region;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.RouteTarget;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.ZoneSlot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The questions the validator, the simulator, the exporters and the layout ask of a design: which subnets a load
 * balancer uses, whether a subnet is public, where a target runs. Every answer reads the design only through its
 * {@link DesignReads}, so a recording reader (the incremental validator's) learns exactly what an answer depended on.
 * Lists of referrers come ordered by id unless a method says otherwise.
 */
public final class Topology {
    /** The order in which a listener evaluates its rules: ascending priority, ties (which AWS refuses) by id. */
    public static final Comparator<ListenerRule> RULE_ORDER =
            Comparator.comparingInt(ListenerRule::priority).thenComparing(ListenerRule::id);

    private final DesignReads reads;

    /** Answers about the design as it is when asked. */
    public Topology(Design design) {
        this(new LiveDesignReads(design));
    }

    public Topology(DesignReads reads) {
        this.reads = reads;
    }

    // ---- the primitive reads ----

    /** The whole design, for a question about the design as a whole; a recording reader depends on everything. */
    public Design design() {
        return reads.design();
    }

    public Element get(String id) {
        return reads.get(id);
    }

    public <T extends Element> T get(String id, Class<T> type) {
        Element e = reads.get(id);
        return type.isInstance(e) ? type.cast(e) : null;
    }

    /** The elements of a type that refer to {@code id}, ordered by id. */
    public <T extends Element> List<T> referrers(String id, Class<T> type) {
        return reads.referrers(id, type);
    }

    /** Every element of a type: only for whole-design questions, since any change of that type invalidates them. */
    public <T extends Element> List<T> all(Class<T> type) {
        return reads.all(type);
    }

    /** The CloudFormation properties an element keeps unmodelled, such as an imported alias record's TTL. */
    public Map<String, Object> cfnExtras(String id) {
        return reads.cfnExtras(id);
    }

    /** The element's name, or the id when it is not in the design. */
    public String name(String id) {
        Element e = get(id);
        return e == null ? id : e.name();
    }

    public List<String> names(List<String> ids) {
        return ids.stream().map(this::name).toList();
    }

    /** The elements of a type the ids name, in the ids' order, skipping dangling ids. */
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

    // ---- zones and subnets ----

    public List<Subnet> subnetsOf(LoadBalancer lb) {
        return resolve(lb.subnetIds(), Subnet.class);
    }

    /** The AZ elements a load balancer has subnets in, in subnet order, without repeats. */
    public List<AvailabilityZone> azsOf(LoadBalancer lb) {
        return distinctAzs(subnetsOf(lb));
    }

    /** AWS zone names ({@code eu-west-1a}) a load balancer is enabled in. */
    public Set<String> zonesOf(LoadBalancer lb) {
        return zonesOf(subnetsOf(lb));
    }

    public AvailabilityZone azOf(Subnet subnet) {
        return subnet == null ? null : get(subnet.azId(), AvailabilityZone.class);
    }

    /** The AWS zone name ({@code eu-west-1a}) of a subnet, or null when its AZ is unknown. */
    public String zoneOf(Subnet subnet) {
        AvailabilityZone az = azOf(subnet);
        return az == null ? null : az.zone();
    }

    /**
     * A zone as a person reads it: a slot ({@code 1st}, from {@code Fn::GetAZs}) by the design's region
     * ({@code 1st AZ of eu-west-1}, or {@code of the region} when the design does not say one), a zone name as it is.
     */
    public String zoneLabel(String zone) {
        return ZoneSlot.isSlot(zone) ? ZoneSlot.label(zone, regionCode()) : zone;
    }

    /** The zones as a person reads them, comma-separated. */
    public String zoneLabels(java.util.Collection<String> zones) {
        return String.join(", ", zones.stream().map(this::zoneLabel).toList());
    }

    /** The region code the design's Regions say, when they say exactly one; else null. */
    public String regionCode() {
        List<String> codes = all(Region.class).stream().map(Region::code).filter(c -> c != null && !c.isBlank())
                .distinct().toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    /** Zone names of the given subnets, in order, without repeats. */
    public Set<String> zonesOf(List<Subnet> subnets) {
        Set<String> zones = new LinkedHashSet<>();
        distinctAzs(subnets).forEach(az -> zones.add(az.zone()));
        return zones;
    }

    /** Do all the subnets have a known zone? (An imported template may leave a subnet's AZ to AWS.) */
    public boolean zonesKnown(List<Subnet> subnets) {
        return subnets.stream().allMatch(s -> zoneOf(s) != null);
    }

    /** The subnets of a VPC in one zone, ordered by id. */
    public List<Subnet> subnetsInZone(String vpcId, String zone) {
        return referrers(vpcId, Subnet.class).stream().filter(s -> zone.equals(zoneOf(s))).toList();
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
        if (target instanceof AutoScalingGroup g) {
            return g.subnetIds();
        }
        return target instanceof EcsService s ? s.subnetIds() : List.of();
    }

    /**
     * Whether the design places every target of the group in its subnets, so that the group's zones are known: not
     * when a target is a task on a cluster's container instances (bridge or host networking), an IP address given at
     * deploy time, a Lambda function or a load balancer.
     */
    public boolean targetsPlaced(TargetGroup group) {
        return group.targetIds().stream().map(this::get).allMatch(t -> t == null || !subnetsOfTarget(t).isEmpty());
    }

    /** The AZs a target runs in (one for an instance, those of its tasks for a service). */
    public List<AvailabilityZone> azsOfTarget(Element target) {
        return distinctAzs(subnetsOfTarget(target));
    }

    public List<Subnet> subnetsOf(DbSubnetGroup group) {
        return resolve(group.subnetIds(), Subnet.class);
    }

    public List<Subnet> subnetsOf(AuroraCluster cluster) {
        DbSubnetGroup group = get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
        return group == null ? List.of() : subnetsOf(group);
    }

    /** The DB subnet group an instance is placed by: its cluster's, or its own when it stands alone. */
    public DbSubnetGroup dbSubnetGroupOf(DbInstance instance) {
        if (instance.isStandalone()) {
            return get(instance.standalone().dbSubnetGroupId(), DbSubnetGroup.class);
        }
        AuroraCluster cluster = get(instance.clusterId(), AuroraCluster.class);
        return cluster == null ? null : get(cluster.dbSubnetGroupId(), DbSubnetGroup.class);
    }

    // ---- security groups, routes and ACLs ----

    /** The types whose elements can wear security groups (a DB instance only when it stands alone). */
    public static final List<Class<? extends Element>> SECURITY_GROUP_WEARERS = List.of(Ec2Instance.class,
            IpTarget.class, EcsService.class, AutoScalingGroup.class, LoadBalancer.class, AuroraCluster.class,
            AppNode.class, DbInstance.class);

    /** Whether an element wears security groups: a load balancer, a target, an application or a database. */
    public static boolean wearsSecurityGroups(Element element) {
        boolean wearerType = SECURITY_GROUP_WEARERS.stream().anyMatch(type -> type.isInstance(element));
        return wearerType && !(element instanceof DbInstance db && !db.isStandalone());
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
        if (element instanceof AutoScalingGroup g) {
            return g.securityGroupIds();
        }
        if (element instanceof LoadBalancer lb) {
            return lb.securityGroupIds();
        }
        if (element instanceof AuroraCluster c) {
            return c.securityGroupIds();
        }
        if (element instanceof DbInstance db && db.isStandalone()) {
            return db.standalone().securityGroupIds();
        }
        return element instanceof AppNode app ? app.securityGroupIds() : List.of();
    }

    public List<SecurityGroup> securityGroupsOf(Element element) {
        return resolve(securityGroupIdsOf(element), SecurityGroup.class);
    }

    /** The route table a subnet uses: its explicit association, else its VPC's main table (null if none). */
    public RouteTable routeTableOf(Subnet subnet) {
        if (subnet.routeTableId() != null) {
            return get(subnet.routeTableId(), RouteTable.class);
        }
        return referrers(subnet.vpcId(), RouteTable.class).stream()
                .filter(rt -> rt.main() && Objects.equals(rt.vpcId(), subnet.vpcId())).findFirst().orElse(null);
    }

    /** The internet gateway a subnet routes to, if it is public: a route to an IGW attached to the subnet's VPC. */
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

    /**
     * AWS: a subnet is public iff its route table has a route to an internet gateway attached to its VPC. For a
     * subnet from outside the template, as the assumptions say (see {@link #unknownTier}).
     */
    public boolean isPublic(Subnet subnet) {
        Map<String, Object> given = ExternalFacts.given(cfnExtras(subnet.id()));
        if (given != null && given.get(ExternalFacts.PUBLIC) instanceof Boolean b) {
            return b;
        }
        return internetGatewayOf(subnet).isPresent();
    }

    public Optional<Route> defaultRouteOf(Subnet subnet) {
        RouteTable rt = routeTableOf(subnet);
        return rt == null ? Optional.empty()
                : rt.routes().stream().filter(r -> "0.0.0.0/0".equals(r.destinationCidr())).findFirst();
    }

    /** The subnet's network ACL, or null for the VPC's default ACL (which allows all traffic). */
    public NetworkAcl networkAclOf(Subnet subnet) {
        return subnet.networkAclId() == null ? null : get(subnet.networkAclId(), NetworkAcl.class);
    }

    // ---- load balancers, listeners, target groups ----

    /** A load balancer's listeners by port (ties by id). */
    public List<Listener> listenersOf(LoadBalancer lb) {
        List<Listener> listeners = new ArrayList<>(referrers(lb.id(), Listener.class));
        listeners.removeIf(l -> !lb.id().equals(l.loadBalancerId()));
        listeners.sort(Comparator.comparingInt(Listener::port).thenComparing(Listener::id));
        return listeners;
    }

    /** A listener's rules in evaluation order: ascending priority, ties by id. */
    public List<ListenerRule> rulesOf(Listener listener) {
        List<ListenerRule> rules = new ArrayList<>(referrers(listener.id(), ListenerRule.class));
        rules.removeIf(r -> !listener.id().equals(r.listenerId()));
        rules.sort(RULE_ORDER);
        return rules;
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

    /** The load balancers whose listeners or rules forward to the group, ordered by id (AWS allows one). */
    public List<LoadBalancer> loadBalancersOf(TargetGroup group) {
        Map<String, LoadBalancer> lbs = new TreeMap<>();
        for (Listener l : referrers(group.id(), Listener.class)) {
            addLoadBalancerOf(lbs, l);
        }
        for (ListenerRule r : referrers(group.id(), ListenerRule.class)) {
            addLoadBalancerOf(lbs, get(r.listenerId(), Listener.class));
        }
        return List.copyOf(lbs.values());
    }

    private void addLoadBalancerOf(Map<String, LoadBalancer> lbs, Listener listener) {
        LoadBalancer lb = listener == null ? null : get(listener.loadBalancerId(), LoadBalancer.class);
        if (lb != null) {
            lbs.put(lb.id(), lb);
        }
    }

    /** A group's registered targets, in registration order. */
    public List<Element> targetsOf(TargetGroup group) {
        return group.targetIds().stream().map(this::get).filter(Objects::nonNull).toList();
    }

    /** The groups a target (instance, service or IP target) is registered in, ordered by id. */
    public List<TargetGroup> targetGroupsOfTarget(Element target) {
        return referrers(target.id(), TargetGroup.class);
    }

    /** The load balancer an alias record resolves to, if any. */
    public Optional<LoadBalancer> aliasTargetOf(DnsRecord record) {
        return Optional.ofNullable(get(record.aliasTargetId(), LoadBalancer.class));
    }

    // ---- Aurora ----

    /** A cluster's instances: the writer first, then the others by name. */
    public List<DbInstance> instancesOf(AuroraCluster cluster) {
        List<DbInstance> instances = new ArrayList<>(referrers(cluster.id(), DbInstance.class));
        instances.removeIf(i -> !cluster.id().equals(i.clusterId()));
        instances.sort(Comparator.comparing((DbInstance i) -> !i.id().equals(cluster.writerId()))
                .thenComparing(DbInstance::name));
        return instances;
    }

    /** The zone name of an instance's AZ, or null when its AZ is unknown. */
    public String zoneOf(DbInstance instance) {
        AvailabilityZone az = get(instance.azId(), AvailabilityZone.class);
        return az == null ? null : az.zone();
    }

    public Optional<DbInstance> writerOf(AuroraCluster cluster) {
        return Optional.ofNullable(get(cluster.writerId(), DbInstance.class));
    }

    public List<DbInstance> readersOf(AuroraCluster cluster) {
        return instancesOf(cluster).stream().filter(i -> !i.id().equals(cluster.writerId())).toList();
    }

    // ---- conditional elements ----

    /** Whether the element is left out under the assumptions: its template Condition is false. */
    public boolean absent(Element e) {
        return ConditionState.condition(cfnExtras(e.id())) != null
                && Boolean.FALSE.equals(ConditionState.holds(cfnExtras(e.id())));
    }

    // ---- facts about elements from outside the template ----

    /** Whether the element stands for something outside the template (an AWS-typed Parameter, an import). */
    public boolean isExternal(String id) {
        return ExternalFacts.isExternal(cfnExtras(id));
    }

    /** The subnet's AZ, when it comes from outside the template and no assumption gives it. */
    public Optional<Unknown> unknownZone(Subnet subnet) {
        return unknown(subnet, ExternalFacts.ZONE, "AZ");
    }

    /** Whether the subnet is public, when it comes from outside the template and no assumption says so. */
    public Optional<Unknown> unknownTier(Subnet subnet) {
        return unknown(subnet, ExternalFacts.PUBLIC, "tier (public or private)");
    }

    /** The CIDR block of a VPC or subnet, when it comes from outside the template and no assumption gives it. */
    public Optional<Unknown> unknownCidr(Element vpcOrSubnet) {
        return unknown(vpcOrSubnet, ExternalFacts.CIDR, "CIDR block");
    }

    /**
     * The group's rules, when it comes from outside the template and no assumption gives them; else the first peer
     * CIDR of its inbound rules that is given at deploy time (see {@link #deployTimePeers}).
     */
    public Optional<Unknown> unknownRules(SecurityGroup group) {
        Optional<Unknown> outside = unknown(group, ExternalFacts.INGRESS, "inbound rules");
        return outside.isPresent() ? outside : deployTimePeers(group).stream().findFirst();
    }

    /**
     * The peer CIDRs of the group's inbound rules that the template takes from a Parameter without a value or from
     * another stack ({@link SgRule#deployTimeCidr()}), each naming what would decide it.
     */
    public List<Unknown> deployTimePeers(SecurityGroup group) {
        Set<String> cidrs = new LinkedHashSet<>();
        group.ingress().stream().filter(SgRule::deployTimeCidr).forEach(r -> cidrs.add(r.cidr()));
        return cidrs.stream().map(c -> new Unknown(group, "CIDR " + c + " in the rules of " + group.name(),
                deployTimeAssumption(c.substring(1, c.length() - 1)))).toList();
    }

    private static String deployTimeAssumption(String name) {
        String imported = "import ";
        if (name.startsWith(imported)) {
            return "the stack exporting " + name.substring(imported.length()) + " (import it together with this one)";
        }
        return name.matches("[A-Za-z0-9]+") ? "parameters." + name : "the Parameters of " + name;
    }

    /** The unknown AZs of some subnets, in order. */
    public List<Unknown> unknownZones(List<Subnet> subnets) {
        return subnets.stream().map(this::unknownZone).flatMap(Optional::stream).toList();
    }

    public List<Unknown> unknownTiers(List<Subnet> subnets) {
        return subnets.stream().map(this::unknownTier).flatMap(Optional::stream).toList();
    }

    public List<Unknown> unknownRules(List<SecurityGroup> groups) {
        List<Unknown> out = new ArrayList<>();
        for (SecurityGroup g : groups) {
            Optional<Unknown> outside = unknown(g, ExternalFacts.INGRESS, "inbound rules");
            out.addAll(outside.isPresent() ? List.of(outside.get()) : deployTimePeers(g));
        }
        return out;
    }

    private Optional<Unknown> unknown(Element e, String fact, String what) {
        Map<String, Object> given = e == null ? null : ExternalFacts.given(cfnExtras(e.id()));
        if (given == null || given.containsKey(fact)) {
            return Optional.empty();
        }
        return Optional.of(new Unknown(e, what + " of " + e.name(), ExternalFacts.assumption(e, fact)));
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

    private static List<String> singleton(String id) {
        return id == null ? List.of() : List.of(id);
    }
}
