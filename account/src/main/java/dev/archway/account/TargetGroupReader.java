package dev.archway.account;

import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.Cidr;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * Target groups with their attributes, registered targets and the targets' health. A target the account reports
 * other than healthy (or still initialising) starts the simulation unhealthy. An IP target group an ECS service
 * registers in gets the service as its target rather than the tasks' addresses of the moment.
 */
final class TargetGroupReader {
    private final ElasticLoadBalancingV2Client elb;
    private final Calls calls;
    private final ImportedDesign out;

    TargetGroupReader(ElasticLoadBalancingV2Client elb, Calls calls, ImportedDesign out) {
        this.elb = elb;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.ELB_DESCRIBE_TARGET_GROUPS,
                () -> elb.describeTargetGroupsPaginator(r -> { }).targetGroups(), this::targetGroup);
    }

    private void targetGroup(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup g) {
        if (!out.hasVpc(g.vpcId())) {
            if (g.vpcId() == null) {
                calls.warn("target group " + g.targetGroupName()
                        + " (Lambda targets) is not modelled and was left out");
            }
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        calls.one(ApiCall.ELB_DESCRIBE_TARGET_GROUP_ATTRIBUTES,
                () -> elb.describeTargetGroupAttributes(r -> r.targetGroupArn(g.targetGroupArn())))
                .ifPresent(r -> r.attributes().forEach(a -> attributes.put(a.key(), a.value())));
        TargetType type = TargetType.valueOf(g.targetTypeAsString().toUpperCase(Locale.ROOT));
        out.put(new TargetGroup(g.targetGroupArn(), g.targetGroupName(), g.vpcId(), protocol(g.protocolAsString()),
                g.port() == null ? 0 : g.port(), type, healthCheck(g), attributes, targets(g, type)));
    }

    private List<TargetRegistration> targets(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup g,
            TargetType type) {
        String service = out.serviceOf(g.targetGroupArn());
        if (service != null) {
            return List.of(new TargetRegistration(service, null));
        }
        List<TargetRegistration> targets = new ArrayList<>();
        calls.one(ApiCall.ELB_DESCRIBE_TARGET_HEALTH,
                () -> elb.describeTargetHealth(r -> r.targetGroupArn(g.targetGroupArn())))
                .ifPresent(r -> r.targetHealthDescriptions().forEach(d -> {
                    String id = type == TargetType.IP ? ipTarget(g.vpcId(), d.target().id()) : d.target().id();
                    if (id == null || !out.contains(id)) {
                        calls.warn("target group " + g.targetGroupName() + ": target " + d.target().id()
                                + " is outside the import and was left out");
                        return;
                    }
                    Integer port = d.target().port() == null || d.target().port().equals(g.port()) ? null
                            : d.target().port();
                    targets.add(new TargetRegistration(id, port));
                    if (!healthy(d)) {
                        out.unhealthy(id);
                    }
                }));
        return targets;
    }

    /** {@code initial} counts as healthy: the target is registering, and the simulation has no such state. */
    private static boolean healthy(TargetHealthDescription d) {
        String state = d.targetHealth() == null ? "healthy" : d.targetHealth().stateAsString();
        return "healthy".equals(state) || "initial".equals(state);
    }

    /** The IP target element for an address, in the subnet whose CIDR holds it; made on first use. */
    private String ipTarget(String vpcId, String ip) {
        if (!Cidr.isValid(ip + "/32")) {
            return null;
        }
        String id = vpcId + "/" + ip;
        if (!out.contains(id)) {
            long address = Cidr.parseAddress(ip, "target");
            String subnet = out.design().all(Subnet.class).stream()
                    .filter(s -> vpcId.equals(s.vpcId()) && Cidr.parse(s.cidr()).contains(address))
                    .map(Subnet::id).findFirst().orElse(null);
            out.put(new IpTarget(id, ip, ip, subnet, List.of()));
        }
        return id;
    }

    private static HealthCheck healthCheck(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup g) {
        String port = g.healthCheckPort();
        Integer hcPort = port == null || "traffic-port".equals(port) ? null : Integer.valueOf(port);
        return new HealthCheck(g.healthCheckProtocolAsString(), hcPort, g.healthCheckPath(),
                orElse(g.healthCheckIntervalSeconds(), 30), orElse(g.healthCheckTimeoutSeconds(), 5),
                orElse(g.healthyThresholdCount(), 5), orElse(g.unhealthyThresholdCount(), 2),
                g.matcher() == null ? null : g.matcher().httpCode());
    }

    /** Null for none (a target group of type {@code lambda}) or one the model lacks (GENEVE, QUIC). */
    static Protocol protocol(String aws) {
        for (Protocol p : Protocol.values()) {
            if (p.name().equals(aws)) {
                return p;
            }
        }
        return null;
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
