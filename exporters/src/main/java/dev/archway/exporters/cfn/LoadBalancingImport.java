package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.ResourceRef;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** EC2 instances, load balancers and target groups from their resources. */
final class LoadBalancingImport {
    private final ImportContext cx;
    private final ImplicitElements places;

    LoadBalancingImport(ImportContext cx, ImplicitElements places) {
        this.cx = cx;
        this.places = places;
    }

    void instances() {
        for (String lid : cx.free("AWS::EC2::Instance")) {
            try {
                ImportedProps p = cx.props(lid);
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
                cx.keep(lid, e);
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
                ImportedProps p = cx.props(lid);
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
                    ImportedProps e = cx.props(eips.get(i));
                    e.fixed("Domain", "vpc");
                    e.dropDependsOnTypes(NetworkImport.ATTACHMENT);
                    cx.absorb(lb.id(), lid, "Eip:" + i, lid + "Eip" + (i + 1), e);
                }
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
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
            Object v = kv.get("Value");
            // a bucket or name of another resource, known at deploy time: the model shows which (export writes the
            // expression back while the attribute is unchanged)
            Object shown = v instanceof Intrinsics.ResourceRef || v instanceof Intrinsics.External
                    ? Explain.brief(v) : Intrinsics.literal(v);
            out.put(String.valueOf(Intrinsics.literal(kv.get("Key"))), String.valueOf(shown));
        }
        return out;
    }

    void targetGroups() {
        for (String lid : cx.free("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            try {
                ImportedProps p = cx.props(lid);
                String targetType = p.string("TargetType");
                TargetType tt = targetType == null ? TargetType.INSTANCE
                        : TargetType.valueOf(targetType.toUpperCase(Locale.ROOT));
                boolean lambda = tt == TargetType.LAMBDA;
                Vpc vpc = lambda ? null : p.ref("VpcId", Vpc.class);
                // the ALB invokes a Lambda function with the request as an HTTP event; the group has no protocol
                Protocol protocol = lambda ? Protocol.HTTP : Protocol.valueOf(p.string("Protocol"));
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
                cx.addTyped(lid, new TargetGroup(cx.elementId(lid), cx.name(lid), vpc == null ? null : vpc.id(), protocol,
                        port == null ? 0 : port, tt, hc, attributes, targets), p);
            } catch (Unresolved | RuntimeException e) {
                cx.keep(lid, e);
            }
        }
    }

    private TargetRegistration target(Map<String, Object> t, String tgLid, TargetType type, int index)
            throws Unresolved {
        Integer port = ImportedProps.toInt(t.get("Port"));
        Object id = t.get("Id");
        if (type == TargetType.INSTANCE) {
            return new TargetRegistration(cx.referenced(id, Ec2Instance.class).id(), port);
        }
        if (type == TargetType.ALB) {
            return new TargetRegistration(cx.referenced(id, LoadBalancer.class).id(), port);
        }
        if (type == TargetType.LAMBDA) {
            if (!(id instanceof ResourceRef r) || !String.valueOf(cx.typeOf(r.logicalId())).startsWith("AWS::Lambda::")) {
                throw new Unresolved("Lambda target " + Explain.brief(id) + " is no function of this template");
            }
            return new TargetRegistration(cx.elementId(r.logicalId()), null); // the function, kept as written
        }
        // an address given at deploy time is the Parameter's name in braces, as a certificate's domain is
        String ip = id instanceof Intrinsics.External x && x.key().startsWith("Ref:") ? "{" + x.name() + "}"
                : String.valueOf(Intrinsics.literal(id));
        IpTarget target = places.ipTarget(ip, tgLid, index);
        return new TargetRegistration(target.id(), port);
    }

    private HealthCheck healthCheck(ImportedProps p, Protocol protocol) throws Unresolved {
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
}
