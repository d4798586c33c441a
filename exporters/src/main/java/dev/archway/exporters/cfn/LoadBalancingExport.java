package dev.archway.exporters.cfn;

import dev.archway.model.OpaqueResource;
import dev.archway.model.lb.Action;
import dev.archway.model.lb.ActionType;
import dev.archway.model.lb.Ec2Instance;
import dev.archway.model.lb.EcsService;
import dev.archway.model.lb.FixedResponseConfig;
import dev.archway.model.lb.HealthCheck;
import dev.archway.model.lb.IpTarget;
import dev.archway.model.lb.LaunchType;
import dev.archway.model.lb.NetworkMode;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.ListenerRule;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.QueryPair;
import dev.archway.model.lb.RedirectConfig;
import dev.archway.model.lb.RuleCondition;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetRegistration;
import dev.archway.model.lb.TargetType;
import dev.archway.model.lb.WeightedTargetGroup;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Load balancers, listeners, rules, target groups and their targets (instances, IPs, ECS services). */
final class LoadBalancingExport {
    private final ExportContext cx;
    private final NetworkExport network;

    LoadBalancingExport(ExportContext cx, NetworkExport network) {
        this.cx = cx;
        this.network = network;
    }

    void loadBalancer(LoadBalancer lb) {
        Map<String, Object> props = Cfn.map("Type", lb.isApplication() ? "application" : "network", "Scheme",
                lb.internetFacing() ? "internet-facing" : "internal");
        if (lb.elasticIps().isEmpty()) {
            props.put("Subnets", cx.refs(lb.subnetIds()));
        } else {
            List<Object> mappings = new ArrayList<>();
            for (int i = 0; i < lb.subnetIds().size(); i++) {
                Object allocation = null;
                if (i < lb.elasticIps().size()) {
                    String eip = cx.auxId(lb.id(), "Eip:" + i, "Eip" + (i + 1));
                    cx.addAux(lb.id(), "Eip:" + i, eip, "AWS::EC2::EIP", Cfn.map("Domain", "vpc"),
                            network.attachmentOf(lb.vpcId()));
                    allocation = Cfn.getAtt(eip, "AllocationId");
                }
                mappings.add(Cfn.map("SubnetId", cx.ref(lb.subnetIds().get(i)), "AllocationId", allocation));
            }
            props.put("SubnetMappings", mappings);
        }
        if (!lb.securityGroupIds().isEmpty()) {
            props.put("SecurityGroups", cx.groupIds(lb.securityGroupIds()));
        }
        if (!lb.attributes().isEmpty()) {
            props.put("LoadBalancerAttributes", keyValues(lb.attributes()));
        }
        cx.add(lb.id(), cx.lid(lb.id()), "AWS::ElasticLoadBalancingV2::LoadBalancer", props,
                lb.internetFacing() ? network.attachmentOf(lb.vpcId()) : List.of());
        cx.output(lb.id(), cx.lid(lb.id()) + "DnsName", "DNS name of " + lb.name(), Cfn.getAtt(cx.lid(lb.id()), "DNSName"));
    }

    private static List<Object> keyValues(Map<String, String> attributes) {
        List<Object> out = new ArrayList<>();
        attributes.forEach((k, v) -> out.add(Cfn.map("Key", k, "Value", v)));
        return out;
    }

    void listener(Listener l) {
        Map<String, Object> props = Cfn.map("LoadBalancerArn", cx.ref(l.loadBalancerId()), "Protocol",
                l.protocol().name(), "Port", l.port());
        if (!l.certificateIds().isEmpty()) {
            props.put("Certificates", List.of(Cfn.map("CertificateArn", cx.ref(l.certificateIds().get(0)))));
        }
        props.put("SslPolicy", l.sslPolicy());
        props.values().removeIf(v -> v == null);
        props.put("DefaultActions", actions(l.defaultActions()));
        cx.add(l.id(), cx.lid(l.id()), "AWS::ElasticLoadBalancingV2::Listener", props, List.of());
        for (int i = 1; i < l.certificateIds().size(); i++) {
            String role = "Certificate:" + i;
            cx.addAux(l.id(), role, cx.auxId(l.id(), role, "Certificate" + (i + 1)),
                    "AWS::ElasticLoadBalancingV2::ListenerCertificate", Cfn.map("ListenerArn", cx.ref(l.id()),
                            "Certificates", List.of(Cfn.map("CertificateArn", cx.ref(l.certificateIds().get(i))))),
                    List.of());
        }
    }

