package dev.archway.model.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.archway.model.Design;
import dev.archway.model.DesignBuilder;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.CustomEndpoint;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.DbRouter;
import dev.archway.model.network.SgRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuroraRoutingTest {
    private final Fixtures f = new Fixtures();
    private final DesignBuilder b = f.b;
    private final String appSg = b.securityGroup("AppSg", f.vpc, List.of());
    private final String dbSg = b.securityGroup("DbSg", f.vpc, List.of(SgRule.tcpFrom(5432, appSg)));
    private final String cluster = b.auroraCluster("Db", f.vpc, b.dbSubnetGroup("DbSubnets",
            List.of(f.privateA, f.privateB)), List.of(dbSg), "writer");
    private final Design design = f.design();

    private void instance(String name, String az, int tier, String size) {
        b.add(new DbInstance(name, name, cluster, az, size, tier, false));
    }

    private void standardCluster() {
        instance("writer", f.azA, 1, "db.r6g.large");
        instance("r1", f.azB, 1, "db.r6g.large");
        instance("r2", f.azA, 0, "db.r6g.large");
        instance("r3", f.azB, 0, "db.r6g.2xlarge");
    }

    private String app(List<DbRouter> routers) {
        String web = b.instance("web", f.privateA, List.of(appSg));
        return b.add(new AppNode("App", "App", "django", List.of(web), List.of(appSg), List.of(
                new DbAlias("default", cluster, "cluster"), new DbAlias("reader", cluster, "reader")), routers)).id();
    }

    private DbTrace route(DbQuery q, SimulationScenario s) {
        return new QueryRouter(design).route(q, s);
    }

    @Test
    void aWriteReachesTheWriterThroughTheClusterEndpoint() {
        standardCluster();
        DbTrace t = route(DbQuery.writes(), SimulationScenario.NORMAL);
        assertEquals(DbOutcome.CONNECTED, t.outcome());
        assertEquals("cluster", t.endpoint());
        assertEquals("writer", t.instanceId());
        assertEquals(Boolean.TRUE, t.writeAccepted());
    }

    /** Doc §5.1: the reader endpoint spreads connections over the replicas. */
    @Test
    void readsSpreadOverTheReplicas() {
        standardCluster();
        QueryReport r = new QueryRouter(design).send(DbQuery.reads(), SimulationScenario.NORMAL, 30_000);
        assertEquals(List.of("r1", "r2", "r3"), r.instances().stream().map(QueryReport.InstanceCount::name).toList());
        for (QueryReport.InstanceCount c : r.instances()) {
            assertEquals(1.0 / 3, c.expectedShare(), 1e-12);
            assertEquals(1.0 / 3, c.count() / 30_000.0, 0.01);
        }
    }

    /** Doc §5.1: with no replicas the reader endpoint connects to the primary. */
    @Test
    void readerEndpointWithoutReplicasReachesTheWriter() {
        instance("writer", f.azA, 1, "db.r6g.large");
        assertEquals("writer", route(DbQuery.reads(), SimulationScenario.NORMAL).instanceId());
    }

    /** Doc §5.2 promotion order: tier first, then largest size, then AWS's order. */
    @ParameterizedTest(name = "§5.2 failover: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "r1:1:large, r2:0:large, r3:0:2xlarge | r3",
        "r1:1:large, r2:0:large, r3:0:large | r2",
        "r1:2:24xlarge, r2:3:large | r1",
        "r1:0:large, r2:0:xlarge | r2",
        "r1:5:xlarge, r2:5:xlarge | r1",
    })
    void failoverPromotesByTierThenSizeThenOrder(String replicas, String promoted) {
        instance("writer", f.azA, 0, "db.r6g.large");
        for (String spec : replicas.split(",\\s*")) {
            String[] p = spec.split(":");
            instance(p[0], f.azB, Integer.parseInt(p[1]), "db.r6g." + p[2]);
        }
        DbTrace t = route(DbQuery.writes(), SimulationScenario.NORMAL.withWriterFailed(true));
        assertEquals(promoted, t.promotedId());
        assertEquals(promoted, t.instanceId());
        assertEquals(FailoverPlanner.PROMOTION_DURATION, t.failoverDuration());
    }

    /** Doc §5.2: Serverless v2 readers in tiers 2-15 may be undersized when promoted. */
    @Test
    void serverlessReaderInALowTierIsPromotedWithAWarning() {
        instance("writer", f.azA, 0, "db.serverless");
        instance("r1", f.azB, 2, "db.serverless");
        DbTrace t = route(DbQuery.writes(), SimulationScenario.NORMAL.withWriterFailed(true));
        assertEquals("r1", t.promotedId());
        assertEquals(true, t.hops().get(0).reason().endsWith("as a Serverless v2 reader in tier 2 it did not scale "
                + "with the writer and may be undersized at first"));
    }

    @Test
    void afterFailoverTheReaderEndpointLosesThePromotedReplica() {
        standardCluster();
        QueryReport r = new QueryRouter(design).send(DbQuery.reads(), SimulationScenario.NORMAL.withWriterFailed(true),
                100);
        assertEquals(List.of("r1", "r2"), r.instances().stream().map(QueryReport.InstanceCount::name).toList());
    }

    /** Doc §5.2: the writer's AZ failing fails it over to a replica outside that AZ. */
    @Test
    void writerAzFailurePromotesAReplicaInAnotherZone() {
        standardCluster();
        SimulationScenario s = SimulationScenario.NORMAL.withZoneFailed("eu-west-1a", true);
        assertEquals("r3", route(DbQuery.writes(), s).instanceId());
        QueryReport reads = new QueryRouter(design).send(DbQuery.reads(), s, 10);
        assertEquals(List.of("r1"), reads.instances().stream().map(QueryReport.InstanceCount::name).toList());
    }

    /** Doc §5.2: no replica -> the primary is recreated, typically under 10 minutes; meanwhile no writer. */
    @Test
    void writerFailureWithoutReplicasIsUnavailableForMinutes() {
        instance("writer", f.azA, 1, "db.r6g.large");
        DbTrace t = route(DbQuery.writes(), SimulationScenario.NORMAL.withWriterFailed(true));
        assertEquals(DbOutcome.UNAVAILABLE, t.outcome());
        assertEquals(FailoverPlanner.RECREATE_DURATION, t.failoverDuration());
        assertNull(t.promotedId());
    }

    /** Doc §5.2: a single-AZ cluster whose AZ fails needs instances created by hand. */
    @Test
    void singleAzClusterLosesEverythingWithItsZone() {
        instance("writer", f.azA, 1, "db.r6g.large");
        instance("r1", f.azA, 1, "db.r6g.large");
        DbTrace t = route(DbQuery.reads(), SimulationScenario.NORMAL.withZoneFailed("eu-west-1a", true));
        assertEquals(DbOutcome.UNAVAILABLE, t.outcome());
        assertEquals("writer writer is down: its AZ failed; no replica is left outside the failed AZs: new instances "
                + "must be created by hand in another AZ", t.hops().get(0).reason());
    }

    /** Doc §5.1: custom endpoints (READER excludes the writer, ANY does not); instance endpoints ignore failover. */
    @ParameterizedTest(name = "§5.1 {0} with writer failed={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "custom:Analytics | false | r1",
        "custom:Everything | false | writer r1",
        "instance:r1 | false | r1",
        "instance:writer | true | ''",
        "cluster | true | r3",
    })
    void otherEndpoints(String endpoint, boolean writerFailed, String expected) {
        standardCluster();
        design.put(design.get(cluster, AuroraCluster.class).withName("Db"));
        AuroraCluster c = design.get(cluster, AuroraCluster.class);
        design.put(new AuroraCluster(c.id(), c.name(), c.vpcId(), c.engine(), c.engineVersion(), c.port(),
                c.dbSubnetGroupId(), c.securityGroupIds(), c.databaseName(), c.masterUsername(), c.writerId(),
                List.of(new CustomEndpoint("Analytics", "READER", List.of("writer", "r1")),
                        new CustomEndpoint("Everything", "ANY", List.of("writer", "r1"))), true));
        String appId = app(List.of());
        design.put(design.get(appId, AppNode.class).withDatabases(List.of(new DbAlias("default", cluster, endpoint))));
        QueryReport r = new QueryRouter(design).send(DbQuery.reads().viaApp("App"),
                SimulationScenario.NORMAL.withWriterFailed(writerFailed), 200);
        assertEquals(expected, String.join(" ", r.instances().stream().filter(i -> i.count() > 0)
                .map(QueryReport.InstanceCount::name).toList()));
    }

    @Test
    void aWriteThroughAReplicaFailsAsReadOnly() {
        standardCluster();
        app(List.of(new DbRouter("PrimaryReplicaRouter", "reader", "default", null, null)));
        DbTrace t = route(DbQuery.writes().viaApp("App").using("reader"), SimulationScenario.NORMAL);
        assertEquals(DbOutcome.CONNECTED, t.outcome());
        assertEquals("reader", t.endpoint());
        assertEquals(Boolean.FALSE, t.writeAccepted());
    }

    @Test
    void databaseSecurityGroupMustAdmitTheApp() {
        standardCluster();
        app(List.of());
        design.put(design.get(dbSg, dev.archway.model.network.SecurityGroup.class).withIngress(
                List.of(SgRule.tcp(5432, "192.168.0.0/16"))));
        DbTrace t = route(DbQuery.writes().viaApp("App"), SimulationScenario.NORMAL);
        assertEquals(DbOutcome.UNAVAILABLE, t.outcome());
        assertEquals("DbSg", design.nameOf(t.blockedById()));
    }
}
