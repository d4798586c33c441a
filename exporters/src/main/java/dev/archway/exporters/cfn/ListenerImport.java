package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.FixedResponseConfig;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.WeightedTargetGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Listeners, their extra certificates and rules, with their conditions and actions. */
final class ListenerImport {
    private final ImportContext cx;

    ListenerImport(ImportContext cx) {
        this.cx = cx;
    }

    void listeners() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::Listener")) {
            try {
                ImportedProps p = cx.props(lid);
                LoadBalancer lb = p.ref("LoadBalancerArn", LoadBalancer.class);
                String protocolText = p.string("Protocol");
                Protocol protocol = protocolText == null ? (lb.isApplication() ? Protocol.HTTP : Protocol.TCP)
                        : Protocol.valueOf(protocolText);
                Integer port = p.integer("Port");
                List<String> certs = new ArrayList<>();
                Object certificates = p.value("Certificates");
                if (certificates != null) {
                    for (Object c : Cfn.asList(certificates)) {
                        Map<String, Object> m = Cfn.asMap(c);
                        certs.add(cx.referenced(m.get("CertificateArn"), Certificate.class).id());
                    }
                }
                String policy = p.string("SslPolicy");
                List<Action> actions = actions(p.value("DefaultActions"));
                cx.addTyped(lid, new Listener(cx.elementId(lid), cx.name(lid), lb.id(), protocol,
                        port == null ? 0 : port, certs, policy, actions), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::ListenerCertificate")) {
            try {
                ImportedProps p = cx.props(lid);
                Object listenerRef = p.value("ListenerArn");
                Listener l = cx.referenced(listenerRef, Listener.class);
                String listenerLid = (String) ImportedProps.refTarget(listenerRef);
                List<Object> certs = Cfn.asList(p.value("Certificates"));
                if (certs == null || certs.size() != 1 || l.certificateIds().isEmpty()) {
                    throw new Unresolved("one certificate per listener certificate resource");
                }
                String cert = cx.referenced(Cfn.asMap(certs.get(0)).get("CertificateArn"), Certificate.class).id();
                List<String> all = new ArrayList<>(l.certificateIds());
                all.add(cert);
                cx.typed.put(listenerLid, l.withCertificates(all));
                int i = all.size() - 1;
                cx.absorb(l.id(), listenerLid, "Certificate:" + i, listenerLid + "Certificate" + (i + 1), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    void rules() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            try {
                ImportedProps p = cx.props(lid);
                Listener l = p.ref("ListenerArn", Listener.class);
                Integer priority = p.integer("Priority");
                List<RuleCondition> conditions = new ArrayList<>();
                for (Object c : Cfn.asList(p.value("Conditions"))) {
                    conditions.add(condition(Cfn.asMap(c)));
                }
                List<Action> actions = actions(p.value("Actions"));
                cx.addTyped(lid, new ListenerRule(cx.elementId(lid), cx.name(lid), l.id(), priority, conditions,
                        actions, RuleTransforms.read(p.value("Transforms"))), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private RuleCondition condition(Map<String, Object> c) throws Unresolved {
        ConditionField field = ConditionField.fromAwsName(String.valueOf(c.get("Field")));
        String configKey = switch (field) {
            case HOST_HEADER -> "HostHeaderConfig";
            case PATH_PATTERN -> "PathPatternConfig";
            case HTTP_HEADER -> "HttpHeaderConfig";
            case HTTP_REQUEST_METHOD -> "HttpRequestMethodConfig";
            case QUERY_STRING -> "QueryStringConfig";
            case SOURCE_IP -> "SourceIpConfig";
        };
        Map<String, Object> config = Cfn.asMap(c.get(configKey));
        if (config == null) {
            config = Map.of("Values", c.getOrDefault("Values", List.of()));
        }
        if (field == ConditionField.QUERY_STRING) {
            List<QueryPair> pairs = new ArrayList<>();
            for (Object o : Cfn.asList(config.get("Values"))) {
                Map<String, Object> kv = Cfn.asMap(o);
                pairs.add(new QueryPair(kv.get("Key") == null ? null : String.valueOf(kv.get("Key")),
                        String.valueOf(kv.get("Value"))));
            }
            return new RuleCondition(field, null, List.of(), pairs, List.of());
        }
        String header = config.get("HttpHeaderName") == null ? null : String.valueOf(config.get("HttpHeaderName"));
        return new RuleCondition(field, header, strings(config.get("Values")), List.of(),
                strings(config.get("RegexValues")));
    }

    private static List<String> strings(Object value) throws Unresolved {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (Object o : Cfn.asList(value)) {
                out.add(String.valueOf(Intrinsics.literal(o)));
            }
        }
        return out;
    }

    private List<Action> actions(Object value) throws Unresolved {
        List<Action> out = new ArrayList<>();
        for (Object o : Cfn.asList(value)) {
            out.add(action(Cfn.asMap(o)));
        }
        return out;
    }

    private Action action(Map<String, Object> a) throws Unresolved {
        ActionType type = ActionType.valueOf(String.valueOf(a.get("Type")).toUpperCase(Locale.ROOT).replace('-', '_'));
        Integer order = ImportedProps.toInt(a.get("Order"));
        switch (type) {
            case FORWARD: {
                Map<String, Object> fc = Cfn.asMap(a.get("ForwardConfig"));
                if (fc == null) {
                    String tg = cx.referenced(a.get("TargetGroupArn"), TargetGroup.class).id();
                    return new Action(type, order, List.of(new WeightedTargetGroup(tg, null)), null, null, null, null,
                            null);
                }
                List<WeightedTargetGroup> groups = new ArrayList<>();
                for (Object g : Cfn.asList(fc.get("TargetGroups"))) {
                    Map<String, Object> m = Cfn.asMap(g);
                    groups.add(new WeightedTargetGroup(cx.referenced(m.get("TargetGroupArn"), TargetGroup.class).id(),
                            ImportedProps.toInt(m.get("Weight"))));
                }
                Map<String, Object> st = Cfn.asMap(fc.get("TargetGroupStickinessConfig"));
                Boolean sticky = st == null || st.get("Enabled") == null ? null
                        : Boolean.valueOf(String.valueOf(st.get("Enabled")));
                return new Action(type, order, groups, sticky,
                        st == null ? null : ImportedProps.toInt(st.get("DurationSeconds")),
                        null, null, null);
            }
            case REDIRECT: {
                Map<String, Object> r = Cfn.asMap(a.get("RedirectConfig"));
                return new Action(type, order, List.of(), null, null, new RedirectConfig(str(r, "Protocol"),
                        str(r, "Host"), str(r, "Port"), str(r, "Path"), str(r, "Query"), str(r, "StatusCode")), null,
                        null);
            }
            case FIXED_RESPONSE: {
                Map<String, Object> f = Cfn.asMap(a.get("FixedResponseConfig"));
                return new Action(type, order, List.of(), null, null, null, new FixedResponseConfig(
                        str(f, "StatusCode"), str(f, "ContentType"), str(f, "MessageBody")), null);
            }
            default: {
                String key = type == ActionType.AUTHENTICATE_OIDC ? "AuthenticateOidcConfig" : "AuthenticateCognitoConfig";
                return new Action(type, order, List.of(), null, null, null, null, Cfn.asMap(a.get(key)));
            }
        }
    }

    private static String str(Map<String, Object> m, String key) throws Unresolved {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(Intrinsics.literal(v));
    }
}
