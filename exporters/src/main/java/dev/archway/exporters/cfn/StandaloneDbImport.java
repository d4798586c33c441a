package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Element;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RDS DB instances outside Aurora ({@code AWS::RDS::DBInstance} without {@code DBClusterIdentifier}): engine, class,
 * DB subnet group, VPC security groups, Multi-AZ and read replicas ({@code SourceDBInstanceIdentifier}, imported
 * after their source; a replica without its own subnet group or groups has its source's). The zone is the
 * template's ({@code AvailabilityZone}, also as {@code Fn::GetAtt Subnet.AvailabilityZone}), else the zone of the
 * subnet group's first subnet, where the drawing puts it.
 */
final class StandaloneDbImport {
    private final ImportContext cx;
    private final ImplicitElements places;

    StandaloneDbImport(ImportContext cx, ImplicitElements places) {
        this.cx = cx;
        this.places = places;
    }

    /** Imports the standalone instances, sources before their replicas. */
    void run() {
        List<String> pending = new ArrayList<>();
        for (String lid : cx.free("AWS::RDS::DBInstance")) {
            if (!cx.props(lid).has("DBClusterIdentifier")) {
                pending.add(lid);
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (String lid : new ArrayList<>(pending)) {
                if (!waitsForSource(lid, pending)) {
                    pending.remove(lid);
                    progress = true;
                    importOne(lid);
                }
            }
        }
        pending.forEach(this::importOne); // a cycle of replicas: each says why it is kept
    }

    private boolean waitsForSource(String lid, List<String> pending) {
        Object source = cx.props(lid).raw("SourceDBInstanceIdentifier");
        try {
            Object target = source == null ? null : ImportedProps.refTarget(cx.intrinsics.resolve(source));
            return target != null && !target.equals(lid) && pending.contains(target);
        } catch (Unresolved e) {
            return false; // imported now, and kept with the reason
        }
    }

    private void importOne(String lid) {
        try {
            ImportedProps p = cx.props(lid);
            DbInstance source = p.optionalRef("SourceDBInstanceIdentifier", DbInstance.class);
            StandaloneDb from = source == null ? null : source.standalone();
            if (source != null && from == null) {
                throw new Unresolved(ImportedProps.at("SourceDBInstanceIdentifier") + "replica of an Aurora instance");
            }
            String engine = p.string("Engine");
            engine = engine == null && from != null ? from.engine() : engine;
            Integer port = p.integer("Port");
            DbSubnetGroup group = p.optionalRef("DBSubnetGroupName", DbSubnetGroup.class);
            String groupId = group != null ? group.id() : from == null ? null : from.dbSubnetGroupId();
            List<String> groups = p.refs("VPCSecurityGroups", SecurityGroup.class);
            if (groups.isEmpty() && from != null && !p.has("VPCSecurityGroups")) {
                groups = from.securityGroupIds();
            }
            boolean multiAz = p.bool("MultiAZ", false);
            boolean isPublic = p.bool("PubliclyAccessible", false);
            String azId = zone(p, groupId, groups);
            p.dropDependsOnTypes(Set.of("AWS::EC2::VPCGatewayAttachment"));
            StandaloneDb db = new StandaloneDb(engine, port == null ? StandaloneDb.defaultPort(engine) : port, groupId,
                    groups, multiAz, source == null ? null : source.id());
            cx.addTyped(lid, new DbInstance(cx.elementId(lid), cx.name(lid), null, azId, p.givenAtDeploy("DBInstanceClass"),
                    1, isPublic, db), p);
        } catch (Unresolved | RuntimeException e) {
            cx.keep(lid, e);
        }
    }

    /** The AZ element of {@code AvailabilityZone: !GetAtt Subnet.AvailabilityZone}, or null for any other value. */
    static String subnetZone(ImportContext cx, ImportedProps p) throws Unresolved {
        Object given = p.value("AvailabilityZone");
        if (given instanceof ResourceRef r && "AvailabilityZone".equals(r.attribute())
                && cx.element(r.logicalId(), Subnet.class) != null) {
            return cx.element(r.logicalId(), Subnet.class).azId();
        }
        return null;
    }

    /** The AZ element the instance is drawn in, or null when the template places it in no VPC the model knows. */
    private String zone(ImportedProps p, String groupId, List<String> groups) throws Unresolved {
        String ofSubnet = subnetZone(cx, p);
        if (ofSubnet != null) {
            return ofSubnet;
        }
        Object given = p.value("AvailabilityZone");
        DbSubnetGroup group = cx.typedById(groupId, DbSubnetGroup.class);
        Subnet first = group == null || group.subnetIds().isEmpty() ? null
                : cx.typedById(group.subnetIds().get(0), Subnet.class);
        String vpcId = first != null ? first.vpcId() : groups.isEmpty() ? null
                : cx.typedById(groups.get(0), SecurityGroup.class) == null ? null
                : cx.typedById(groups.get(0), SecurityGroup.class).vpcId();
        if (given != null && vpcId != null) {
            return places.az(vpcId, cx.typedById(vpcId, Element.class).name(), p.string("AvailabilityZone"));
        }
        if (given != null) {
            p.string("AvailabilityZone"); // a literal, or why not
        }
        return first == null ? null : first.azId();
    }
}
