package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Certificate;
import dev.archway.model.lb.ConditionField;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.FixedResponseConfig;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** EC2 instances, load balancers, target groups, listeners and rules from their resources. */
final class LoadBalancingImport {
    private final ImportContext cx;
    private final Placement places;

    LoadBalancingImport(ImportContext cx, Placement places) {
        this.cx = cx;
        this.places = places;
    }

    void instances() {
        for (String lid : cx.free("AWS::EC2::Instance")) {
            try {
                Props p = cx.props(lid);
                String image = p.string("ImageId");
                String type = p.string("InstanceType");
                Subnet subnet;
                List<String> groups;
                String privateIp;
                boolean publicIp = false;
                if (p.has("NetworkInterfaces")) {
                    List<Object> nics = Cfn.asList(p.value("NetworkInterfaces"));
                    Map<String, Object> nic = nics != null && nics.size() == 1 ? Cfn.asMap(nics.get(0)) : null;
                    if (nic == null || !Set.of("DeviceIndex", "AssociatePublicIpAddress", "SubnetId", "GroupSet",
                            "PrivateIpAddress").containsAll(nic.keySet()) || p.has("SubnetId")) {
                        throw new Unresolved("network interfaces the model does not draw");
                    }
                    publicIp = Boolean.parseBoolean(String.valueOf(nic.get("AssociatePublicIpAddress")));
                    subnet = nic.get("SubnetId") == null ? null : cx.referenced(nic.get("SubnetId"), Subnet.class);
                    groups = idsOf(nic.get("GroupSet"), SecurityGroup.class);
                    privateIp = nic.get("PrivateIpAddress") == null ? null
                            : String.valueOf(Intrinsics.literal(nic.get("PrivateIpAddress")));
                } else {
                    subnet = p.optionalRef("SubnetId", Subnet.class);
                    groups = p.refs("SecurityGroupIds", SecurityGroup.class);
                    privateIp = p.string("PrivateIpAddress");
                }
                p.dropDependsOnTypes(NetworkImport.ATTACHMENT);
                cx.addTyped(lid, new Ec2Instance(cx.elementId(lid), cx.name(lid), subnet == null ? null : subnet.id(),
                        groups, type, image, privateIp, publicIp), p);
            } catch (Unresolved | RuntimeException e) {
                // opaque
            }
        }
    }

    private <T extends dev.archway.model.Element> List<String> idsOf(Object value, Class<T> type) throws Unresolved {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<Object> items = Cfn.asList(value);
        if (items == null) {
            throw new Unresolved("not a list");
        }
        for (Object item : items) {
            out.add(cx.referenced(item, type).id());
        }
        return out;
    }

