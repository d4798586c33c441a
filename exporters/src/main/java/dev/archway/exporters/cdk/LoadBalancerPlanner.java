package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.get;
import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.model.lb.Listener;
import dev.archway.model.lb.LoadBalancer;
import dev.archway.model.network.Subnet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Load balancers ({@code ApplicationLoadBalancer}, {@code NetworkLoadBalancer}), their listeners and rules. */
final class LoadBalancerPlanner {
    private final CdkStackDraft plan;

    LoadBalancerPlanner(CdkStackDraft plan) {
        this.plan = plan;
    }

    void plan() {
        for (LoadBalancer lb : plan.design.all(LoadBalancer.class)) {
            plan.about(lb.id());
            plan.comment((lb.isApplication() ? "Application" : "Network") + " Load Balancer " + lb.name());
            CdkExpr construct = lb.isApplication() ? applicationLoadBalancer(lb) : networkLoadBalancer(lb);
            NetworkPlanner.dependOnInternetGateway(plan, lb, construct);
            ListenerPlanner listeners = new ListenerPlanner(plan);
            for (Listener listener : plan.topology.listenersOf(lb)) {
                listeners.listener(lb, construct, listener);
            }
            plan.about(lb.id());
            plan.output(lb.name() + "DnsName", get(construct, "loadBalancerDnsName"));
        }
    }

    private CdkExpr applicationLoadBalancer(LoadBalancer lb) {
        CdkType type = CdkType.elbv2("ApplicationLoadBalancer");
        List<CdkExpr> groups = plan.refs(lb.securityGroupIds());
        CdkExpr alb = plan.declare(lb.id(), lb.name(), type, new CdkExpr.Construct(type,
                CdkNames.constructId(lb.name()), CdkProps.of()
                        .put("vpc", plan.ref(lb.vpcId()))
                        .lit("internetFacing", lb.internetFacing())
                        .put("vpcSubnets", NetworkPlanner.selection(plan, lb.subnetIds()))
                        .put("securityGroup", groups.isEmpty() ? null : groups.get(0)).map()));
        groups.stream().skip(1).forEach(g -> plan.run(CdkExpr.call(alb, "addSecurityGroup", g)));
        attributes(lb, alb);
        return alb;
    }

    private CdkExpr networkLoadBalancer(LoadBalancer lb) {
        CdkType type = CdkType.elbv2("NetworkLoadBalancer");
        CdkProps props = CdkProps.of().put("vpc", plan.ref(lb.vpcId())).lit("internetFacing", lb.internetFacing());
        if (lb.elasticIps().isEmpty()) {
            props.put("vpcSubnets", NetworkPlanner.selection(plan, lb.subnetIds()));
        } else {
            props.put("subnetMappings", CdkExpr.list(subnetMappings(lb)));
        }
        List<CdkExpr> groups = plan.refs(lb.securityGroupIds());
        props.put("securityGroups", groups.isEmpty() ? null : CdkExpr.list(groups));
        props.lit("crossZoneEnabled", lb.attributes().containsKey(LoadBalancer.CROSS_ZONE) ? lb.crossZone() : null);
        CdkExpr nlb = plan.declare(lb.id(), lb.name(), type,
                new CdkExpr.Construct(type, CdkNames.constructId(lb.name()), props.map()));
        attributes(lb, nlb);
        return nlb;
    }

    /** One mapping per subnet, each with its Elastic IP: the NLB's static address in that AZ. */
    private List<CdkExpr> subnetMappings(LoadBalancer lb) {
        List<CdkExpr> mappings = new ArrayList<>();
        for (int i = 0; i < lb.subnetIds().size(); i++) {
            String subnetId = lb.subnetIds().get(i);
            Subnet subnet = plan.design.get(subnetId, Subnet.class);
            if (subnet == null) {
                continue;
            }
            CdkExpr allocation = null;
            if (i < lb.elasticIps().size()) {
                String eip = lb.elasticIps().get(i);
                allocation = eip.startsWith("eipalloc-") ? lit(eip) : get(elasticIp(lb, subnet), "attrAllocationId");
            }
            mappings.add(new CdkExpr.Struct(CdkType.elbv2("SubnetMapping"), CdkProps.of()
                    .put("subnet", plan.ref(subnetId)).put("allocationId", allocation).map()));
        }
        return mappings;
    }

    private CdkExpr elasticIp(LoadBalancer lb, Subnet subnet) {
        CdkType eip = CdkType.ec2("CfnEIP");
        String name = lb.name() + " " + subnet.name() + " eip";
        return plan.declare("eip:" + lb.id() + ":" + subnet.id(), name, eip, new CdkExpr.Construct(eip,
                CdkNames.constructId(lb.name()) + CdkNames.upperCamel(subnet.name()) + "Eip",
                CdkProps.of().lit("domain", "vpc").map()));
    }

    private void attributes(LoadBalancer lb, CdkExpr construct) {
        for (Map.Entry<String, String> attribute : lb.attributes().entrySet()) {
            if (attribute.getKey().equals(LoadBalancer.CROSS_ZONE)) {
                continue; // an ALB is always cross-zone; an NLB sets it through crossZoneEnabled
            }
            plan.run(CdkExpr.call(construct, "setAttribute", lit(attribute.getKey()), lit(attribute.getValue())));
        }
    }
}
