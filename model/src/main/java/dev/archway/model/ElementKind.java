package dev.archway.model;

import java.util.Arrays;

/** Every element type, with the name users see. The order is the palette's order. */
public enum ElementKind {
    REGION("Region", dev.archway.model.network.Region.class),
    VPC("VPC", dev.archway.model.network.Vpc.class),
    AVAILABILITY_ZONE("Availability zone", dev.archway.model.network.AvailabilityZone.class),
    SUBNET("Subnet", dev.archway.model.network.Subnet.class),
    INTERNET_GATEWAY("Internet gateway", dev.archway.model.network.InternetGateway.class),
    NAT_GATEWAY("NAT gateway", dev.archway.model.network.NatGateway.class),
    ROUTE_TABLE("Route table", dev.archway.model.network.RouteTable.class),
    SECURITY_GROUP("Security group", dev.archway.model.network.SecurityGroup.class),
    NETWORK_ACL("Network ACL", dev.archway.model.network.NetworkAcl.class),
    LOAD_BALANCER("Load balancer", dev.archway.model.lb.LoadBalancer.class),
    LISTENER("Listener", dev.archway.model.lb.Listener.class),
    LISTENER_RULE("Listener rule", dev.archway.model.lb.ListenerRule.class),
    TARGET_GROUP("Target group", dev.archway.model.lb.TargetGroup.class),
    EC2_INSTANCE("EC2 instance", dev.archway.model.lb.Ec2Instance.class),
    ECS_SERVICE("ECS service", dev.archway.model.lb.EcsService.class),
    IP_TARGET("IP target", dev.archway.model.lb.IpTarget.class),
    CERTIFICATE("ACM certificate", dev.archway.model.lb.Certificate.class),
    HOSTED_ZONE("Hosted zone", dev.archway.model.dns.HostedZone.class),
    DNS_RECORD("DNS record", dev.archway.model.dns.DnsRecord.class),
    DB_SUBNET_GROUP("DB subnet group", dev.archway.model.db.DbSubnetGroup.class),
    AURORA_CLUSTER("Aurora cluster", dev.archway.model.db.AuroraCluster.class),
    DB_INSTANCE("DB instance", dev.archway.model.db.DbInstance.class),
    APP_NODE("Application", dev.archway.model.db.AppNode.class),
    OPAQUE("Other resource", OpaqueResource.class);

    private final String label;
    private final Class<? extends Element> type;

    ElementKind(String label, Class<? extends Element> type) {
        this.label = label;
        this.type = type;
    }

    public String label() {
        return label;
    }

    public Class<? extends Element> type() {
        return type;
    }

    public static ElementKind of(Element element) {
        return Arrays.stream(values()).filter(k -> k.type == element.getClass()).findFirst().orElseThrow();
    }
}
