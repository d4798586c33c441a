package dev.archway.app.emulator;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/**
 * A small shop in the emulated account: one VPC with two public subnets, an ALB security group, an internet-facing
 * ALB with an HTTP listener forwarding to a target group of one instance, and two rules (an API path and an admin
 * host). What the drift and GUI tests change one piece of.
 */
public final class SmallShop {
    public String vpc;
    public String listener;
    public String apiRule;
    public String adminRule;
    public String webGroup;
    public String instance;

    public static SmallShop populate(EmulatedAccount account) {
        SmallShop shop = new SmallShop();
        try (Ec2Client ec2 = account.ec2(); ElasticLoadBalancingV2Client elb = account.elb()) {
            shop.network(ec2);
            shop.loadBalancer(ec2, elb);
        }
        return shop;
    }

    private String subnetA;
    private String subnetB;
    private String albSg;

    private void network(Ec2Client ec2) {
        vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16").tagSpecifications(named("vpc", "shop"))).vpc().vpcId();
        subnetA = subnet(ec2, "10.0.0.0/24", "a");
        subnetB = subnet(ec2, "10.0.1.0/24", "b");
        albSg = ec2.createSecurityGroup(r -> r.vpcId(vpc).groupName("alb").description("the ALB")).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(albSg).ipPermissions(IpPermission.builder()
                .ipProtocol("tcp").fromPort(80).toPort(80).ipRanges(x -> x.cidrIp("0.0.0.0/0")).build()));
    }

    private String subnet(Ec2Client ec2, String cidr, String zone) {
        return ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock(cidr).availabilityZone(EmulatedAccount.REGION + zone)
                .tagSpecifications(named("subnet", "public-" + zone))).subnet().subnetId();
    }

    private void loadBalancer(Ec2Client ec2, ElasticLoadBalancingV2Client elb) {
        String ami = ec2.describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        instance = ec2.runInstances(r -> r.imageId(ami).instanceType("t3.micro").minCount(1).maxCount(1)
                .subnetId(subnetA).tagSpecifications(named("instance", "web-1"))).instances().get(0).instanceId();
        String alb = elb.createLoadBalancer(r -> r.name("shop-alb").type("application").scheme("internet-facing")
                .subnets(subnetA, subnetB).securityGroups(albSg)).loadBalancers().get(0).loadBalancerArn();
        webGroup = elb.createTargetGroup(r -> r.name("web").protocol("HTTP").port(80).vpcId(vpc)
                .targetType("instance").healthCheckPath("/health")).targetGroups().get(0).targetGroupArn();
        elb.registerTargets(r -> r.targetGroupArn(webGroup).targets(t -> t.id(instance)));
        listener = elb.createListener(r -> r.loadBalancerArn(alb).protocol("HTTP").port(80)
                .defaultActions(forward(webGroup))).listeners().get(0).listenerArn();
        apiRule = elb.createRule(r -> r.listenerArn(listener).priority(10).conditions(path("/api/*"))
                .actions(forward(webGroup))).rules().get(0).ruleArn();
        adminRule = elb.createRule(r -> r.listenerArn(listener).priority(20)
                .conditions(RuleCondition.builder().field("host-header")
                        .hostHeaderConfig(h -> h.values("admin.shop.example")).build())
                .actions(Action.builder().type("fixed-response").fixedResponseConfig(f -> f.statusCode("403")
                        .contentType("text/plain").messageBody("no")).build())).rules().get(0).ruleArn();
    }

    public static RuleCondition path(String pattern) {
        return RuleCondition.builder().field("path-pattern").pathPatternConfig(p -> p.values(pattern)).build();
    }

    private static Action forward(String group) {
        return Action.builder().type("forward").targetGroupArn(group).build();
    }

    private static TagSpecification named(String resourceType, String name) {
        return TagSpecification.builder().resourceType(resourceType).tags(Tag.builder().key("Name").value(name).build())
                .build();
    }
}
