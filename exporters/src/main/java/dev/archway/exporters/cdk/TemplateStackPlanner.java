package dev.archway.exporters.cdk;

import static dev.archway.exporters.cdk.CdkExpr.lit;

import dev.archway.exporters.cdk.TemplateValues.Want;
import dev.archway.exporters.cfn.CfnTemplateExporter;
import dev.archway.exporters.cfn.TemplateExtras;
import dev.archway.model.Design;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stack of a design that keeps what its imported template said symbolically (see
 * {@code TemplateExtras.keepsExpressions}): the CloudFormation export of the design, written as CDK code, so that
 * the synthesized template has the same logical ids, Parameters ({@code CfnParameter}), Mappings
 * ({@code CfnMapping}), Conditions ({@code CfnCondition}), conditional resources ({@code cfnOptions.condition}),
 * Outputs and exports ({@code CfnOutput}) and expressions ({@link TemplateValues}) as the template. Every resource,
 * modelled or kept, is a {@code CfnResource} with its properties as CloudFormation reads them; elements from
 * outside the template (a VPC from an {@code AWS::EC2::VPC::Id} parameter or an {@code Fn::ImportValue}) have no
 * resource and appear only as the expressions that name them. The stack is environment-agnostic, as the template.
 */
final class TemplateStackPlanner {
    private static final CdkType RESOURCE = CdkType.core("CfnResource");
    private static final Set<String> OVERRIDDEN = Set.of("Metadata", "DeletionPolicy", "UpdateReplacePolicy",
            "UpdatePolicy", "CreationPolicy");

    /** The longest stack description CDK takes in the stack's props (in characters; CloudFormation's is 1,024 bytes). */
    private static final int MAX_DESCRIPTION = 512;

    private final CdkStackDraft plan;
    private final Map<String, Object> template;
    private final TemplateValues values = new TemplateValues();
    private final Set<String> constructIds = new HashSet<>();

    TemplateStackPlanner(Design design) {
        this(design, new CfnTemplateExporter().export(design));
    }

    /** The stack of a design whose CloudFormation template is already written (one stack of several). */
    TemplateStackPlanner(Design design, Map<String, Object> template) {
        this.plan = new CdkStackDraft(design);
        this.template = template;
    }

    CdkStack stack(String className) {
        section("Resources").keySet().forEach(constructIds::add);
        parameters();
        mappings();
        conditions();
        resources();
        outputs();
        templateLevel();
        String text = "The " + plan.design.name() + " design, exported by Archway";
        if (template.get("Description") instanceof String description) {
            if (description.length() <= MAX_DESCRIPTION) {
                text = description;
            } else {
                // CDK refuses a longer stack description; the template options take it as it is
                plan.add(new CdkStatement.Assign(CdkExpr.get(CdkExpr.THIS, "templateOptions"), "description",
                        lit(description)));
            }
        }
        return new CdkStack(className, null, text, plan.statements()).withoutUnusedVariables();
    }

    private void parameters() {
        Map<String, Object> parameters = section("Parameters");
        if (!parameters.isEmpty()) {
            plan.comment("parameters");
        }
        CdkType type = CdkType.core("CfnParameter");
        parameters.forEach((name, p) -> {
            Map<String, Object> parameter = map(p);
            CdkProps props = CdkProps.of().lit("type", parameter.get("Type"))
                    .put("default", parameter.get("Default") == null ? null : values.value(parameter.get("Default"),
                            Want.ANY))
                    .put("allowedValues", parameter.get("AllowedValues") instanceof List<?> allowed
                            ? values.value(allowed, Want.LIST) : null)
                    .lit("allowedPattern", parameter.get("AllowedPattern"))
                    .lit("constraintDescription", parameter.get("ConstraintDescription"))
                    .lit("description", parameter.get("Description"));
            for (String bound : List.of("MinLength", "MaxLength", "MinValue", "MaxValue")) {
                props.put(CdkNames.lowerCamel(bound), parameter.get(bound) == null ? null
                        : values.value(parameter.get(bound), Want.NUMBER));
            }
            props.put("noEcho", parameter.get("NoEcho") == null ? null
                    : lit(Boolean.parseBoolean(String.valueOf(parameter.get("NoEcho")))));
            CdkExpr variable = element(name, name, "Parameter", type, props);
            values.parameter(name, parameter.get("Type") instanceof String t ? t : null, variable);
        });
    }

    private void mappings() {
        Map<String, Object> mappings = section("Mappings");
        if (!mappings.isEmpty()) {
            plan.comment("mappings");
        }
        mappings.forEach((name, mapping) -> element(name, name, "Mapping", CdkType.core("CfnMapping"),
                CdkProps.of().put("mapping", values.value(mapping, Want.ANY))));
    }

    private void conditions() {
        Map<String, Object> conditions = section("Conditions");
        if (!conditions.isEmpty()) {
            plan.comment("conditions");
        }
        for (String name : DeclarationOrder.of(conditions, DeclarationOrder::conditionsNamed)) {
            CdkExpr variable = element(name, name + " condition", "Condition", CdkType.core("CfnCondition"),
                    CdkProps.of().put("expression", values.condition(conditions.get(name))));
            values.condition(name, variable);
        }
    }

