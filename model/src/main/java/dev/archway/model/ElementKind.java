package dev.archway.model;

/**
 * Every element type, with the name users see. The order is the palette's order. Each record says its own kind
 * ({@link Element#kind()}); {@code model.catalog.ElementTypes} maps a kind to its record class.
 */
public enum ElementKind {
    REGION("Region"),
    VPC("VPC"),
    AVAILABILITY_ZONE("Availability zone"),
    SUBNET("Subnet"),
    INTERNET_GATEWAY("Internet gateway"),
    NAT_GATEWAY("NAT gateway"),
    ROUTE_TABLE("Route table"),
    SECURITY_GROUP("Security group"),
    NETWORK_ACL("Network ACL"),
    LOAD_BALANCER("Load balancer"),
    LISTENER("Listener"),
    LISTENER_RULE("Listener rule"),
    TARGET_GROUP("Target group"),
    EC2_INSTANCE("EC2 instance"),
    ECS_SERVICE("ECS service"),
    AUTO_SCALING_GROUP("Auto Scaling group"),
    IP_TARGET("IP target"),
    CERTIFICATE("ACM certificate"),
    HOSTED_ZONE("Hosted zone"),
    DNS_RECORD("DNS record"),
    DB_SUBNET_GROUP("DB subnet group"),
    AURORA_CLUSTER("Aurora cluster"),
    DB_INSTANCE("DB instance"),
    APP_NODE("Application"),
    OPAQUE("Other resource");

    private final String label;

    ElementKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