    void rule(ListenerRule r) {
        List<Object> conditions = new ArrayList<>();
        r.conditions().forEach(c -> conditions.add(condition(c)));
        cx.add(r.id(), cx.lid(r.id()), "AWS::ElasticLoadBalancingV2::ListenerRule", Cfn.map("ListenerArn",
                cx.ref(r.listenerId()), "Priority", r.priority(), "Conditions", conditions, "Actions",
                actions(r.actions()), "Transforms", RuleTransforms.write(r.transforms())), List.of());
    }

    private Map<String, Object> condition(RuleCondition c) {
        Map<String, Object> out = Cfn.map("Field", c.field().awsName());
        List<Object> regex = c.regexValues().isEmpty() ? null : new ArrayList<>(c.regexValues());
        List<Object> values = c.values().isEmpty() ? null : new ArrayList<>(c.values());
        switch (c.field()) {
            case HOST_HEADER -> out.put("HostHeaderConfig", Cfn.map("Values", values, "RegexValues", regex));
            case PATH_PATTERN -> out.put("PathPatternConfig", Cfn.map("Values", values, "RegexValues", regex));
            case HTTP_HEADER -> out.put("HttpHeaderConfig", Cfn.map("HttpHeaderName", c.headerName(), "Values",
                    values, "RegexValues", regex));
            case HTTP_REQUEST_METHOD -> out.put("HttpRequestMethodConfig", Cfn.map("Values", values));
            case QUERY_STRING -> {
                List<Object> pairs = new ArrayList<>();
                for (QueryPair p : c.queryValues()) {
                    pairs.add(Cfn.map("Key", p.key(), "Value", p.value()));
                }
                out.put("QueryStringConfig", Cfn.map("Values", pairs));
            }
            case SOURCE_IP -> out.put("SourceIpConfig", Cfn.map("Values", values));
            default -> throw new IllegalStateException("unknown condition " + c.field());
        }
        return out;
    }

    private List<Object> actions(List<Action> actions) {
        List<Object> out = new ArrayList<>();
        actions.forEach(a -> out.add(action(a)));
        return out;
    }

    private Map<String, Object> action(Action a) {
        Map<String, Object> out = Cfn.map("Type", a.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                "Order", a.order());
        if (a.type() == ActionType.FORWARD) {
            boolean simple = a.forward().size() == 1 && a.forward().get(0).weight() == null && a.stickiness() == null;
            if (simple) {
                out.put("TargetGroupArn", cx.ref(a.forward().get(0).targetGroupId()));
            } else {
                List<Object> groups = new ArrayList<>();
                for (WeightedTargetGroup g : a.forward()) {
                    groups.add(Cfn.map("TargetGroupArn", cx.ref(g.targetGroupId()), "Weight", g.weight()));
                }
                Map<String, Object> stickiness = a.stickiness() == null ? null
                        : Cfn.map("Enabled", a.stickiness(), "DurationSeconds", a.stickinessSeconds());
                out.put("ForwardConfig", Cfn.map("TargetGroups", groups, "TargetGroupStickinessConfig", stickiness));
            }
        } else if (a.type() == ActionType.REDIRECT) {
            RedirectConfig r = a.redirect();
            out.put("RedirectConfig", Cfn.map("Protocol", r.protocol(), "Host", r.host(), "Port", r.port(), "Path",
                    r.path(), "Query", r.query(), "StatusCode", r.statusCode()));
        } else if (a.type() == ActionType.FIXED_RESPONSE) {
            FixedResponseConfig f = a.fixedResponse();
            out.put("FixedResponseConfig", Cfn.map("StatusCode", f.statusCode(), "ContentType", f.contentType(),
                    "MessageBody", f.messageBody()));
        } else {
            String key = a.type() == ActionType.AUTHENTICATE_OIDC ? "AuthenticateOidcConfig"
                    : "AuthenticateCognitoConfig";
            out.put(key, Cfn.copy(a.config()));
        }
        return out;
    }

