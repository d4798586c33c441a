package dev.archway.model.stacks;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.OpaqueResource;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.dns.DnsRecord;
import dev.archway.model.dns.HostedZone;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.Route;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each element's CloudFormation resources take from other elements' resources in Archway's export (a Ref, an
 * attribute, a DependsOn), and which template parameters they use. The stack planner keeps these inside one stack
 * or turns them into Outputs and Parameters; an exporter test holds the exporter to this list.
 */
public final class CfnReferences {
    private final Design design;
    private final Topology topology;
    private final CfnResourceCount counts;
    private final Map<String, String> gatewayByVpc = new HashMap<>();
    private final Map<String, List<String>> groupsByTarget = new HashMap<>();
    private final Map<String, List<String>> forwardersByGroup = new HashMap<>();

    public CfnReferences(Design design, CfnResourceCount counts) {
        this.design = design;
        this.topology = new Topology(design);
        this.counts = counts;
        for (InternetGateway igw : design.all(InternetGateway.class)) {
            if (igw.vpcId() != null) {
                gatewayByVpc.putIfAbsent(igw.vpcId(), igw.id());
            }
        }
        for (TargetGroup tg : design.all(TargetGroup.class)) {
            tg.targetIds().forEach(t -> groupsByTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(tg.id()));
        }
        design.all(Listener.class).forEach(l -> addForwarder(l.id(), l.defaultActions()));
        design.all(ListenerRule.class).forEach(r -> addForwarder(r.id(), r.actions()));
    }

    private void addForwarder(String id, List<Action> actions) {
        Set<String> groups = new LinkedHashSet<>();
        actions.forEach(a -> groups.addAll(a.targetGroupIds()));
        groups.forEach(g -> forwardersByGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(id));
    }

    /** The element's references to other elements, without repeats, in the order the export writes them. */
    public List<CfnReference> of(Element e) {
        Set<CfnReference> out = new LinkedHashSet<>();
        collect(e, out);
        List<CfnReference> kept = new ArrayList<>(out.size());
        for (CfnReference r : out) {
            if (r.targetId() != null && !r.targetId().equals(e.id()) && design.contains(r.targetId())
                    && !CfnResourceCount.isExternal(design, r.targetId())) {
                kept.add(r);
            }
        }
        return kept;
    }

    private void collect(Element e, Set<CfnReference> out) {
        if (e instanceof InternetGateway igw) {
            out.add(CfnReference.ref(igw.vpcId()));
        } else if (e instanceof RouteTable rt) {
            routeTable(rt, out);
        } else if (e instanceof NetworkAcl acl) {
            out.add(CfnReference.ref(acl.vpcId()));
        } else if (e instanceof Subnet s) {
            out.add(CfnReference.ref(s.vpcId()));
            out.add(CfnReference.ref(s.routeTableId()));
            out.add(CfnReference.ref(s.networkAclId()));
        } else if (e instanceof NatGateway nat) {
            natGateway(nat, out);
        } else if (e instanceof SecurityGroup sg) {
            securityGroup(sg, out);
        } else if (e instanceof HostedZone zone && zone.privateZone() && !hasExtra(zone, "VPCs")) {
            design.all(Vpc.class).forEach(v -> out.add(CfnReference.ref(v.id())));
        } else if (e instanceof Certificate c && design.get(c.hostedZoneId(), HostedZone.class) != null) {
            out.add(CfnReference.ref(c.hostedZoneId()));
        } else {
            collectLoadBalancing(e, out);
            collectData(e, out);
        }
    }

    private void collectLoadBalancing(Element e, Set<CfnReference> out) {
        if (e instanceof LoadBalancer lb) {
            refs(out, lb.subnetIds());
            groupIds(out, lb.securityGroupIds());
            if (lb.internetFacing() || !lb.elasticIps().isEmpty()) {
                dependsOnGateway(lb.vpcId(), out);
            }
        } else if (e instanceof Listener l) {
            out.add(CfnReference.ref(l.loadBalancerId()));
            refs(out, l.certificateIds());
            l.defaultActions().forEach(a -> refs(out, a.targetGroupIds()));
        } else if (e instanceof ListenerRule r) {
            out.add(CfnReference.ref(r.listenerId()));
            r.actions().forEach(a -> refs(out, a.targetGroupIds()));
        } else if (e instanceof TargetGroup tg) {
            if (tg.targetType() != TargetType.LAMBDA) {
                out.add(CfnReference.ref(tg.vpcId()));
            }
            tg.targetIds().stream().filter(t -> design.get(t) instanceof Ec2Instance)
                    .forEach(t -> out.add(CfnReference.ref(t)));
        } else if (e instanceof Ec2Instance i) {
            instance(i, out);
        } else if (e instanceof EcsService s) {
            ecsService(s, out);
        } else if (e instanceof AutoScalingGroup g) {
            if (counts.writesLaunchTemplate(g)) {
                groupIds(out, g.securityGroupIds()); // in the launch template export writes for it
            }
            refs(out, g.subnetIds());
            refs(out, groupsByTarget.getOrDefault(g.id(), List.of()));
        }
    }

    private void collectData(Element e, Set<CfnReference> out) {
        if (e instanceof DnsRecord r) {
            if (design.get(r.hostedZoneId(), HostedZone.class) != null) {
                out.add(CfnReference.ref(r.hostedZoneId()));
            }
            if (r.isAlias()) {
                out.add(new CfnReference(r.aliasTargetId(), "DNSName"));
                out.add(new CfnReference(r.aliasTargetId(), "CanonicalHostedZoneID"));
            }
        } else if (e instanceof DbSubnetGroup g) {
            refs(out, g.subnetIds());
        } else if (e instanceof AuroraCluster c) {
            out.add(CfnReference.ref(c.dbSubnetGroupId()));
            groupIds(out, c.securityGroupIds());
        } else if (e instanceof DbInstance i) {
            dbInstance(i, out);
        } else if (e instanceof OpaqueResource o) {
            refs(out, o.refersTo());
        }
    }