    private void resources() {
        Map<String, Object> resources = section("Resources");
        plan.comment("resources, with the template's logical ids");
        List<CdkStatement> later = new ArrayList<>();
        for (String id : DeclarationOrder.of(resources, DeclarationOrder::resourcesNamed)) {
            Map<String, Object> resource = map(resources.get(id));
            CdkExpr variable = plan.declare("cfn:" + id, id, RESOURCE, new CdkExpr.Construct(RESOURCE, id,
                    CdkProps.of().lit("type", resource.get("Type"))
                            .put("properties", resource.get("Properties") instanceof Map<?, ?> p && !p.isEmpty()
                                    ? values.value(p, Want.ANY) : null).map()));
            values.resource(id, variable);
            attributes(variable, resource, later);
        }
        later.forEach(plan::add);
    }

    /** Condition, DependsOn (on resources declared before, else at the end) and the other resource attributes. */
    private void attributes(CdkExpr resource, Map<String, Object> attributes, List<CdkStatement> later) {
        Object condition = attributes.get("Condition");
        CdkExpr declared = condition instanceof String name ? values.conditionVariable(name) : null;
        if (declared != null) {
            plan.add(new CdkStatement.Assign(CdkExpr.get(resource, "cfnOptions"), "condition", declared));
        } else if (condition != null) {
            plan.run(CdkExpr.call(resource, "addOverride", lit("Condition"), values.value(condition, Want.ANY)));
        }
        Object dependsOn = attributes.get("DependsOn");
        for (Object target : dependsOn instanceof List<?> l ? l : dependsOn == null ? List.of() : List.of(dependsOn)) {
            CdkExpr other = values.resourceVariable(String.valueOf(target));
            CdkStatement statement = new CdkStatement.Evaluate(other == null
                    ? CdkExpr.call(resource, "addOverride", lit("DependsOn"), values.value(dependsOn, Want.ANY))
                    : CdkExpr.call(resource, "addResourceDependency", other));
            if (other == null) {
                later.add(statement);
                break;
            }
            plan.add(statement);
        }
        attributes.forEach((name, value) -> {
            if (OVERRIDDEN.contains(name) && value != null) {
                plan.run(CdkExpr.call(resource, "addOverride", lit(name), values.value(value, Want.ANY)));
            }
        });
    }

    /** The template's Outputs; not the ones the CloudFormation export adds (a modelled load balancer's DNS name). */
    private void outputs() {
        Map<String, Object> outputs = section("Outputs");
        Set<String> kept = map(TemplateExtras.of(plan.design).get("Outputs")).keySet();
        if (!kept.isEmpty()) {
            plan.comment("outputs");
        }
        outputs.forEach((name, o) -> {
            if (!kept.contains(name)) {
                return;
            }
            Map<String, Object> output = map(o);
            Object export = output.get("Export") instanceof Map<?, ?> e ? e.get("Name") : null;
            CdkExpr condition = output.get("Condition") instanceof String c ? values.conditionVariable(c) : null;
            element(name, name + " output", "Output", CdkType.core("CfnOutput"), CdkProps.of()
                    .put("value", values.value(output.get("Value"), Want.STRING))
                    .lit("description", output.get("Description"))
                    .put("exportName", export == null ? null : values.value(export, Want.STRING))
                    .put("condition", condition));
        });
    }

    /** The template's Transform and Metadata (Archway's layout among it, keyed by the same logical ids). */
    private void templateLevel() {
        Object transform = template.get("Transform");
        for (Object t : transform instanceof List<?> l ? l : transform == null ? List.of() : List.of(transform)) {
            plan.run(CdkExpr.call(CdkExpr.THIS, "addTransform", lit(String.valueOf(t))));
        }
        Map<String, Object> metadata = section("Metadata");
        if (!metadata.isEmpty()) {
            plan.comment("template metadata: `archway import` of the synthesized template restores names and layout");
        }
        metadata.forEach((key, value) -> plan.run(CdkExpr.call(CdkExpr.THIS, "addMetadata", lit(key),
                values.value(value, Want.ANY))));
        if (template.containsKey("Rules")) {
            plan.comment("the template's Rules section is not part of this app; add it as CfnRule constructs");
        }
    }

    /**
     * A parameter, mapping, condition or output: its construct id is its logical id, unless a resource (or an
     * element of another section) has that id already; then the id says the section and the logical id is set.
     */
    private CdkExpr element(String logicalId, String variableHint, String section, CdkType type, CdkProps props) {
        String constructId = constructIds.add(logicalId) ? logicalId : logicalId + section;
        constructIds.add(constructId);
        CdkExpr variable = plan.declare(section + ":" + logicalId, variableHint, type,
                new CdkExpr.Construct(type, constructId, props.map()));
        if (!constructId.equals(logicalId)) {
            plan.run(CdkExpr.call(variable, "overrideLogicalId", lit(logicalId)));
        }
        return variable;
    }

    private Map<String, Object> section(String name) {
        return map(template.get(name));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