    void targetGroup(TargetGroup tg) {
        boolean lambda = tg.targetType() == TargetType.LAMBDA; // a function's group has no VPC, protocol or port
        Map<String, Object> props = Cfn.map("VpcId", lambda || tg.vpcId() == null ? null
                : cx.ref(tg.vpcId()), "Protocol", lambda ? null : tg.protocol().name(), "Port", lambda ? null
                        : tg.port(), "TargetType", tg.targetType().name().toLowerCase(Locale.ROOT));
        HealthCheck hc = tg.healthCheck();
        if (hc != null) {
            boolean http = hc.protocol().startsWith("HTTP");
            props.putAll(Cfn.map("HealthCheckProtocol", hc.protocol(), "HealthCheckPort",
                    hc.port() == null ? null : String.valueOf(hc.port()), "HealthCheckPath", http ? hc.path() : null,
                    "HealthCheckIntervalSeconds", hc.intervalSeconds(), "HealthCheckTimeoutSeconds",
                    hc.timeoutSeconds(), "HealthyThresholdCount", hc.healthyThreshold(), "UnhealthyThresholdCount",
                    hc.unhealthyThreshold(), "Matcher", http && hc.matcher() != null
                            ? Cfn.map("HttpCode", hc.matcher()) : null));
        }
        if (!tg.attributes().isEmpty()) {
            props.put("TargetGroupAttributes", keyValues(tg.attributes()));
        }
        List<Object> targets = new ArrayList<>();
        for (TargetRegistration reg : tg.targets()) {
            Object target = cx.design.get(reg.targetId());
            if (target instanceof Ec2Instance) {
                targets.add(Cfn.map("Id", cx.ref(reg.targetId()), "Port", reg.port()));
            } else if (target instanceof LoadBalancer) {
                targets.add(Cfn.map("Id", cx.ref(reg.targetId()), "Port", reg.port()));
            } else if (target instanceof OpaqueResource function) {
                targets.add(Cfn.map("Id", Cfn.getAtt(cx.lid(function.id()), "Arn")));
            } else if (target instanceof IpTarget ip) {
                targets.add(Cfn.map("Id", ip.ip(), "Port", reg.port(), "AvailabilityZone",
                        ip.subnetId() == null ? "all" : null));
            }
        }
        if (!targets.isEmpty()) {
            props.put("Targets", targets);
        }
        cx.add(tg.id(), cx.lid(tg.id()), "AWS::ElasticLoadBalancingV2::TargetGroup", props, List.of());
    }

    void instance(Ec2Instance i) {
        String image = i.imageId() == null ? null : cx.parameter("ImageId", i.imageId().startsWith("/")
                ? "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>" : "AWS::EC2::Image::Id",
                "AMI of the instances", i.imageId());
        Map<String, Object> props = Cfn.map("ImageId", image == null ? null : Cfn.ref(image), "InstanceType",
                i.instanceType());
        if (i.publicIp()) {
            props.put("NetworkInterfaces", List.of(Cfn.map("DeviceIndex", "0", "AssociatePublicIpAddress", true,
                    "SubnetId", i.subnetId() == null ? null : cx.ref(i.subnetId()), "GroupSet",
                    cx.groupIds(i.securityGroupIds()), "PrivateIpAddress", i.privateIp())));
        } else {
            props.putAll(Cfn.map("SubnetId", i.subnetId() == null ? null : cx.ref(i.subnetId()), "SecurityGroupIds",
                    i.securityGroupIds().isEmpty() ? null : cx.groupIds(i.securityGroupIds()), "PrivateIpAddress",
                    i.privateIp()));
        }
        Subnet subnet = cx.design.get(i.subnetId(), Subnet.class);
        boolean needsGateway = i.publicIp() || (subnet != null && subnet.mapPublicIpOnLaunch());
        cx.add(i.id(), cx.lid(i.id()), "AWS::EC2::Instance", props,
                needsGateway && subnet != null ? network.attachmentOf(subnet.vpcId()) : List.of());
    }

