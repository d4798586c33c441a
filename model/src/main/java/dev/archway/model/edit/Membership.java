package dev.archway.model.edit;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.lb.AutoScalingGroup;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * Security-group membership: the groups of a load balancer, instance, IP target, ECS service, application or Aurora
 * cluster (a DB instance uses its cluster's groups, as in AWS).
 */
public final class Membership {
    private Membership() {
    }

    /** The security groups of an element, or null when it has none to have. */
    public static List<String> groupsOf(Design design, Element e) {
        if (e instanceof DbInstance db && design.get(db.clusterId()) != null) {
            return groupsOf(design, design.get(db.clusterId()));
        }
        return Topology.wearsSecurityGroups(e) ? Topology.securityGroupIdsOf(e) : null;
    }

    /** The element with exactly these groups (for a DB instance: its cluster). */
    public static Element withGroups(Design design, Element e, List<String> ids) {
        if (e instanceof LoadBalancer lb) {
            return lb.withSecurityGroups(ids);
        }
        if (e instanceof Ec2Instance i) {
            return i.withSecurityGroups(ids);
        }
        if (e instanceof EcsService s) {
            return new EcsService(s.id(), s.name(), s.cluster(), s.launchType(), s.subnetIds(), ids, s.desiredCount(),
                    s.containerName(), s.containerPort(), s.image(), s.assignPublicIp(), s.networkMode());
        }
        if (e instanceof AutoScalingGroup g) {
            return g.withSecurityGroups(ids);
        }
        if (e instanceof IpTarget ip) {
            return new IpTarget(ip.id(), ip.name(), ip.ip(), ip.subnetId(), ids);
        }
        if (e instanceof AppNode a) {
            return new AppNode(a.id(), a.name(), a.framework(), a.runsOn(), ids, a.databases(), a.routers());
        }
        if (e instanceof AuroraCluster c) {
            return new AuroraCluster(c.id(), c.name(), c.vpcId(), c.engine(), c.engineVersion(), c.port(),
                    c.dbSubnetGroupId(), ids, c.databaseName(), c.masterUsername(), c.writerId(), c.customEndpoints(),
                    c.deletionProtection());
        }
        if (e instanceof DbInstance db && db.isStandalone()) {
            StandaloneDb s = db.standalone();
            return new DbInstance(db.id(), db.name(), db.clusterId(), db.azId(), db.instanceClass(),
                    db.promotionTier(), db.publiclyAccessible(), new StandaloneDb(s.engine(), s.port(),
                            s.dbSubnetGroupId(), ids, s.multiAz(), s.sourceInstanceId()));
        }
        if (e instanceof DbInstance db) {
            return withGroups(design, design.get(db.clusterId()), ids);
        }
        throw new IllegalArgumentException(e.kind().label() + " has no security groups");
    }

    static Connections.Result join(Design design, Element member, SecurityGroup sg) {
        List<String> groups = groupsOf(design, member);
        if (groups == null) {
            return Connections.Result.no("A security group protects load balancers, instances, Auto Scaling groups, IP "
                    + "targets, ECS services, applications, Aurora clusters and RDS instances, not a "
                    + Containment.phrase(member.kind()));
        }
        if (groups.contains(sg.id())) {
            return Connections.already(member.name() + " is in " + sg.name());
        }
        List<String> more = new ArrayList<>(groups);
        more.add(sg.id());
        return Connections.Result.ok(withGroups(design, member, more));
    }
}
