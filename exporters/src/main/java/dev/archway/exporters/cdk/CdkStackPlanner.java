package dev.archway.exporters.cdk;

import dev.archway.model.Design;
import dev.archway.model.network.Region;
import java.util.List;

/**
 * Translates a design into the stack of a CDK app, part by part in dependency order: network, security groups,
 * DNS zones and certificates, instances and ECS services, target groups, load balancers with listeners and rules, DNS records,
 * databases, the CloudFormation resources the model keeps opaque, and the Archway metadata.
 */
public final class CdkStackPlanner {
    /** Where a design without a Region element deploys; the generated app says so where it sets the region. */
    static final String DEFAULT_REGION = "us-east-1";

    public CdkStack plan(Design design) {
        StackPlan plan = new StackPlan(design);
        String region = design.all(Region.class).stream().map(Region::code).findFirst().orElse(DEFAULT_REGION);
        new NetworkPlanner(plan).plan();
        new SecurityGroupPlanner(plan).plan();
        DnsPlanner dns = new DnsPlanner(plan);
        dns.zonesAndCertificates();
        new ComputePlanner(plan, region).plan();
        new EcsPlanner(plan).plan();
        new TargetGroupPlanner(plan).plan();
        new LoadBalancerPlanner(plan).plan();
        dns.records();
        new DatabasePlanner(plan).plan();
        new OpaquePlanner(plan).plan();
        new ArchwayMetadataPlanner(plan).plan();
        String description = "The " + design.name() + " design, exported by Archway";
        List<CdkStatement> statements = new UniqueConstructIds().apply(plan.statements());
        return new CdkStack(stackClassName(design), region, description, statements).withoutUnusedVariables();
    }

    static String stackClassName(Design design) {
        String base = CdkNames.upperCamel(design.name());
        return base.endsWith("Stack") ? base : base + "Stack";
    }
}
