package dev.archway.account;

/**
 * Every AWS API call the import makes, named as its IAM action. The one list: the readers call only through these,
 * {@code docs/aws-account.md} prints them as the read-only policy, and {@code ApiCallPolicyTest} keeps the two equal.
 */
enum ApiCall {
    EC2_DESCRIBE_VPCS("ec2", "DescribeVpcs"),
    EC2_DESCRIBE_SUBNETS("ec2", "DescribeSubnets"),
    EC2_DESCRIBE_INTERNET_GATEWAYS("ec2", "DescribeInternetGateways"),
    EC2_DESCRIBE_NAT_GATEWAYS("ec2", "DescribeNatGateways"),
    EC2_DESCRIBE_ROUTE_TABLES("ec2", "DescribeRouteTables"),
    EC2_DESCRIBE_NETWORK_ACLS("ec2", "DescribeNetworkAcls"),
    EC2_DESCRIBE_SECURITY_GROUPS("ec2", "DescribeSecurityGroups"),
    EC2_DESCRIBE_INSTANCES("ec2", "DescribeInstances"),
    EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS("ec2", "DescribeLaunchTemplateVersions"),
    ELB_DESCRIBE_LOAD_BALANCERS("elasticloadbalancing", "DescribeLoadBalancers"),
    ELB_DESCRIBE_LOAD_BALANCER_ATTRIBUTES("elasticloadbalancing", "DescribeLoadBalancerAttributes"),
    ELB_DESCRIBE_LISTENERS("elasticloadbalancing", "DescribeListeners"),
    ELB_DESCRIBE_LISTENER_CERTIFICATES("elasticloadbalancing", "DescribeListenerCertificates"),
    ELB_DESCRIBE_RULES("elasticloadbalancing", "DescribeRules"),
    ELB_DESCRIBE_TARGET_GROUPS("elasticloadbalancing", "DescribeTargetGroups"),
    ELB_DESCRIBE_TARGET_GROUP_ATTRIBUTES("elasticloadbalancing", "DescribeTargetGroupAttributes"),
    ELB_DESCRIBE_TARGET_HEALTH("elasticloadbalancing", "DescribeTargetHealth"),
    ELB_DESCRIBE_TAGS("elasticloadbalancing", "DescribeTags"),
    ACM_DESCRIBE_CERTIFICATE("acm", "DescribeCertificate"),
    AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS("autoscaling", "DescribeAutoScalingGroups"),
    AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS("autoscaling", "DescribeLaunchConfigurations"),
    ECS_LIST_CLUSTERS("ecs", "ListClusters"),
    ECS_LIST_SERVICES("ecs", "ListServices"),
    ECS_DESCRIBE_SERVICES("ecs", "DescribeServices"),
    RDS_DESCRIBE_DB_SUBNET_GROUPS("rds", "DescribeDBSubnetGroups"),
    RDS_DESCRIBE_DB_CLUSTERS("rds", "DescribeDBClusters"),
    RDS_DESCRIBE_DB_INSTANCES("rds", "DescribeDBInstances"),
    RDS_DESCRIBE_DB_CLUSTER_ENDPOINTS("rds", "DescribeDBClusterEndpoints"),
    ROUTE53_LIST_HOSTED_ZONES("route53", "ListHostedZones"),
    ROUTE53_LIST_RESOURCE_RECORD_SETS("route53", "ListResourceRecordSets");

    private final String service;
    private final String action;

    ApiCall(String service, String action) {
        this.service = service;
        this.action = action;
    }

    /** The IAM service prefix, which is also what {@link ImportProgress} hears as the service. */
    String service() {
        return service;
    }

    /** {@code elasticloadbalancing:DescribeRules}: the permission the call needs. */
    String permission() {
        return service + ":" + action;
    }
}