    private void routeTable(RouteTable rt, Set<CfnReference> out) {
        out.add(CfnReference.ref(rt.vpcId()));
        for (Route route : rt.routes()) {
            out.add(CfnReference.ref(route.targetId()));
        }
        if (!rt.routes().isEmpty()) {
            dependsOnGateway(rt.vpcId(), out);
        }
    }

    private void natGateway(NatGateway nat, Set<CfnReference> out) {
        out.add(CfnReference.ref(nat.subnetId()));
        Subnet subnet = design.get(nat.subnetId(), Subnet.class);
        if (nat.elasticIp()) {
            dependsOnGateway(subnet == null ? null : subnet.vpcId(), out);
        }
    }

    private void securityGroup(SecurityGroup sg, Set<CfnReference> out) {
        out.add(CfnReference.ref(sg.vpcId()));
        List<SgRule> rules = new ArrayList<>(sg.ingress());
        if (!CfnResourceCount.hasDefaultEgress(sg)) {
            rules.addAll(sg.egress());
        }
        rules.forEach(r -> out.add(new CfnReference(r.securityGroupId(), "GroupId")));
    }

    private void instance(Ec2Instance i, Set<CfnReference> out) {
        out.add(CfnReference.ref(i.subnetId()));
        groupIds(out, i.securityGroupIds());
        Subnet subnet = design.get(i.subnetId(), Subnet.class);
        if (subnet != null && (i.publicIp() || subnet.mapPublicIpOnLaunch())) {
            dependsOnGateway(subnet.vpcId(), out);
        }
    }

    private void ecsService(EcsService s, Set<CfnReference> out) {
        String owner = counts.clusterOwner(s);
        if (owner != null) {
            out.add(new CfnReference(owner, "Cluster"));
        }
        groupIds(out, s.securityGroupIds());
        refs(out, s.subnetIds());
        List<String> groups = groupsByTarget.getOrDefault(s.id(), List.of());
        refs(out, groups);
        groups.forEach(g -> forwardersByGroup.getOrDefault(g, List.of())
                .forEach(f -> out.add(CfnReference.dependsOn(f))));
    }

    private void dbInstance(DbInstance i, Set<CfnReference> out) {
        if (i.isStandalone()) {
            standaloneDb(i, out);
            return;
        }
        out.add(CfnReference.ref(i.clusterId()));
        AuroraCluster cluster = design.get(i.clusterId(), AuroraCluster.class);
        if (cluster == null) {
            return;
        }
        out.add(CfnReference.dependsOn(cluster.writerId()));
        if (i.publiclyAccessible()) {
            List<Subnet> subnets = topology.subnetsOf(cluster);
            dependsOnGateway(cluster.vpcId() != null ? cluster.vpcId()
                    : subnets.isEmpty() ? null : subnets.get(0).vpcId(), out);
        }
    }

    /** Template parameters the element's resources use, as keys equal for elements that share the parameter. */
    public List<String> parameterKeys(Element e) {
        if (e instanceof Ec2Instance i && i.imageId() != null) {
            return List.of("ImageId=" + i.imageId());
        } else if (e instanceof AutoScalingGroup g && g.imageId() != null && counts.writesLaunchTemplate(g)) {
            return List.of("ImageId=" + g.imageId());
        } else if (e instanceof HostedZone) {
            return List.of("zone:" + e.id());
        } else if (e instanceof Certificate c) {
            HostedZone zone = design.get(c.hostedZoneId(), HostedZone.class);
            boolean underZone = zone != null && (c.domainName().equals(zone.domainName())
                    || c.domainName().endsWith("." + zone.domainName()));
            return List.of(underZone ? "zone:" + zone.id() : "certificate:" + c.id());
        } else if (e instanceof DnsRecord r && design.get(r.hostedZoneId(), HostedZone.class) != null) {
            return List.of("zone:" + r.hostedZoneId());
        } else if (e instanceof AuroraCluster c && c.masterUsername() != null) {
            return List.of("user:" + c.id());
        }
        return List.of();
    }

    private void standaloneDb(DbInstance i, Set<CfnReference> out) {
        var s = i.standalone();
        refs(out, dev.archway.model.Ids.refs(s.dbSubnetGroupId(), s.sourceInstanceId()));
        groupIds(out, s.securityGroupIds());
        var group = design.get(s.dbSubnetGroupId(), dev.archway.model.db.DbSubnetGroup.class);
        if (i.publiclyAccessible() && group != null && !group.subnetIds().isEmpty()
                && design.get(group.subnetIds().get(0)) instanceof Subnet first) {
            dependsOnGateway(first.vpcId(), out);
        }
    }

    private void dependsOnGateway(String vpcId, Set<CfnReference> out) {
        String igw = vpcId == null ? null : gatewayByVpc.get(vpcId);
        if (igw != null) {
            out.add(CfnReference.dependsOn(igw));
        }
    }

    private boolean hasExtra(Element e, String key) {
        return design.cfnExtras(e.id()).containsKey(key);
    }

    private static void refs(Set<CfnReference> out, List<String> ids) {
        ids.forEach(id -> out.add(CfnReference.ref(id)));
    }

    private static void groupIds(Set<CfnReference> out, List<String> ids) {
        ids.forEach(id -> out.add(new CfnReference(id, "GroupId")));
    }
}
