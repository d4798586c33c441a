package dev.archway.exporters.assume;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.ConditionValues;
import dev.archway.exporters.cfn.ParameterValues;
import dev.archway.exporters.cfn.TemplateExtras;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.network.SecurityGroup;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import dev.archway.model.query.ExternalFacts;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A design evaluated under assumptions: its elements hold the values the template's expressions take under the
 * Parameter values, and its outside elements the facts given for them. The assumptions stay with the design (the
 * Parameter values and the Conditions they make under {@link #KEY} in the kept template sections, the facts under
 * each outside element's mark), so a saved design keeps them and later assumptions add to them. This is the one
 * place both the command line ({@code --param}, {@code --assume}) and the GUI's Assumptions panel go through.
 */
public final class AssumedDesign {
    /** Under the kept template sections: {@code Parameters} (values given) and {@code Conditions} (their values). */
    public static final String KEY = TemplateExtras.ASSUMED;
    /** The pseudo parameter an assumption may give like a Parameter: the region the design deploys to. */
    static final String REGION = "AWS::Region";

    private AssumedDesign() {
    }

    /**
     * A new design: {@code design} under its own assumptions and these; the design itself when there are none. A
     * Parameter or fact given as null is no longer assumed (the Parameter takes its default, the fact is unknown).
     */
    public static Design apply(Design design, Assumptions assumptions) throws InputException {
        if (assumptions.isEmpty()) {
            return design;
        }
        String region = assumptions.parameters().get(REGION);
        if (assumptions.parameters().containsKey(REGION)) {
            Map<String, String> others = new LinkedHashMap<>(assumptions.parameters());
            others.remove(REGION);
            Design placed = region == null ? design : inRegion(design, region, assumptions.file());
            return apply(placed, new Assumptions(others, assumptions.facts(), assumptions.file(),
                    assumptions.fromFile()));
        }
        Map<String, Object> sections = TemplateExtras.of(design);
        Map<String, Object> declared = sections == null ? Map.of() : asMap(sections.get("Parameters"));
        for (String name : assumptions.parameters().keySet()) {
            if (!declared.containsKey(name)) {
                throw new InputException(assumptions.file(), assumptions.parameterPlace(name), "the template has no "
                        + "Parameter " + name + (declared.isEmpty() ? "" : " (it has " + String.join(", ",
                        declared.keySet()) + ")"));
            }
        }
        Map<String, String> values = new LinkedHashMap<>(parameterValues(design));
        Map<String, String> evaluated = new LinkedHashMap<>();
        assumptions.parameters().forEach((name, value) -> {
            if (value == null) { // back to the template's default (or to no value)
                values.remove(name);
                evaluated.put(name, defaultOf(declared.get(name)));
            } else {
                values.put(name, value);
            }
        });
        evaluated.putAll(values);
        Design out = evaluated.isEmpty() ? design.copy()
                : ParameterValues.apply(design, evaluated, assumptions.file());
        GivenFacts facts = new GivenFacts(out, assumptions.file());
        for (Element e : design.elements()) {
            Map<String, Object> given = ExternalFacts.given(design.cfnExtras(e.id()));
            if (given != null && !given.isEmpty() && out.contains(e.id())) {
                facts.give(out.get(e.id()), given, e.name());
            }
        }
        for (Map.Entry<String, Map<String, Object>> f : assumptions.facts().entrySet()) {
            facts.give(element(out, f.getKey(), assumptions), f.getValue(), f.getKey());
        }
        record(out, sections, values);
        ConditionValues.mark(out);
        return out;
    }

    /**
     * The design as deployed in a region ({@code --region}, or the pseudo parameter {@code AWS::Region} among the
     * Parameters): its Regions say the code, so AZ slots read {@code 1st AZ of eu-west-1}, and a template's
     * expressions are evaluated there.
     */
    public static Design inRegion(Design design, String code, java.nio.file.Path file) throws InputException {
        return ParameterValues.inRegion(design, code, file);
    }

    /** The Parameter values assumed so far (not the defaults), by name. */
    public static Map<String, String> parameterValues(Design design) {
        return TemplateExtras.assumedValues(design);
    }

    /** Each Condition's value under the assumptions; null where it cannot be told. */
    public static Map<String, Boolean> conditionValues(Design design) {
        return ConditionValues.of(TemplateExtras.of(design), parameterValues(design));
    }

    private static String defaultOf(Object parameter) {
        Object def = asMap(parameter).get("Default");
        return def == null ? null : String.valueOf(def);
    }

    /** The element a fact is given for: {@code subnets.Name} names a subnet, {@code securityGroups.Name} a group. */
    private static Element element(Design design, String place, Assumptions assumptions) throws InputException {
        int dot = place.indexOf('.');
        String section = place.substring(0, dot);
        String name = place.substring(dot + 1);
        Class<?> type = section.equals("subnets") ? Subnet.class : section.equals("vpcs") ? Vpc.class
                : SecurityGroup.class;
        Element e = design.byName(name).orElse(null);
        if (e == null || !type.isInstance(e)) {
            throw new InputException(assumptions.file(), place, "the design has no " + type.getSimpleName() + " "
                    + name);
        }
        return e;
    }

    /** Keeps the template's own Parameters (import wrote the values in as defaults) and the assumed values beside. */
    private static void record(Design out, Map<String, Object> original, Map<String, String> values) {
        String carrier = TemplateExtras.carrier(out);
        if (carrier == null || original == null) {
            return;
        }
        Map<String, Object> sections = new LinkedHashMap<>(TemplateExtras.of(out));
        if (original.containsKey("Parameters")) {
            sections.put("Parameters", original.get("Parameters"));
        }
        sections.remove(KEY);
        Map<String, Object> assumed = new LinkedHashMap<>();
        if (!values.isEmpty()) {
            assumed.put("Parameters", new LinkedHashMap<>(values));
        }
        if (!assumed.isEmpty()) {
            sections.put(KEY, assumed);
        }
        Map<String, Object> extras = new LinkedHashMap<>(out.cfnExtras(carrier));
        extras.put(TemplateExtras.KEY, sections);
        out.setCfnExtras(carrier, extras);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
