package dev.archway.account;

import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/**
 * Application and Network Load Balancers with their attributes, listeners (and every certificate on them) and
 * listener rules with all their conditions, actions and transforms.
 */
final class LoadBalancerReader {
    private final ElasticLoadBalancingV2Client elb;
    private final Calls calls;
    private final ImportedDesign out;

    LoadBalancerReader(ElasticLoadBalancingV2Client elb, Calls calls, ImportedDesign out) {
        this.elb = elb;
        this.calls = calls;
        this.out = out;
    }

    void read() {
        calls.each(ApiCall.ELB_DESCRIBE_LOAD_BALANCERS,
                () -> elb.describeLoadBalancersPaginator(r -> { }).loadBalancers(), this::loadBalancer);
    }

    private void loadBalancer(software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer lb) {
        if (!out.hasVpc(lb.vpcId())) {
            return;
        }
        LbType type = switch (lb.typeAsString()) {
            case "application" -> LbType.APPLICATION;
            case "network" -> LbType.NETWORK;
            default -> null;
        };
        if (type == null) {
            calls.warn("load balancer " + lb.loadBalancerName() + " (" + lb.typeAsString()
                    + ") is not modelled and was left out");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        calls.one(ApiCall.ELB_DESCRIBE_LOAD_BALANCER_ATTRIBUTES,
                () -> elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn())))
                .ifPresent(r -> r.attributes().forEach(a -> attributes.put(a.key(), a.value())));
        List<String> subnets = lb.availabilityZones().stream().map(AvailabilityZone::subnetId).filter(out::contains)
                .toList();
        List<String> eips = lb.availabilityZones().stream().flatMap(z -> z.loadBalancerAddresses().stream())
                .map(a -> a.allocationId()).filter(a -> a != null).toList();
        Scheme scheme = "internal".equals(lb.schemeAsString()) ? Scheme.INTERNAL : Scheme.INTERNET_FACING;
        out.put(new LoadBalancer(lb.loadBalancerArn(), lb.loadBalancerName(), lb.vpcId(), type, scheme, subnets,
                lb.securityGroups().stream().filter(out::contains).toList(), attributes, eips));
        if (lb.dnsName() != null) {
            out.loadBalancerDns(lb.dnsName(), lb.loadBalancerArn());
        }
        calls.each(ApiCall.ELB_DESCRIBE_LISTENERS,
                () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn())).listeners(),
                l -> listener(lb.loadBalancerName(), l));
    }

    private void listener(String lbName, software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener l) {
        Protocol protocol = TargetGroupReader.protocol(l.protocolAsString());
        if (protocol == null) {
            calls.warn("listener " + lbName + " " + l.protocolAsString() + ":" + l.port() + " is not modelled");
            return;
        }
        String label = lbName + " " + protocol + ":" + l.port();
        String sslPolicy = protocol.terminatesTls() ? l.sslPolicy() : null;
        out.put(new Listener(l.listenerArn(), label, l.loadBalancerArn(), protocol, l.port(), certificates(l),
                sslPolicy, mapped(label, l.defaultActions(), ElbActions::action)));
        calls.each(ApiCall.ELB_DESCRIBE_RULES, () -> elb.describeRulesPaginator(r -> r.listenerArn(l.listenerArn()))
                .rules(), r -> rule(l.listenerArn(), label, r));
    }

    /** The default certificate first, then the SNI list. */
    private List<String> certificates(software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener l) {
        Set<String> arns = new LinkedHashSet<>();
        l.certificates().stream().map(Certificate::certificateArn).forEach(arns::add);
        if (!arns.isEmpty()) {
            calls.each(ApiCall.ELB_DESCRIBE_LISTENER_CERTIFICATES,
                    () -> elb.describeListenerCertificatesPaginator(r -> r.listenerArn(l.listenerArn())).certificates(),
                    c -> arns.add(c.certificateArn()));
        }
        arns.forEach(out::usesCertificate);
        return List.copyOf(arns);
    }

    private void rule(String listenerId, String listenerLabel, Rule r) {
        if (Boolean.TRUE.equals(r.isDefault())) {
            return; // the listener's default actions
        }
        String label = listenerLabel + " rule " + r.priority();
        List<RuleCondition> conditions = new ArrayList<>();
        r.conditions().forEach(c -> ElbActions.condition(c).ifPresentOrElse(conditions::add,
                () -> calls.warn(label + ": condition " + c.field() + " is not modelled and was left out")));
        out.put(new ListenerRule(r.ruleArn(), label, listenerId, Integer.parseInt(r.priority()), conditions,
                mapped(label, r.actions(), ElbActions::action), mapped(label, r.transforms(), ElbActions::transform)));
    }

    /** Actions or transforms the model has; any other is left out with a warning. */
    private <A, T> List<T> mapped(String owner, List<A> given, Function<A, Optional<T>> mapping) {
        List<T> mapped = new ArrayList<>();
        for (A a : given) {
            mapping.apply(a).ifPresentOrElse(mapped::add,
                    () -> calls.warn(owner + ": " + describe(a) + " is not modelled and was left out"));
        }
        return mapped;
    }

    private static String describe(Object a) {
        if (a instanceof software.amazon.awssdk.services.elasticloadbalancingv2.model.Action act) {
            return "action " + act.typeAsString();
        }
        if (a instanceof software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform t) {
            return "transform " + t.typeAsString();
        }
        return String.valueOf(a);
    }
}
