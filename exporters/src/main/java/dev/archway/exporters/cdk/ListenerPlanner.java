package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.RuleTransform;
import dev.archway.model.lb.LoadBalancer;
import java.util.List;
import java.util.Map;

/**
 * Listeners through {@code addListener} (never {@code open}: the design's security groups say who may connect),
 * rules as {@code ApplicationListenerRule}s with {@code ListenerCondition}s and {@code ListenerAction}s.
 */
final class ListenerPlanner {
    /** ELB security policies that have a name in CDK's {@code SslPolicy}; others are set on the L1 listener. */
    private static final Map<String, String> SSL_POLICIES = Map.of(
            "ELBSecurityPolicy-TLS13-1-2-2021-06", "RECOMMENDED_TLS",
            "ELBSecurityPolicy-2016-08", "RECOMMENDED",
            "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "TLS13_RES",
            "ELBSecurityPolicy-TLS13-1-3-2021-06", "TLS13_13",
            "ELBSecurityPolicy-TLS-1-2-2017-01", "TLS12",
            "ELBSecurityPolicy-TLS-1-2-Ext-2018-06", "TLS12_EXT",
            "ELBSecurityPolicy-TLS-1-1-2017-01", "TLS11");

    private final CdkStackDraft plan;
    private final ActionRenderer actions;

    ListenerPlanner(CdkStackDraft plan) {
        this.plan = plan;
        this.actions = new ActionRenderer(plan);
    }

    void listener(LoadBalancer lb, CdkExpr construct, Listener listener) {
        plan.about(listener.id());
        boolean application = lb.isApplication();
        CdkType propsType = CdkType.elbv2(application ? "BaseApplicationListenerProps" : "BaseNetworkListenerProps");
        CdkType protocolType = CdkType.elbv2(application ? "ApplicationProtocol" : "Protocol");
        String policy = listener.sslPolicy() == null ? null : SSL_POLICIES.get(listener.sslPolicy());
        Action defaultAction = terminal(listener.defaultActions());
        CdkProps props = CdkProps.of()
                .put("protocol", CdkExpr.enumValue(protocolType, listener.protocol().name()))
                .lit("port", listener.port())
                .lit("open", application ? false : null)
                .put("certificates", certificates(listener))
                .put("sslPolicy", policy == null ? null : CdkExpr.enumValue(CdkType.elbv2("SslPolicy"), policy))
                .put("defaultAction", defaultAction == null ? null
                        : application ? actions.application(defaultAction) : actions.network(defaultAction));
        CdkExpr created = plan.declare(listener.id(), listener.name(), CdkType.elbv2(
                application ? "ApplicationListener" : "NetworkListener"), CdkExpr.call(construct, "addListener",
                lit(CdkNames.constructId(listener.name())), new CdkExpr.Struct(propsType, props.map())));
        if (listener.sslPolicy() != null && policy == null && listener.protocol().terminatesTls()) {
            CdkType cfnListener = CdkType.elbv2("CfnListener");
            plan.run(CdkExpr.call(new CdkExpr.Cast(cfnListener, CdkExpr.get(CdkExpr.get(created, "node"),
                    "defaultChild")), "addPropertyOverride", lit("SslPolicy"), lit(listener.sslPolicy())));
        }
        if (application) {
            plan.topology.rulesOf(listener).forEach(r -> rule(created, r));
        }
    }

    private CdkExpr certificates(Listener listener) {
        List<CdkExpr> certificates = plan.refs(listener.certificateIds()).stream()
                .map(c -> staticCall(CdkType.elbv2("ListenerCertificate"), "fromCertificateManager", c)).toList();
        return certificates.isEmpty() ? null : CdkExpr.list(certificates);
    }

    private void rule(CdkExpr listener, ListenerRule rule) {
        plan.about(rule.id());
        Action action = terminal(rule.actions());
        if (action == null) {
            plan.comment("rule " + rule.name() + " has no forward, redirect or fixed-response action; add it by hand");
            return;
        }
        CdkType type = CdkType.elbv2("ApplicationListenerRule");
        CdkExpr created = plan.declare(rule.id(), rule.name(), type, new CdkExpr.Construct(type, CdkNames.constructId(rule.name()),
                CdkProps.of().put("listener", listener)
                        .lit("priority", rule.priority())
                        .put("conditions", CdkExpr.list(rule.conditions().stream().map(ActionRenderer::condition)
                                .toList()))
                        .put("action", actions.application(action)).map()));
        if (!rule.transforms().isEmpty()) {
            plan.run(CdkExpr.call(new CdkExpr.Cast(CdkType.elbv2("CfnListenerRule"), CdkExpr.get(CdkExpr.get(created,
                    "node"), "defaultChild")), "addPropertyOverride", lit("Transforms"), transforms(rule)));
        }
    }

    /** The rule's transforms as CloudFormation writes them (doc §1.5), through the L1 escape hatch. */
    private static CdkExpr transforms(ListenerRule rule) {
        return CdkExpr.list(rule.transforms().stream().map(t -> {
            String config = t.type() == RuleTransform.Type.HOST_HEADER_REWRITE ? "HostHeaderRewriteConfig"
                    : "UrlRewriteConfig";
            CdkExpr rewrites = CdkExpr.list(t.rewrites().stream().map(r -> (CdkExpr) new CdkExpr.MapOf(
                    CdkProps.of().lit("Regex", r.regex()).lit("Replace", r.replace()).map())).toList());
            return (CdkExpr) new CdkExpr.MapOf(CdkProps.of().lit("Type", t.type().cfnName())
                    .put(config, new CdkExpr.MapOf(CdkProps.of().put("Rewrites", rewrites).map())).map());
        }).toList());
    }

    /** The action that ends the chain (authentication actions before it are not rendered). */
    private static Action terminal(List<Action> chain) {
        return chain.stream().filter(a -> a.type().isTerminal()).reduce((first, second) -> second).orElse(null);
    }

}
