package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.db.DbAlias;
import dev.archway.model.db.DbInstance;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.SgRule;
import dev.archway.model.network.Subnet;
import dev.archway.model.query.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Routes queries to Aurora (doc §5): through an application's Django routers to an alias and its endpoint, or
 * straight to the cluster (writes) or reader (reads) endpoint; then, under the scenario's failures, to an instance.
 * Each query is a new connection, so the reader endpoint's DNS choice is drawn per query (seeded).
 */
public final class QueryRouter {
    private final Design design;
    private final Topology topology;

    public QueryRouter(Design design) {
        design = DeployedDesign.of(design);
        this.design = design;
        this.topology = new Topology(design);
    }

    public DbTrace route(DbQuery query, SimulationScenario scenario) {
        return send(query, scenario, 1).first();
    }

    public QueryReport send(DbQuery query, SimulationScenario scenario, int queries) {
        if (queries < 1) {
            throw new IllegalArgumentException("--requests must be at least 1");
        }
        Plan plan = plan(query, scenario);
        SplittableRandom random = new SplittableRandom(scenario.seed());
        long[] counts = new long[plan.members.size()];
        DbTrace first = null;
        long unavailable = 0;
        for (int q = 0; q < queries; q++) {
            int pick = plan.blocked || plan.members.isEmpty() ? -1
                    : plan.members.size() == 1 ? 0 : random.nextInt(plan.members.size());
            if (pick < 0) {
                unavailable++;
            } else {
                counts[pick]++;
            }
            if (q == 0) {
                first = plan.trace(pick, query.write());
            }
        }
        List<QueryReport.InstanceCount> out = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            DbInstance inst = plan.members.get(i);
            out.add(new QueryReport.InstanceCount(inst.id(), inst.name(), counts[i],
                    plan.blocked ? 0 : 1.0 / plan.members.size()));
        }
        return new QueryReport(first, queries, out, unavailable);
    }

    private Plan plan(DbQuery query, SimulationScenario scenario) {
        Plan p = new Plan();
        AppNode app = query.appName() == null ? null : app(query.appName());
        String endpoint;
        if (app != null) {
            DjangoRouterChain.Decision d = DjangoRouterChain.route(app, query.write(), query.using());
            p.hops.addAll(d.hops());
            p.alias = d.alias();
            DbAlias alias = app.databases().stream().filter(a -> a.alias().equals(d.alias())).findFirst().orElse(null);
            if (alias == null) {
                p.unavailable(app.id(), "alias '" + d.alias() + "' is not in " + app.name()
                        + "'s DATABASES: Django raises ConnectionDoesNotExist");
                return p;
            }
            p.cluster = design.get(alias.clusterId(), AuroraCluster.class);
            if (p.cluster == null) {
                throw new IllegalArgumentException("alias '" + alias.alias() + "' of " + app.name()
                        + " names no Aurora cluster of the design");
            }
            endpoint = alias.endpoint();
            p.hops.add(new Hop(Hop.Step.ROUTER, app.id(), "alias", "'" + alias.alias() + "' connects to the "
                    + endpoint + " endpoint of " + p.cluster.name()));
        } else {
            p.cluster = cluster(query.clusterName());
            endpoint = query.write() ? "cluster" : "reader";
        }
        p.endpoint = endpoint;
        ClusterState state = new ClusterState(design, p.cluster, scenario);
        p.state = state;
        p.hops.addAll(state.hops);
        AuroraEndpointResolver.Members m = AuroraEndpointResolver.members(state, endpoint);
        p.members = m.instances();
        p.hops.add(new Hop(Hop.Step.ENDPOINT, p.cluster.id(), m.instances().isEmpty() ? "unavailable" : "resolved",
                m.reason()));
        if (app != null && !p.members.isEmpty()) {
            checkSecurityGroups(p, app);
        }
        return p;
    }

    /** The cluster's groups must admit the app's groups (or a CIDR covering its subnets) on the DB port (§4.3). */
    private void checkSecurityGroups(Plan p, AppNode app) {
        List<SecurityGroup> groups = topology.securityGroupsOf(p.cluster);
        if (groups.isEmpty() || app.securityGroupIds().isEmpty()) {
            return;
        }
        List<Cidr> appBlocks = app.runsOn().stream().map(design::get).filter(e -> e != null)
                .flatMap((Element e) -> topology.subnetsOfTarget(e).stream()).map(Subnet::cidr).map(NaclCheck::cidr)
                .filter(c -> c != null).toList();
        int port = p.cluster.port();
        for (SecurityGroup g : groups) {
            for (SgRule r : g.ingress()) {
                if (r.covers("tcp", port) && admits(r, app.securityGroupIds(), appBlocks)) {
                    p.hops.add(new Hop(Hop.Step.DB_SECURITY_GROUP, g.id(), "allowed", g.name() + " admits " + app.name()
                            + " on tcp/" + port));
                    return;
                }
            }
        }
        String reason = "no inbound rule of " + String.join(", ", groups.stream().map(SecurityGroup::name).toList())
                + " admits " + app.name() + " on tcp/" + port;
        p.hops.add(new Hop(Hop.Step.DB_SECURITY_GROUP, groups.get(0).id(), "blocked", reason));
        p.blocked = true;
        p.blockedById = groups.get(0).id();
        p.blockedReason = reason;
    }

    private static boolean admits(SgRule rule, List<String> appGroups, List<Cidr> appBlocks) {
        if (rule.securityGroupId() != null) {
            return appGroups.contains(rule.securityGroupId());
        }
        Cidr block = NaclCheck.cidr(rule.cidr());
        return block != null && !appBlocks.isEmpty() && appBlocks.stream().allMatch(block::contains);
    }

    private AppNode app(String name) {
        return design.byName(name).filter(e -> e instanceof AppNode).map(e -> (AppNode) e).orElseThrow(
                () -> new IllegalArgumentException("--app '" + name + "': no application of that name; the design has "
                        + names(design.all(AppNode.class).stream().map(AppNode::name).toList())));
    }

    private AuroraCluster cluster(String name) {
        List<AuroraCluster> all = design.all(AuroraCluster.class);
        if (name != null) {
            return design.byName(name).filter(e -> e instanceof AuroraCluster).map(e -> (AuroraCluster) e)
                    .orElseThrow(() -> new IllegalArgumentException("--cluster '" + name
                            + "': no Aurora cluster of that name; the design has "
                            + names(all.stream().map(AuroraCluster::name).toList())));
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new IllegalArgumentException(all.isEmpty() ? "the design has no Aurora cluster"
                : "the design has several Aurora clusters; name one with --cluster ("
                        + names(all.stream().map(AuroraCluster::name).toList()) + ")");
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList());
    }

    /** The query's route before the instance is drawn. */
    private final class Plan {
        final List<Hop> hops = new ArrayList<>();
        AuroraCluster cluster;
        ClusterState state;
        String alias;
        String endpoint;
        List<DbInstance> members = List.of();
        boolean blocked;
        String blockedById;
        String blockedReason;
        String unavailableElementId;

        void unavailable(String elementId, String reason) {
            unavailableElementId = elementId;
            hops.add(new Hop(Hop.Step.ROUTER, elementId, "unavailable", reason));
        }

        DbTrace trace(int pick, boolean write) {
            List<Hop> out = new ArrayList<>(hops);
            String promoted = state == null || state.promoted == null ? null : state.promoted.id();
            String duration = state == null ? null : state.failoverDuration;
            String clusterId = cluster == null ? null : cluster.id();
            if (pick < 0) {
                return new DbTrace(DbOutcome.UNAVAILABLE, endpoint, clusterId, alias, null, null, null, promoted,
                        duration, blockedById, blockedReason, out);
            }
            DbInstance i = members.get(pick);
            boolean writer = state.isWriter(i);
            out.add(new Hop(Hop.Step.INSTANCE, i.id(), "connected", "connected to " + i.name() + " ("
                    + (writer ? "the writer" : "a replica") + ") in " + ZoneNames.label(design, state.zone(i))));
            Boolean accepted = null;
            if (write) {
                accepted = writer;
                if (!writer) {
                    out.add(new Hop(Hop.Step.ANSWER, i.id(), "rejected", i.name()
                            + " is a replica: the write fails as read-only"));
                }
            }
            return new DbTrace(DbOutcome.CONNECTED, endpoint, clusterId, alias, i.id(), i.azId(), accepted, promoted,
                    duration, null, null, out);
        }
    }
}