    void loadBalancers() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
            try {
                Props p = cx.props(lid);
                String type = p.string("Type");
                if (type != null && !type.equals("application") && !type.equals("network")) {
                    throw new Unresolved("gateway load balancer");
                }
                String scheme = p.string("Scheme");
                List<String> subnets = new ArrayList<>();
                List<String> eips = new ArrayList<>();
                if (p.has("SubnetMappings")) {
                    for (Object m : Cfn.asList(p.value("SubnetMappings"))) {
                        Map<String, Object> mapping = Cfn.asMap(m);
                        if (mapping == null || !Set.of("SubnetId", "AllocationId").containsAll(mapping.keySet())) {
                            throw new Unresolved("subnet mapping the model does not draw");
                        }
                        subnets.add(cx.referenced(mapping.get("SubnetId"), Subnet.class).id());
                        Object alloc = mapping.get("AllocationId");
                        if (alloc != null) {
                            if (!(alloc instanceof ResourceRef r) || !"AWS::EC2::EIP".equals(cx.typeOf(r.logicalId()))
                                    || !cx.isFree(r.logicalId()) || eips.size() != subnets.size() - 1) {
                                throw new Unresolved("allocation is not an EIP of this template");
                            }
                            eips.add(r.logicalId());
                        }
                    }
                } else {
                    subnets = p.refs("Subnets", Subnet.class);
                }
                List<String> groups = p.refs("SecurityGroups", SecurityGroup.class);
                Map<String, String> attributes = keyValues(p.value("LoadBalancerAttributes"));
                Subnet first = subnets.isEmpty() ? null : cx.typedById(subnets.get(0), Subnet.class);
                List<String> addresses = new ArrayList<>(eips);
                List<Object> kept = Cfn.asList(cx.metadata.field(lid, "ElasticIps"));
                if (kept != null && kept.size() == eips.size()) {
                    addresses.clear();
                    kept.forEach(a -> addresses.add(String.valueOf(a)));
                }
                p.dropDependsOnTypes(NetworkImport.ATTACHMENT);
                LoadBalancer lb = new LoadBalancer(cx.elementId(lid), cx.name(lid), first == null ? null
                        : first.vpcId(), "network".equals(type) ? LbType.NETWORK : LbType.APPLICATION,
                        "internal".equals(scheme) ? Scheme.INTERNAL : Scheme.INTERNET_FACING, subnets, groups,
                        attributes, addresses);
                cx.addTyped(lid, lb, p);
                for (int i = 0; i < eips.size(); i++) {
                    Props e = cx.props(eips.get(i));
                    e.fixed("Domain", "vpc");
                    e.dropDependsOnTypes(NetworkImport.ATTACHMENT);
                    cx.absorb(lb.id(), lid, "Eip:" + i, lid + "Eip" + (i + 1), e);
                }
            } catch (Unresolved | RuntimeException e) {
                // opaque
            }
        }
    }

    private static Map<String, String> keyValues(Object value) throws Unresolved {
        Map<String, String> out = new LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        for (Object o : Cfn.asList(value)) {
            Map<String, Object> kv = Cfn.asMap(o);
            out.put(String.valueOf(Intrinsics.literal(kv.get("Key"))), String.valueOf(Intrinsics.literal(kv.get("Value"))));
        }
        return out;
    }

    void targetGroups() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            try {
                Props p = cx.props(lid);
                String targetType = p.string("TargetType");
                TargetType tt = targetType == null ? TargetType.INSTANCE
                        : TargetType.valueOf(targetType.toUpperCase(Locale.ROOT));
                if (tt == TargetType.LAMBDA || tt == TargetType.ALB) {
                    throw new Unresolved("lambda and alb targets are not drawn");
                }
                Vpc vpc = p.ref("VpcId", Vpc.class);
                Protocol protocol = Protocol.valueOf(p.string("Protocol"));
                Integer port = p.integer("Port");
                HealthCheck hc = healthCheck(p, protocol);
                Map<String, String> attributes = keyValues(p.value("TargetGroupAttributes"));
                List<TargetRegistration> targets = new ArrayList<>();
                Object raw = p.value("Targets");
                if (raw != null) {
                    for (Object t : Cfn.asList(raw)) {
                        targets.add(target(Cfn.asMap(t), lid, tt, targets.size()));
                    }
                }
                cx.addTyped(lid, new TargetGroup(cx.elementId(lid), cx.name(lid), vpc.id(), protocol,
                        port == null ? 0 : port, tt, hc, attributes, targets), p);
            } catch (Unresolved | RuntimeException e) {
                // opaque
            }
        }
    }

    private TargetRegistration target(Map<String, Object> t, String tgLid, TargetType type, int index)
            throws Unresolved {
        Integer port = Props.toInt(t.get("Port"));
        Object id = t.get("Id");
        if (type == TargetType.INSTANCE) {
            return new TargetRegistration(cx.referenced(id, Ec2Instance.class).id(), port);
        }
        String ip = String.valueOf(Intrinsics.literal(id));
        IpTarget target = places.ipTarget(ip, tgLid, index);
        return new TargetRegistration(target.id(), port);
    }

    private HealthCheck healthCheck(Props p, Protocol protocol) throws Unresolved {
        List<String> keys = List.of("HealthCheckProtocol", "HealthCheckPort", "HealthCheckPath",
                "HealthCheckIntervalSeconds", "HealthCheckTimeoutSeconds", "HealthyThresholdCount",
                "UnhealthyThresholdCount", "Matcher");
        if (keys.stream().noneMatch(p::has)) {
            return null;
        }
        String hcProtocol = p.string("HealthCheckProtocol");
        hcProtocol = hcProtocol == null ? (protocol.isHttp() ? protocol.name() : "TCP") : hcProtocol;
        boolean http = hcProtocol.startsWith("HTTP");
        String port = p.string("HealthCheckPort");
        Integer hcPort = port == null || port.equals("traffic-port") ? null : Integer.valueOf(port);
        String path = p.string("HealthCheckPath");
        Integer interval = p.integer("HealthCheckIntervalSeconds");
        Integer timeout = p.integer("HealthCheckTimeoutSeconds");
        Integer healthy = p.integer("HealthyThresholdCount");
        Integer unhealthy = p.integer("UnhealthyThresholdCount");
        Map<String, Object> matcher = Cfn.asMap(p.value("Matcher"));
        String code = matcher == null || matcher.get("HttpCode") == null ? (http ? "200" : null)
                : String.valueOf(matcher.get("HttpCode"));
        return new HealthCheck(hcProtocol, hcPort, http ? (path == null ? "/" : path) : path,
                interval == null ? 30 : interval, timeout == null ? (http ? 5 : 10) : timeout,
                healthy == null ? 5 : healthy, unhealthy == null ? 2 : unhealthy, code);
    }

    void listeners() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::Listener")) {
            try {
                Props p = cx.props(lid);
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
                // opaque
            }
        }
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::ListenerCertificate")) {
            try {
                Props p = cx.props(lid);
                Object listenerRef = p.value("ListenerArn");
                Listener l = cx.referenced(listenerRef, Listener.class);
                String listenerLid = (String) Props.refTarget(listenerRef);
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
                // opaque
            }
        }
    }

    void rules() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            try {
                Props p = cx.props(lid);
                Listener l = p.ref("ListenerArn", Listener.class);
                Integer priority = p.integer("Priority");
                List<RuleCondition> conditions = new ArrayList<>();
                for (Object c : Cfn.asList(p.value("Conditions"))) {
                    conditions.add(condition(Cfn.asMap(c)));
                }
                List<Action> actions = actions(p.value("Actions"));
                cx.addTyped(lid, new ListenerRule(cx.elementId(lid), cx.name(lid), l.id(), priority, conditions,
                        actions), p);
            } catch (Unresolved | RuntimeException e) {
                // opaque
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
        Integer order = Props.toInt(a.get("Order"));
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
                            Props.toInt(m.get("Weight"))));
                }
                Map<String, Object> st = Cfn.asMap(fc.get("TargetGroupStickinessConfig"));
                Boolean sticky = st == null || st.get("Enabled") == null ? null
                        : Boolean.valueOf(String.valueOf(st.get("Enabled")));
                return new Action(type, order, groups, sticky, st == null ? null : Props.toInt(st.get("DurationSeconds")),
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
