package dev.archway.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.archway.model.Design;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.simulation.DbTrace;
import dev.archway.model.simulation.Hop;
import dev.archway.model.simulation.QueryReport;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.TargetRequest;
import dev.archway.model.simulation.TrafficReport;
import dev.archway.model.simulation.ZoneNames;
import dev.archway.model.stacks.SourceStacks;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes simulation results for {@code archway simulate}: as one JSON object whose field names are a contract for
 * scripts (elements by design name), or as text for people. Both come from the same map of fields.
 */
final class SimulationOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Design design;
    private final boolean json;

    SimulationOutput(Design design, boolean json) {
        this.design = design;
        this.json = json;
    }

    String request(TrafficReport report, boolean withDistribution) {
        RouteTrace t = report.first();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("request", t.request());
        m.put("outcome", t.outcome().label());
        m.put("statusCode", t.statusCode());
        m.put("location", t.location());
        m.put("loadBalancer", name(t.loadBalancerId()));
        m.put("listener", t.listenerLabel());
        m.put("rule", t.listenerId() == null ? null : t.ruleId() == null ? "default" : name(t.ruleId()));
        m.put("certificate", name(t.certificateId()));
        m.put("targetGroup", name(t.targetGroupId()));
        m.put("target", t.targetName());
        m.put("availabilityZone", name(t.availabilityZoneId()));
        m.put("zone", zone(t.availabilityZoneId()));
        m.put("targetRequest", targetRequest(t.targetRequest()));
        m.put("blockedBy", name(t.blockedById()));
        m.put("blockedReason", t.blockedReason());
        m.put("hops", hops(t.hops()));
        if (withDistribution) {
            m.put("requests", report.requests());
            Map<String, Long> distribution = new LinkedHashMap<>();
            Map<String, Double> shares = new LinkedHashMap<>();
            report.targets().forEach(c -> {
                distribution.put(c.name(), c.count());
                shares.put(c.name(), c.expectedShare());
            });
            m.put("distribution", distribution);
            m.put("expectedShare", shares);
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (RouteOutcome o : RouteOutcome.values()) {
                if (report.outcomes().containsKey(o)) {
                    outcomes.put(o.label(), report.outcomes().get(o));
                }
            }
            m.put("outcomes", outcomes);
        }
        return json ? toJson(m) : requestText(m, t);
    }

    String query(QueryReport report, boolean withDistribution) {
        DbTrace t = report.first();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", t.outcome().label());
        m.put("endpoint", t.endpoint());
        m.put("cluster", name(t.clusterId()));
        m.put("alias", t.aliasName());
        m.put("instance", name(t.instanceId()));
        m.put("availabilityZone", name(t.availabilityZoneId()));
        m.put("zone", zone(t.availabilityZoneId()));
        m.put("writeAccepted", t.writeAccepted());
        m.put("failover", t.promotedId() == null && t.failoverDuration() == null ? null
                : failover(t.promotedId(), t.failoverDuration()));
        m.put("blockedBy", name(t.blockedById()));
        m.put("blockedReason", t.blockedReason());
        m.put("hops", hops(t.hops()));
        if (withDistribution) {
            m.put("queries", report.queries());
            Map<String, Long> distribution = new LinkedHashMap<>();
            report.instances().forEach(c -> distribution.put(c.name(), c.count()));
            m.put("distribution", distribution);
            m.put("unavailable", report.unavailable());
        }
        return json ? toJson(m) : queryText(m);
    }

    /** What the target receives (issue 21); null when the request was not forwarded. */
    private static Map<String, Object> targetRequest(TargetRequest r) {
        if (r == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceIp", r.sourceIp());
        m.put("sourceIs", r.sourceIs());
        m.put("protocol", r.protocol());
        m.put("port", r.port());
        m.put("tls", r.tls());
        m.put("host", r.host());
        m.put("path", r.path());
        m.put("query", r.query());
        m.put("headers", r.headers());
        m.put("proxyProtocolV2", r.proxyProtocolV2());
        return m;
    }

    private Map<String, Object> failover(String promotedId, String duration) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("promoted", name(promotedId));
        f.put("expectedDuration", duration);
        return f;
    }

    private List<Map<String, Object>> hops(List<Hop> hops) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Hop h : hops) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("step", h.step().label());
            m.put("element", name(h.elementId()));
            if (h.elementId() != null && SourceStacks.stackOf(design, h.elementId()) != null) {
                m.put("stack", SourceStacks.stackOf(design, h.elementId()));
            }
            m.put("decision", h.decision());
            m.put("reason", h.reason());
            out.add(m);
        }
        return out;
    }

    private String name(String id) {
        return id == null ? null : design.nameOf(id);
    }

    private String zone(String azId) {
        AvailabilityZone az = azId == null ? null : design.get(azId, AvailabilityZone.class);
        return az == null ? null : ZoneNames.label(design, ZoneNames.of(az));
    }

    private static String toJson(Map<String, Object> m) {
        try {
            return JSON.writeValueAsString(m) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String requestText(Map<String, Object> m, RouteTrace t) {
        StringBuilder out = new StringBuilder();
        out.append(m.get("request")).append(" -> ").append(m.get("outcome"));
        if (m.get("statusCode") != null) {
            out.append(" ").append(m.get("statusCode"));
        }
        if (m.get("location") != null) {
            out.append(" Location: ").append(m.get("location"));
        }
        out.append(nl());
        field(out, "load balancer", m.get("loadBalancer"));
        field(out, "listener", m.get("listener"));
        field(out, "rule", m.get("rule"));
        field(out, "target group", m.get("targetGroup"));
        field(out, "target", m.get("target") == null ? null : m.get("target") + " in " + m.get("availabilityZone")
                + " (" + m.get("zone") + ")");
        field(out, "target sees", t.targetRequest() == null ? null : t.targetRequest().describe());
        field(out, "blocked by", blocked(m));
        hopsText(out, t.hops());
        if (m.containsKey("distribution")) {
            out.append("distribution over ").append(m.get("requests")).append(" requests:").append(nl());
            @SuppressWarnings("unchecked")
            Map<String, Long> counts = (Map<String, Long>) m.get("distribution");
            @SuppressWarnings("unchecked")
            Map<String, Double> shares = (Map<String, Double>) m.get("expectedShare");
            int total = (Integer) m.get("requests");
            counts.forEach((target, count) -> out.append(String.format(
                    "  %-24s %10d  %6.2f%%  (AWS behaviour: %6.2f%%)%n", target, count, 100.0 * count / total,
                    100.0 * shares.get(target))));
            out.append("  outcomes: ").append(m.get("outcomes")).append(nl());
        }
        return out.toString();
    }

    private String queryText(Map<String, Object> m) {
        StringBuilder out = new StringBuilder();
        out.append("query -> ").append(m.get("outcome")).append(nl());
        field(out, "endpoint", m.get("endpoint"));
        field(out, "cluster", m.get("cluster"));
        field(out, "alias", m.get("alias"));
        field(out, "instance", m.get("instance") == null ? null : m.get("instance") + " in "
                + m.get("availabilityZone") + " (" + m.get("zone") + ")");
        field(out, "write accepted", m.get("writeAccepted"));
        field(out, "failover", m.get("failover"));
        field(out, "blocked by", blocked(m));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hops = (List<Map<String, Object>>) m.get("hops");
        out.append("hops:").append(nl());
        int i = 1;
        for (Map<String, Object> h : hops) {
            out.append(String.format("  %2d %-18s %-22s %-12s %s%n", i++, h.get("step"), h.get("element"),
                    h.get("decision"), h.get("reason")));
        }
        if (m.containsKey("distribution")) {
            out.append("distribution over ").append(m.get("queries")).append(" connections:").append(nl());
            @SuppressWarnings("unchecked")
            Map<String, Long> counts = (Map<String, Long>) m.get("distribution");
            int total = (Integer) m.get("queries");
            counts.forEach((inst, count) -> out.append(String.format("  %-24s %10d  %6.2f%%%n", inst, count,
                    100.0 * count / total)));
            out.append("  unavailable: ").append(m.get("unavailable")).append(nl());
        }
        return out.toString();
    }

    private void hopsText(StringBuilder out, List<Hop> hops) {
        out.append("hops:").append(nl());
        int i = 1;
        for (Hop h : hops) {
            out.append(String.format("  %2d %-21s %-22s %-12s %s%n", i++, h.step().label(),
                    h.elementId() == null ? null : SourceStacks.label(design, h.elementId()),
                    h.decision(), h.reason()));
        }
    }

    private static Object blocked(Map<String, Object> m) {
        return m.get("blockedBy") == null ? null : m.get("blockedBy") + ": " + m.get("blockedReason");
    }

    private static void field(StringBuilder out, String label, Object value) {
        if (value != null) {
            out.append(String.format("  %-14s %s%n", label, value));
        }
    }

    private static String nl() {
        return System.lineSeparator();
    }
}
