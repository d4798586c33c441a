package dev.archway.exporters.cdk;

import dev.archway.model.Design;
import dev.archway.model.db.AppNode;
import dev.archway.model.db.AuroraCluster;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.query.Topology;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.DbTrace;
import dev.archway.model.simulation.QueryRouter;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine says about a design, as comparable text: its validation findings, where sample requests to each
 * load balancer go, and which endpoint and instance sample queries reach. The samples come from a reference design
 * (every host and path its rules name), so two designs are asked the same questions.
 */
final class DesignAnswers {
    private DesignAnswers() {
    }

    static List<String> findings(Design design) {
        return new Validator().validate(design).stream().map(f -> f.ruleId() + " " + f.resourceNames()).sorted()
                .toList();
    }

    static List<String> findingRuleIds(Design design) {
        return new Validator().validate(design).stream().map(f -> f.ruleId()).sorted().toList();
    }

    /** Request line and load balancer name, for every listener of the reference design. */
    static List<String[]> sampleRequests(Design reference) {
        Topology topology = new Topology(reference);
        List<String[]> requests = new ArrayList<>();
        for (LoadBalancer lb : reference.all(LoadBalancer.class)) {
            for (Listener listener : topology.listenersOf(lb)) {
                for (String line : requestLines(topology, listener)) {
                    requests.add(new String[] {line, lb.name()});
                }
            }
        }
        return requests;
    }

    static List<String> routing(Design design, List<String[]> requests) {
        RequestRouter router = new RequestRouter(design);
        List<String> answers = new ArrayList<>();
        for (String[] r : requests) {
            RouteTrace t = router.route(SimRequest.parse(r[0], List.of(), null), r[1], SimulationScenario.NORMAL);
            answers.add(r[1] + " " + r[0] + " -> " + t.outcome() + " " + t.statusCode() + " "
                    + name(design, t.targetGroupId()) + " " + t.location());
        }
        return answers;
    }

    /** Reads and writes through each application's router and straight to each cluster. */
    static List<DbQuery> sampleQueries(Design reference) {
        List<DbQuery> queries = new ArrayList<>();
        for (AppNode app : reference.all(AppNode.class)) {
            queries.add(DbQuery.reads().viaApp(app.name()));
            queries.add(DbQuery.writes().viaApp(app.name()));
        }
        for (AuroraCluster cluster : reference.all(AuroraCluster.class)) {
            queries.add(DbQuery.reads().onCluster(cluster.name()));
            queries.add(DbQuery.writes().onCluster(cluster.name()));
        }
        return queries;
    }

    static List<String> endpoints(Design design, List<DbQuery> queries) {
        QueryRouter router = new QueryRouter(design);
        List<String> answers = new ArrayList<>();
        for (DbQuery q : queries) {
            DbTrace t = router.route(q, SimulationScenario.NORMAL);
            answers.add(q + " -> " + t.outcome() + " " + t.endpoint() + " " + name(design, t.instanceId()));
        }
        return answers;
    }

    private static List<String> requestLines(Topology topology, Listener listener) {
        String scheme = listener.protocol().name();
        if (!listener.protocol().isHttp()) {
            return List.of(scheme + " gateway.example.com:" + listener.port());
        }
        Set<String> hosts = new LinkedHashSet<>(List.of("unknown.example.net"));
        Set<String> paths = new LinkedHashSet<>(List.of("/"));
        for (ListenerRule rule : topology.rulesOf(listener)) {
            for (RuleCondition c : rule.conditions()) {
                if (c.field() == ConditionField.HOST_HEADER) {
                    c.values().forEach(h -> hosts.add(h.replace("*", "www").replace("?", "a")));
                } else if (c.field() == ConditionField.PATH_PATTERN) {
                    c.values().forEach(p -> paths.add(p.replace("*", "item").replace("?", "a")));
                }
            }
        }
        boolean defaultPort = listener.port() == (scheme.equals("HTTPS") ? 443 : 80);
        String port = defaultPort ? "" : ":" + listener.port();
        List<String> lines = new ArrayList<>();
        for (String host : hosts) {
            for (String path : paths) {
                lines.add("GET " + scheme.toLowerCase() + "://" + host + port + path);
            }
        }
        return lines;
    }

    private static String name(Design design, String id) {
        return id == null ? "-" : design.nameOf(id);
    }
}