    void ecsService(EcsService s, Map<String, String> clusters) {
        Map<String, Object> props = new java.util.LinkedHashMap<>();
        props.put("Cluster", clusters.containsKey(s.cluster()) ? Cfn.ref(clusters.get(s.cluster())) : s.cluster());
        props.put("LaunchType", s.launchType().name());
        props.put("DesiredCount", s.desiredCount());
        if (!cx.hasExtra(s.id(), "TaskDefinition")) {
            String taskDef = cx.auxId(s.id(), "TaskDefinition", "TaskDefinition");
            cx.addAux(s.id(), "TaskDefinition", taskDef, "AWS::ECS::TaskDefinition", taskDefinition(s), List.of());
            props.put("TaskDefinition", Cfn.ref(taskDef));
        }
        if (!s.onContainerInstances()) {
            props.put("NetworkConfiguration", Cfn.map("AwsvpcConfiguration", Cfn.map("AssignPublicIp",
                    s.assignPublicIp() ? "ENABLED" : "DISABLED", "SecurityGroups", cx.groupIds(s.securityGroupIds()),
                    "Subnets", cx.refs(s.subnetIds()))));
        }
        List<Object> lbs = new ArrayList<>();
        Set<String> dependsOn = new LinkedHashSet<>();
        for (TargetGroup tg : cx.design.all(TargetGroup.class)) {
            if (tg.targetIds().contains(s.id())) {
                lbs.add(Cfn.map("ContainerName", s.containerName(), "ContainerPort", s.containerPort(),
                        "TargetGroupArn", cx.ref(tg.id())));
                dependsOn.addAll(forwardersOf(tg));
            }
        }
        if (!lbs.isEmpty()) {
            props.put("LoadBalancers", lbs);
        }
        cx.add(s.id(), cx.lid(s.id()), "AWS::ECS::Service", props, new ArrayList<>(dependsOn));
    }

    /**
     * The task definition generated for a service; import recognises it by comparing with this. In bridge mode the
     * container's port is mapped to a dynamic host port (host port 0), in host mode to the same port.
     */
    static Map<String, Object> taskDefinition(EcsService s) {
        String compat = s.launchType() == LaunchType.FARGATE ? "FARGATE" : "EC2";
        Object hostPort = s.networkMode() == NetworkMode.BRIDGE ? 0 : null;
        return Cfn.map("RequiresCompatibilities", List.of(compat), "NetworkMode", s.networkMode().awsName(), "Cpu",
                "256", "Memory", "512", "ContainerDefinitions", List.of(Cfn.map("Name", s.containerName(), "Image",
                        s.image(), "Essential", true, "PortMappings", List.of(Cfn.map("ContainerPort",
                                s.containerPort(), "HostPort", hostPort)))));
    }

    /** Listeners and rules that forward to the group: an ECS service must wait for them (CloudFormation docs). */
    private List<String> forwardersOf(TargetGroup tg) {
        List<String> out = new ArrayList<>();
        for (Listener l : cx.design.all(Listener.class)) {
            if (!cx.isExternal(l.id()) && l.defaultActions().stream().anyMatch(a -> a.targetGroupIds().contains(tg.id()))) {
                out.add(cx.lid(l.id()));
            }
        }
        for (ListenerRule r : cx.design.all(ListenerRule.class)) {
            if (!cx.isExternal(r.id()) && r.actions().stream().anyMatch(a -> a.targetGroupIds().contains(tg.id()))) {
                out.add(cx.lid(r.id()));
            }
        }
        return out;
    }
}
