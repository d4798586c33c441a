package dev.archway.exporters.cdk;

import dev.archway.exporters.cfn.TemplateExtras;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.network.Region;
import dev.archway.model.stacks.StackPart;
import dev.archway.model.stacks.StackPlanner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Translates a design into the stack of a CDK app, part by part in dependency order: network, security groups,
 * DNS zones and certificates, instances and ECS services, target groups, load balancers with listeners and rules, DNS records,
 * databases, the CloudFormation resources the model keeps opaque, and the Archway metadata. A design past
 * CloudFormation's limits by {@link CdkResourceCount} becomes a top-level stack of nested stacks, one per part of
 * the {@link StackPlanner}'s plan.
 */
public final class CdkStackPlanner {
    /** Where a design without a Region element deploys; the generated app says so where it sets the region. */
    static final String DEFAULT_REGION = "us-east-1";

    /** The app's top-level stack (for a split app, the stack that holds the nested ones). */
    public CdkStack plan(Design design) {
        return app(design).stack();
    }

    public CdkApp app(Design design) {
        if (TemplateExtras.keepsExpressions(design)) {
            return new CdkApp(new TemplateStackPlanner(design).stack(stackClassName(design)), List.of());
        }
        CdkStackDraft plan = new CdkStackDraft(design);
        String region = design.all(Region.class).stream().map(Region::code).filter(java.util.Objects::nonNull).findFirst()
                .orElse(DEFAULT_REGION);
        new NetworkPlanner(plan).plan();
        new SecurityGroupPlanner(plan).plan();
        DnsPlanner dns = new DnsPlanner(plan);
        dns.zonesAndCertificates();
        new ComputePlanner(plan, region).plan();
        new EcsPlanner(plan).plan();
        new TargetGroupPlanner(plan).plan();
        new AutoScalingPlanner(plan).plan();
        new LoadBalancerPlanner(plan).plan();
        dns.records();
        new DatabasePlanner(plan).plan();
        new OpaquePlanner(plan).plan();
        String description = "The " + design.name() + " design, exported by Archway";
        String className = stackClassName(design);
        CdkResourceCount count = new CdkResourceCount(design);
        // one plan serves both questions: whether one stack holds the design, and if not, its nested stacks
        dev.archway.model.stacks.NestedStackPlan stacks = StackPlanner.plan(design, count, CdkResourceCount.NESTED);
        if (stacks.fitsIn(CdkResourceCount.SINGLE)) {
            new ArchwayMetadataPlanner(plan).plan();
            List<CdkStatement> statements = new UniqueConstructIds().apply(plan.statements());
            return new CdkApp(new CdkStack(className, region, description, statements).withoutUnusedVariables(),
                    List.of());
        }
        metadataPerPart(plan, stacks.parts());
        List<CdkStatement> statements = new UniqueConstructIds().apply(plan.statements());
        List<CdkNestedStack> nested = new NestedStackSplitter(statements, plan.owners(), stacks.parts()).split(className);
        return new CdkApp(new CdkStack(className, region, description, List.of()), nested);
    }

    /** Each nested stack's own {@code Metadata.Archway}; the first also has the elements without a resource. */
    private static void metadataPerPart(CdkStackDraft plan, List<StackPart> parts) {
        Map<String, Integer> partOf = new HashMap<>();
        List<List<Element>> elements = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int index = i;
            parts.get(i).elementIds().forEach(id -> partOf.put(id, index));
            elements.add(new ArrayList<>());
        }
        for (Element e : plan.design.elements()) {
            elements.get(partOf.getOrDefault(e.id(), 0)).add(e);
        }
        ArchwayMetadataPlanner metadata = new ArchwayMetadataPlanner(plan);
        for (int i = 0; i < parts.size(); i++) {
            StackPart part = parts.get(i);
            plan.about(NestedStackSplitter.partOwner(part.name()));
            metadata.planPart(elements.get(i), i == 0, plan.outputsOf(Set.copyOf(part.elementIds())));
        }
    }

    static String stackClassName(Design design) {
        String base = CdkNames.upperCamel(design.name());
        return base.endsWith("Stack") ? base : base + "Stack";
    }
}
