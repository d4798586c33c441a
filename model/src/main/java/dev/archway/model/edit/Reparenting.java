package dev.archway.model.edit;

import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.InternetGateway;
import dev.archway.model.network.NatGateway;
import dev.archway.model.network.NetworkAcl;
import dev.archway.model.network.RouteTable;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.List;

/** The same element placed in another container: an instance in another subnet, a subnet in another AZ. */
public final class Reparenting {
    private Reparenting() {
    }

    /** The element moved into {@code parent}, or null when the model cannot express that move. */
    public static Element into(Element e, Element parent, String oldParentId) {
        String p = parent.id();
        if (e instanceof Ec2Instance i && parent instanceof Subnet) {
            return i.withSubnet(p);
        }
        if (e instanceof NatGateway n && parent instanceof Subnet) {
            return n.withSubnet(p);
        }
        if (e instanceof IpTarget ip && parent instanceof Subnet) {
            return new IpTarget(ip.id(), ip.name(), ip.ip(), p, ip.securityGroupIds());
        }
        if (e instanceof EcsService s && parent instanceof Subnet) {
            List<String> subnets = new ArrayList<>(s.subnetIds());
            int at = subnets.indexOf(oldParentId);
            subnets.remove(p);
            subnets.add(Math.max(0, Math.min(at, subnets.size())), p);
            subnets.remove(oldParentId);
            return s.withSubnets(subnets);
        }
        if (e instanceof DbInstance db) {
            String az = parent instanceof Subnet s ? s.azId() : parent instanceof AvailabilityZone ? p : null;
            return az == null ? null : db.withAz(az);
        }
        if (e instanceof Subnet s && parent instanceof AvailabilityZone az) {
            return new Subnet(s.id(), s.name(), az.vpcId(), p, s.cidr(), s.routeTableId(), s.networkAclId(),
                    s.mapPublicIpOnLaunch());
        }
        if (e instanceof AvailabilityZone az && parent instanceof Vpc) {
            return new AvailabilityZone(az.id(), az.name(), p, az.zone());
        }
        if (e instanceof Vpc v) {
            return new Vpc(v.id(), v.name(), p, v.cidr());
        }
        return parent instanceof Vpc ? intoVpc(e, p) : null;
    }

    private static Element intoVpc(Element e, String vpc) {
        if (e instanceof InternetGateway g) {
            return new InternetGateway(g.id(), g.name(), vpc);
        }
        if (e instanceof SecurityGroup sg) {
            return new SecurityGroup(sg.id(), sg.name(), vpc, sg.description(), sg.ingress(), sg.egress());
        }
        if (e instanceof RouteTable rt) {
            return new RouteTable(rt.id(), rt.name(), vpc, rt.main(), rt.routes());
        }
        if (e instanceof NetworkAcl acl) {
            return new NetworkAcl(acl.id(), acl.name(), vpc, acl.entries());
        }
        if (e instanceof TargetGroup tg) {
            return new TargetGroup(tg.id(), tg.name(), vpc, tg.protocol(), tg.port(), tg.targetType(), tg.healthCheck(),
                    tg.attributes(), tg.targets());
        }
        if (e instanceof LoadBalancer lb) {
            return new LoadBalancer(lb.id(), lb.name(), vpc, lb.type(), lb.scheme(), lb.subnetIds(),
                    lb.securityGroupIds(), lb.attributes(), lb.elasticIps());
        }
        if (e instanceof AutoScalingGroup g) {
            return new AutoScalingGroup(g.id(), g.name(), vpc, g.subnetIds(), g.securityGroupIds(), g.minSize(),
                    g.desiredCapacity(), g.maxSize(), g.instanceType(), g.imageId(), g.launchTemplate());
        }
        if (e instanceof AuroraCluster c) {
            return new AuroraCluster(c.id(), c.name(), vpc, c.engine(), c.engineVersion(), c.port(),
                    c.dbSubnetGroupId(), c.securityGroupIds(), c.databaseName(), c.masterUsername(), c.writerId(),
                    c.customEndpoints(), c.deletionProtection());
        }
        return e;
    }
}
