package dev.archway.exporters.cdk;

/** The aws-cdk-lib modules a generated app uses: Java package, TypeScript import path and the alias it is bound to. */
public enum CdkModule {
    CORE("software.amazon.awscdk", "aws-cdk-lib", "cdk"),
    EC2("software.amazon.awscdk.services.ec2", "aws-cdk-lib/aws-ec2", "ec2"),
    ELBV2("software.amazon.awscdk.services.elasticloadbalancingv2", "aws-cdk-lib/aws-elasticloadbalancingv2", "elbv2"),
    ELBV2_TARGETS("software.amazon.awscdk.services.elasticloadbalancingv2.targets",
            "aws-cdk-lib/aws-elasticloadbalancingv2-targets", "targets"),
    ACM("software.amazon.awscdk.services.certificatemanager", "aws-cdk-lib/aws-certificatemanager", "acm"),
    ROUTE53("software.amazon.awscdk.services.route53", "aws-cdk-lib/aws-route53", "route53"),
    ROUTE53_TARGETS("software.amazon.awscdk.services.route53.targets", "aws-cdk-lib/aws-route53-targets",
            "route53targets"),
    RDS("software.amazon.awscdk.services.rds", "aws-cdk-lib/aws-rds", "rds"),
    ECS("software.amazon.awscdk.services.ecs", "aws-cdk-lib/aws-ecs", "ecs"),
    AUTOSCALING("software.amazon.awscdk.services.autoscaling", "aws-cdk-lib/aws-autoscaling", "autoscaling");

    private final String javaPackage;
    private final String tsPath;
    private final String tsAlias;

    CdkModule(String javaPackage, String tsPath, String tsAlias) {
        this.javaPackage = javaPackage;
        this.tsPath = tsPath;
        this.tsAlias = tsAlias;
    }

    public String javaPackage() {
        return javaPackage;
    }

    public String tsPath() {
        return tsPath;
    }

    public String tsAlias() {
        return tsAlias;
    }
}
