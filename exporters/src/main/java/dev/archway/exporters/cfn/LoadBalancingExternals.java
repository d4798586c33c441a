package dev.archway.exporters.cfn;

import dev.archway.exporters.cfn.Intrinsics.External;
import dev.archway.exporters.cfn.Intrinsics.Unresolved;
import dev.archway.model.Element;
import dev.archway.model.lb.LbType;
import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.lb.Protocol;
import dev.archway.model.lb.Scheme;
import dev.archway.model.lb.TargetGroup;
import dev.archway.model.lb.TargetType;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.Map;

/**
 * Load-balancing resources another stack owns ({@code ListenerArn: !ImportValue ...}, a target group or load
 * balancer by its ARN): what the model draws for them, so that the listener rule or ECS service using them is
 * modelled. A listener is assumed HTTP:80 on an internet-facing Application Load Balancer, which stands in two
 * subnets of its VPC; a target group is assumed HTTP:80 with IP targets (what ECS tasks on awsvpc register).
 */
final class LoadBalancingExternals {
    private LoadBalancingExternals() {
    }

    static Element make(ExternalElements externals, External x, Class<?> type, String id, String name,
            Map<String, Object> assumed) throws Unresolved {
        if (type == Listener.class) {
            LoadBalancer lb = externals.helper("LoadBalancerOf:" + x.key(), "load balancer of " + x.name(),
                    LoadBalancer.class);
            assumed.putAll(Cfn.map("Protocol", "HTTP", "Port", 80));
            return new Listener(id, name, lb.id(), Protocol.HTTP, 80, List.of(), null, List.of());
        }
        Vpc vpc = externals.vpcFor(x);
        if (type == LoadBalancer.class) {
            List<String> subnets = List.of(
                    externals.helperSubnet("SubnetOf:" + x.key() + "[0]", "subnet 1 of " + x.name(), vpc).id(),
                    externals.helperSubnet("SubnetOf:" + x.key() + "[1]", "subnet 2 of " + x.name(), vpc).id());
            assumed.putAll(Cfn.map("Type", "application", "Scheme", "internet-facing"));
            return new LoadBalancer(id, name, vpc.id(), LbType.APPLICATION, Scheme.INTERNET_FACING, subnets,
                    List.of(), Map.of(), List.of());
        }
        assumed.putAll(Cfn.map("Protocol", "HTTP", "Port", 80, "TargetType", "ip"));
        return new TargetGroup(id, name, vpc.id(), Protocol.HTTP, 80, TargetType.IP, null, Map.of(), List.of());
    }
}
