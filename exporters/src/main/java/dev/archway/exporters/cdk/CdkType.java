package dev.archway.exporters.cdk;

/**
 * A class of aws-cdk-lib: the library module it lives in and its name, so that the Java renderer can import
 * {@code software.amazon.awscdk.services.ec2.Vpc} and the TypeScript renderer can write {@code ec2.Vpc}.
 */
public record CdkType(CdkModule module, String name) {

    public static CdkType core(String name) {
        return new CdkType(CdkModule.CORE, name);
    }

    public static CdkType ec2(String name) {
        return new CdkType(CdkModule.EC2, name);
    }

    public static CdkType elbv2(String name) {
        return new CdkType(CdkModule.ELBV2, name);
    }

    public static CdkType elbv2Targets(String name) {
        return new CdkType(CdkModule.ELBV2_TARGETS, name);
    }

    public static CdkType acm(String name) {
        return new CdkType(CdkModule.ACM, name);
    }

    public static CdkType route53(String name) {
        return new CdkType(CdkModule.ROUTE53, name);
    }

    public static CdkType route53Targets(String name) {
        return new CdkType(CdkModule.ROUTE53_TARGETS, name);
    }

    public static CdkType rds(String name) {
        return new CdkType(CdkModule.RDS, name);
    }

    public static CdkType ecs(String name) {
        return new CdkType(CdkModule.ECS, name);
    }

    public String javaName() {
        return module.javaPackage() + "." + name;
    }

    public String tsName() {
        return module.tsAlias() + "." + name;
    }
}
