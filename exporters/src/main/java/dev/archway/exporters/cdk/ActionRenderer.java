package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;
import static dev.archway.exporters.cdk.CdkExpr.staticCall;

import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.WeightedTargetGroup;
import java.util.List;

/** Listener actions and rule conditions as {@code ListenerAction}, {@code NetworkListenerAction}, {@code ListenerCondition}. */
final class ActionRenderer {
    private static final CdkType ACTION = CdkType.elbv2("ListenerAction");
    private static final CdkType CONDITION = CdkType.elbv2("ListenerCondition");
    private final CdkStackDraft plan;

    ActionRenderer(CdkStackDraft plan) {
        this.plan = plan;
    }

    CdkExpr application(Action action) {
        if (action.type() == ActionType.REDIRECT) {
            return redirect(action.redirect());
        }
        if (action.type() == ActionType.FIXED_RESPONSE) {
            var response = action.fixedResponse();
            return staticCall(ACTION, "fixedResponse", lit(Integer.parseInt(response.statusCode())),
                    new CdkExpr.Struct(CdkType.elbv2("FixedResponseOptions"), CdkProps.of()
                            .lit("contentType", response.contentType())
                            .lit("messageBody", response.messageBody()).map()));
        }
        CdkExpr options = forwardOptions(action);
        boolean weighted = action.forward().size() > 1 || action.forward().stream().anyMatch(w -> w.weight() != null);
        CdkExpr groups = weighted ? CdkExpr.list(action.forward().stream().map(this::weighted).toList())
                : CdkExpr.list(plan.refs(action.targetGroupIds()));
        String method = weighted ? "weightedForward" : "forward";
        return options == null ? staticCall(ACTION, method, groups) : staticCall(ACTION, method, groups, options);
    }

    CdkExpr network(Action action) {
        CdkType type = CdkType.elbv2("NetworkListenerAction");
        return staticCall(type, "forward", CdkExpr.list(plan.refs(action.targetGroupIds())));
    }

    private CdkExpr weighted(WeightedTargetGroup group) {
        return new CdkExpr.Struct(CdkType.elbv2("WeightedTargetGroup"), CdkProps.of()
                .put("targetGroup", plan.ref(group.targetGroupId()))
                .lit("weight", group.weight() == null ? 1 : group.weight()).map());
    }

    private static CdkExpr forwardOptions(Action action) {
        if (!Boolean.TRUE.equals(action.stickiness()) || action.stickinessSeconds() == null) {
            return null;
        }
        return new CdkExpr.Struct(CdkType.elbv2("ForwardOptions"), CdkProps.of().put("stickinessDuration",
                staticCall(CdkType.core("Duration"), "seconds", lit(action.stickinessSeconds()))).map());
    }

    private static CdkExpr redirect(RedirectConfig r) {
        return staticCall(ACTION, "redirect", new CdkExpr.Struct(CdkType.elbv2("RedirectOptions"), CdkProps.of()
                .lit("protocol", r.protocol())
                .lit("host", r.host())
                .lit("port", r.port())
                .lit("path", r.path())
                .lit("query", r.query())
                .lit("permanent", "HTTP_301".equals(r.statusCode())).map()));
    }

    static CdkExpr condition(RuleCondition c) {
        return switch (c.field()) {
            case HOST_HEADER -> staticCall(CONDITION, "hostHeaders", CdkExpr.strings(c.values()));
            case PATH_PATTERN -> staticCall(CONDITION, "pathPatterns", CdkExpr.strings(c.values()));
            case HTTP_HEADER -> staticCall(CONDITION, "httpHeader", lit(c.headerName()), CdkExpr.strings(c.values()));
            case HTTP_REQUEST_METHOD -> staticCall(CONDITION, "httpRequestMethods", CdkExpr.strings(c.values()));
            case SOURCE_IP -> staticCall(CONDITION, "sourceIps", CdkExpr.strings(c.values()));
            case QUERY_STRING -> staticCall(CONDITION, "queryStrings", CdkExpr.list(queryPairs(c.queryValues())));
        };
    }

    private static List<CdkExpr> queryPairs(List<QueryPair> pairs) {
        return pairs.stream().map(p -> (CdkExpr) new CdkExpr.Struct(CdkType.elbv2("QueryStringCondition"),
                CdkProps.of().lit("key", p.key()).lit("value", p.value()).map())).toList();
    }
}
