package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.network.Region;
import dev.archway.model.network.Vpc;
import dev.archway.model.stacks.SourceStacks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A design evaluated under other values of its template's Parameters ({@code --param Name=Value}). The design is
 * written as its template, which carries the expressions the import read (see {@link SourceValues}), and imported
 * again with those values as the Parameters' defaults: the importer is the one evaluator of expressions.
 */
public final class ParameterValues {
    private ParameterValues() {
    }

    /**
     * The design as deployed in a region ({@code AWS::Region}, the pseudo parameter): a single template's expressions
     * evaluated again with that region, and every Region of the design (one made when it has none) saying its code,
     * so that AZ slots read {@code 1st AZ of eu-west-1}. A new design.
     */
    public static Design inRegion(Design design, String code, Path file) throws InputException {
        if (!Region.isCode(code)) {
            throw new InputException(file, "--region " + code, "expected a region code such as eu-west-1");
        }
        Design out = !TemplateExtras.keepsExpressions(design) || SourceStacks.isMultiStack(design) ? design.copy()
                : new CfnImporter().inRegion(code).importTree(new CfnTemplateExporter().export(design), file);
        List<Region> regions = out.all(Region.class);
        if (regions.isEmpty()) {
            Region made = new Region(LogicalIds.sanitize("Region " + code, "Region"), "Region " + code, code);
            out.put(made);
            for (Vpc v : out.all(Vpc.class)) {
                if (v.regionId() == null) {
                    out.put(new Vpc(v.id(), v.name(), made.id(), v.cidr()));
                }
            }
        }
        regions.forEach(r -> out.put(new Region(r.id(), r.name(), code)));
        return out;
    }

    /** The design as it is under the values; the design itself when there are none. */
    public static Design apply(Design design, Map<String, String> values, Path file) throws InputException {
        if (values.isEmpty()) {
            return design;
        }
        if (SourceStacks.isMultiStack(design)) {
            return StackSetParameters.apply(design, values, file);
        }
        Map<String, Object> template = new CfnTemplateExporter().export(design);
        Map<String, Object> parameters = Cfn.asMap(template.get("Parameters"));
        for (Map.Entry<String, String> v : values.entrySet()) {
            Map<String, Object> p = parameters == null ? null : Cfn.asMap(parameters.get(v.getKey()));
            if (p == null) {
                throw new InputException(file, "--param " + v.getKey(), "the template has no Parameter "
                        + v.getKey() + (parameters == null ? "" : " (it has " + String.join(", ",
                        parameters.keySet()) + ")"));
            }
            Map<String, Object> changed = new LinkedHashMap<>(p);
            if (v.getValue() == null) {
                changed.remove("Default"); // given at deploy time
            } else {
                changed.put("Default", v.getValue());
            }
            parameters.put(v.getKey(), changed);
        }
        return new CfnImporter().importTree(template, file);
    }
}
