package dev.archway.model.validation.rules;

/** The AWS documentation the rules rest on (from docs/aws-semantics.md), kept in one place. */
public final class AwsDocs {
    private static final String ALB = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/";
    private static final String NLB = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/";
    private static final String VPC = "https://docs.aws.amazon.com/vpc/latest/userguide/";
    private static final String AURORA = "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/";

    public static final String ALB_OVERVIEW = ALB + "application-load-balancers.html";
    public static final String TAG_RESTRICTIONS = "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html";
    public static final String CFN_QUOTAS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html";
    public static final String CFN_CONDITIONS =
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/conditions-section-structure.html";
    public static final String ALB_TROUBLESHOOTING = ALB + "load-balancer-troubleshooting.html";
    public static final String ALB_SET_SUBNETS = "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetSubnets.html";
    public static final String NLB_AZS = NLB + "availability-zones.html";
    public static final String ALB_LISTENERS = ALB + "load-balancer-listeners.html";
    public static final String NLB_LISTENERS = NLB + "load-balancer-listeners.html";
    public static final String HTTPS_LISTENER = ALB + "create-https-listener.html";
    public static final String ACM_CERTIFICATES = "https://docs.aws.amazon.com/acm/latest/userguide/acm-certificate.html";
    public static final String HTTP_TO_HTTPS = "https://docs.aws.amazon.com/config/latest/developerguide/alb-http-to-https-redirection-check.html";
    public static final String LISTENER_RULES = ALB + "listener-rules.html";
    public static final String RULE_CONDITIONS = ALB + "rule-condition-types.html";
    public static final String RULE_ACTIONS = ALB + "rule-action-types.html";
    public static final String RULE_TRANSFORMS = ALB + "rule-transforms.html";
    public static final String ALB_QUOTAS = ALB + "load-balancer-limits.html";
    public static final String REDIRECT_CONFIG = "https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_RedirectActionConfig.html";
    public static final String TARGET_GROUPS = ALB + "load-balancer-target-groups.html";
    public static final String AUTHENTICATE_USERS = ALB + "listener-authenticate-users.html";
    public static final String NLB_TARGET_GROUPS = NLB + "load-balancer-target-groups.html";
    public static final String DISABLE_CROSS_ZONE = ALB + "disable-cross-zone.html";
    public static final String ROUTE53_ALIAS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-route53-recordset-aliastarget.html";
    public static final String HEALTH_CHECKS = ALB + "target-group-health-checks.html";
    public static final String STICKY_SESSIONS = ALB + "sticky-sessions.html";
    public static final String ALB_SECURITY_GROUPS = ALB + "load-balancer-update-security-groups.html";
    public static final String ECS_LOAD_BALANCERS = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-service-loadbalancer.html";
    public static final String SECURITY_GROUPS = VPC + "vpc-security-groups.html";
    public static final String SECURITY_GROUP_RULES = VPC + "security-group-rules.html";
    public static final String NETWORK_ACLS = VPC + "vpc-network-acls.html";
    public static final String ROUTE_TABLES = VPC + "VPC_Route_Tables.html";
    public static final String NAT_GATEWAYS = VPC + "vpc-nat-gateway.html";
    public static final String SUBNET_SIZING = VPC + "subnet-sizing.html";
    public static final String AURORA_VPC = AURORA + "USER_VPC.WorkingWithRDSInstanceinaVPC.html";
    public static final String AURORA_HA = AURORA + "Concepts.AuroraHighAvailability.html";
    public static final String RDS_MULTI_AZ =
            "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html";
    public static final String AURORA_ENDPOINTS = AURORA + "Aurora.Overview.Endpoints.html";
    public static final String AURORA_MYSQL_V1_EOL = AURORA + "Aurora.MySQL56.EOL.html";
    public static final String AURORA_EXTENDED_SUPPORT = AURORA + "extended-support.html";
    public static final String RDS_DB_CLUSTER = "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
            + "aws-resource-rds-dbcluster.html";

    public static final String ASG_MULTI_AZ = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/"
            + "ec2-auto-scaling-availability-zone-balanced.html";
    public static final String ASG_CAPACITY = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/"
            + "asg-capacity-limits.html";

    private AwsDocs() {
    }
}
