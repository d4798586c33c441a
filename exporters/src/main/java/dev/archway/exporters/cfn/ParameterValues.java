package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A design evaluated under other values of its template's Parameters ({@code --param Name=Value}). The design is
 * written as its template, which carries the expressions the import read (see {@link SourceValues}), and imported
 * again with those values as the Parameters' defaults: the importer is the one evaluator of expressions.
 */
public final class ParameterValues {
    private ParameterValues() {
    }

    /** The design as it is under the values; the design itself when there are none. */
    public static Design apply(Design design, Map<String, String> values, Path file) throws InputException {
        if (values.isEmpty()) {
            return design;
        }
        if (dev.archway.model.stacks.SourceStacks.isMultiStack(design)) {
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
