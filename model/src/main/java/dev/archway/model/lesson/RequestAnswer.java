package dev.archway.model.lesson;

import dev.archway.model.Design;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Subnet;
import dev.archway.model.simulation.Hop;
import dev.archway.model.simulation.LbNode;
import dev.archway.model.simulation.LoadBalancerResolver;
import dev.archway.model.simulation.RouteOutcome;
import dev.archway.model.simulation.RouteTrace;
import dev.archway.model.simulation.TargetRequest;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.TargetSlot;
import dev.archway.model.simulation.TrafficReport;
import dev.archway.model.simulation.ZoneNames;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's answer to a {@code request} check as field → value: where the (first) request went, what the
 * target sees, and with {@code requests: N} how the N requests spread ({@code share.NAME}; 0% for a target, AZ or
 * outcome no request reached).
 */
final class RequestAnswer {
    private final Design design;

    RequestAnswer(Design design) {
        this.design = design;
    }

    Map<String, String> of(SimRequest request, TrafficReport report) {
        RouteTrace t = report.first();
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("outcome", t.outcome().label());
        answer.put("statusCode", t.statusCode() == null ? null : t.statusCode().toString());
        answer.put("location", t.location());
        answer.put("loadBalancer", nameOf(t.loadBalancerId()));
        answer.put("listener", t.listenerLabel());
        answer.put("rule", t.listenerId() == null ? null : t.ruleId() == null ? "default" : nameOf(t.ruleId()));
        answer.put("targetGroup", nameOf(t.targetGroupId()));
        answer.put("target", t.targetName());
        answer.put("availabilityZone", nameOf(t.availabilityZoneId()));
        answer.put("certificate", nameOf(t.certificateId()));
        answer.put("certificateCovers", certificateCovers(t));
        node(t, answer);
        target(request, t, answer);
        if (report.requests() > 1) {
            shares(report).putInto(answer);
        }
        return answer;
    }

    /** Whether the certificate the listener presented covers the host the client asked for (SNI). */
    private static String certificateCovers(RouteTrace t) {
        return t.hops().stream().filter(h -> h.step() == Hop.Step.CERTIFICATE).findFirst()
                .map(h -> String.valueOf(h.decision().equals("selected"))).orElse(null);
    }

    /** The load-balancer node the client reached (or dialled, when its AZ failed): its AZ and static address. */
    private void node(RouteTrace t, Map<String, String> answer) {
        Hop hop = t.hops().stream().filter(h -> h.step() == Hop.Step.LB_NODE).findFirst().orElse(null);
        Subnet subnet = hop == null || hop.elementId() == null ? null : design.get(hop.elementId(), Subnet.class);
        LoadBalancer lb = design.get(t.loadBalancerId(), LoadBalancer.class);
        if (subnet == null || lb == null) {
            return;
        }
        answer.put("nodeZone", nameOf(subnet.azId()));
        List<LbNode> nodes = new LoadBalancerResolver(design).nodes(lb);
        nodes.stream().filter(n -> n.subnet().id().equals(subnet.id())).findFirst()
                .ifPresent(n -> answer.put("nodeAddress", n.address()));
    }

    /** What a forwarded request looks like to the target: the group's protocol, and an ALB's X-Forwarded-* headers. */
    private void target(SimRequest request, RouteTrace t, Map<String, String> answer) {
        if (t.outcome() != RouteOutcome.FORWARDED) {
            return;
        }
        TargetGroup group = design.get(t.targetGroupId(), TargetGroup.class);
        answer.put("targetProtocol", group == null || group.protocol() == null ? null : group.protocol().name());
        LoadBalancer lb = design.get(t.loadBalancerId(), LoadBalancer.class);
        if (lb != null && lb.isApplication()) {
            answer.put("forwardedProto", request.protocol().name().toLowerCase(Locale.ROOT));
            answer.put("forwardedPort", String.valueOf(request.port()));
        }
        TargetRequest seen = t.targetRequest();
        if (seen != null) {
            answer.put("targetSourceIp", seen.sourceIp());
            answer.put("targetSourceIs", seen.sourceIs());
            answer.put("tls", seen.tls());
            answer.put("forwardedHost", seen.host());
            answer.put("targetPath", seen.path());
            answer.put("forwardedFor", seen.headers().get("X-Forwarded-For"));
            answer.put("proxyProtocolV2", String.valueOf(seen.proxyProtocolV2()));
        }
    }

    private LoadShares shares(TrafficReport report) {
        Map<String, TargetSlot> slots = slotsByKey();
        LoadShares shares = new LoadShares(report.requests());
        for (TrafficReport.TargetCount c : report.targets()) {
            TargetSlot slot = slots.get(c.key());
            shares.add(c.count(), c.name(), slot == null ? null : nameOf(slot.azId()), slot == null ? null
                    : slot.zone());
        }
        for (TargetSlot slot : slots.values()) {
            shares.add(0, slot.name());
        }
        for (AvailabilityZone az : design.all(AvailabilityZone.class)) {
            shares.add(0, az.name(), ZoneNames.of(az));
        }
        for (RouteOutcome o : RouteOutcome.values()) {
            shares.add(report.outcomes().getOrDefault(o, 0L), o.label());
        }
        return shares;
    }

    private Map<String, TargetSlot> slotsByKey() {
        Map<String, TargetSlot> slots = new HashMap<>();
        for (TargetGroup group : design.all(TargetGroup.class)) {
            TargetSlot.of(design, group).forEach(s -> slots.putIfAbsent(s.key(), s));
        }
        return slots;
    }

    private String nameOf(String id) {
        return id == null ? null : design.nameOf(id);
    }
}
