package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.ParameterValues;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --param Name=Value} (repeatable): evaluate the design's template Parameters with these values instead of
 * their defaults, for {@code validate}, {@code simulate} and {@code lesson check}.
 */
public final class AssumptionOptions {
    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "evaluate with this value for the template Parameter NAME instead of its default "
                    + "(repeatable)")
    List<String> params = List.of();

    /** The design as it is under the given values. */
    Design apply(Design design, Path file) throws InputException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InputException(file, "--param " + p, "expected NAME=VALUE");
            }
            values.put(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        return ParameterValues.apply(design, values, file);
    }
}
