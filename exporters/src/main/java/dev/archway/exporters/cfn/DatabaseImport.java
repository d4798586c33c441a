package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbSubnetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** DB subnet groups, Aurora clusters and their instances; picks the writer. */
final class DatabaseImport {
    private final ImportContext cx;
    private final ImplicitElements places;

    DatabaseImport(ImportContext cx, ImplicitElements places) {
        this.cx = cx;
        this.places = places;
    }

    /** The VPC a cluster is in when the template does not say: its first group's, else its first subnet's. */
    static String derivedVpc(AuroraCluster c, Design d) {
        return derivedVpc(c, id -> d.get(id));
    }

    static String derivedVpc(AuroraCluster c, Function<String, Element> lookup) {
        for (String sg : c.securityGroupIds()) {
            if (lookup.apply(sg) instanceof SecurityGroup g && g.vpcId() != null) {
                return g.vpcId();
            }
        }
        if (c.dbSubnetGroupId() != null && lookup.apply(c.dbSubnetGroupId()) instanceof DbSubnetGroup g) {
            for (String s : g.subnetIds()) {
                if (lookup.apply(s) instanceof Subnet subnet) {
                    return subnet.vpcId();
                }
            }
        }
        return null;
    }

    void run() {
        for (String lid : cx.free("AWS::RDS::DBSubnetGroup")) {
            try {
                ImportedProps p = cx.props(lid);
                cx.addTyped(lid, new DbSubnetGroup(cx.elementId(lid), cx.name(lid), p.string("DBSubnetGroupDescription"),
                        p.refs("SubnetIds", Subnet.class)), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
        clusters();
        instances();
        new StandaloneDbImport(cx, places).run();
    }

    private void clusters() {
        for (String lid : cx.free("AWS::RDS::DBCluster")) {
            try {
                ImportedProps p = cx.props(lid);
                String engine = p.string("Engine");
                if (engine == null || !engine.startsWith("aurora")) {
                    throw new Unresolved("not Aurora");
                }
                Integer port = p.integer("Port");
                DbSubnetGroup group = p.optionalRef("DBSubnetGroupName", DbSubnetGroup.class);
                List<String> groups = p.refs("VpcSecurityGroupIds", SecurityGroup.class);
                p.fixed("ManageMasterUserPassword", true);
                AuroraCluster c = new AuroraCluster(cx.elementId(lid), cx.name(lid), null, engine,
                        p.informational("EngineVersion"), port == null ? (engine.contains("postgres") ? 5432 : 3306) : port,
                        group == null ? null : group.id(), groups, p.informational("DatabaseName"),
                        p.informational("MasterUsername"), null, endpoints(lid), p.bool("DeletionProtection", false));
                Object kept = cx.metadata.field(lid, "Vpc");
                if (Boolean.FALSE.equals(kept)) {
                    kept = null;
                }
                String vpc = cx.metadata.hasField(lid, "Vpc") && (kept == null
                        || cx.typedById(String.valueOf(kept)) instanceof dev.archway.model.network.Vpc)
                        ? (String) kept : derivedVpc(c, cx::typedById);
                cx.addTyped(lid, new AuroraCluster(c.id(), c.name(), vpc, c.engine(), c.engineVersion(), c.port(),
                        c.dbSubnetGroupId(), c.securityGroupIds(), c.databaseName(), c.masterUsername(), null,
                        c.customEndpoints(), c.deletionProtection()), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private List<CustomEndpoint> endpoints(String lid) {
        List<CustomEndpoint> out = new ArrayList<>();
        List<Object> kept = Cfn.asList(cx.metadata.field(lid, "CustomEndpoints"));
        if (kept != null) {
            for (Object o : kept) {
                Map<String, Object> m = Cfn.asMap(o);
                List<String> members = new ArrayList<>();
                Cfn.asList(m.get("Members")).forEach(x -> members.add(String.valueOf(x)));
                out.add(new CustomEndpoint(String.valueOf(m.get("Name")), String.valueOf(m.get("Type")), members));
            }
        }
        return out;
    }

    private void instances() {
        Map<String, List<String>> membersByCluster = new LinkedHashMap<>();
        Map<String, String> clusterLids = new LinkedHashMap<>();
        for (String lid : cx.free("AWS::RDS::DBInstance")) {
            try {
                ImportedProps p = cx.props(lid);
                if (!p.has("DBClusterIdentifier")) {
                    continue; // an RDS instance of its own: StandaloneDbImport
                }
                Object clusterRef = p.value("DBClusterIdentifier");
                AuroraCluster c = cx.referenced(clusterRef, AuroraCluster.class);
                p.fixed("Engine", c.engine());
                String azId = StandaloneDbImport.subnetZone(cx, p);
                String zone = azId == null ? p.string("AvailabilityZone") : null;
                azId = zone == null || c.vpcId() == null ? azId
                        : places.az(c.vpcId(), cx.typedById(c.vpcId(), Element.class).name(), zone);
                Integer tier = p.integer("PromotionTier");
                boolean isPublic = p.bool("PubliclyAccessible", false);
                p.dropDependsOnTypes(Set.of("AWS::RDS::DBInstance", "AWS::EC2::VPCGatewayAttachment"));
                cx.addTyped(lid, new DbInstance(cx.elementId(lid), cx.name(lid), c.id(), azId,
                        p.givenAtDeploy("DBInstanceClass"), tier == null ? 1 : tier, isPublic), p);
                String clusterLid = (String) ImportedProps.refTarget(clusterRef);
                membersByCluster.computeIfAbsent(clusterLid, k -> new ArrayList<>()).add(lid);
                clusterLids.put(lid, clusterLid);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
        membersByCluster.forEach(this::pickWriter);
    }

    /** The writer: the instance the others depend on; else the lowest promotion tier; else the first. */
    private void pickWriter(String clusterLid, List<String> members) {
        Object chosen = cx.metadata.field(clusterLid, "Writer");
        if (cx.metadata.hasField(clusterLid, "Writer") && (chosen == null || Boolean.FALSE.equals(chosen))) {
            return;
        }
        String writer = null;
        for (String m : members) {
            for (String d : cx.props(m).dependsOn()) {
                if (members.contains(d) && !d.equals(m)) {
                    writer = d;
                    break;
                }
            }
            if (writer != null) {
                break;
            }
        }
        if (writer == null) {
            writer = members.stream().min(Comparator.comparingInt(
                    m -> cx.element(m, DbInstance.class).promotionTier())).orElseThrow();
        }
        AuroraCluster c = cx.element(clusterLid, AuroraCluster.class);
        cx.typed.put(clusterLid, c.withWriter(cx.element(writer, DbInstance.class).id()));
    }
}
