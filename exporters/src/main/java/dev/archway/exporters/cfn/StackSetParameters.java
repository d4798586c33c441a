package dev.archway.exporters.cfn;

import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.stacks.SourceStacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code --param Name=Value} on a design of several stacks: every stack that has the Parameter takes the value. Each
 * stack is written as its template with that default, and the set imported again, as {@link ParameterValues} does
 * for one template (the importer is the one evaluator of expressions).
 */
final class StackSetParameters {
    private StackSetParameters() {
    }

    static Design apply(Design design, Map<String, String> values, Path file) throws InputException {
        Path dir;
        try {
            dir = Files.createTempDirectory("archway-stacks");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> used = new HashSet<>();
            for (String stack : SourceStacks.stacks(design)) {
                Map<String, Object> template = new CfnTemplateExporter().export(StackFiles.part(design, stack));
                Map<String, Object> parameters = Cfn.orEmpty(template.get("Parameters"));
                values.forEach((name, value) -> {
                    if (Cfn.setDefault(parameters, name, value)) {
                        used.add(name);
                    }
                });
                Files.writeString(dir.resolve(stack + ".json"), CfnJsonExporter.toJson(template));
                names.put(stack + ".json", stack);
            }
            for (String name : values.keySet()) {
                if (!used.contains(name)) {
                    throw new InputException(file, "--param " + name, "no stack of the design has a Parameter "
                            + name);
                }
            }
            Design again = new StackSetImport(names).importStacks(List.of(dir));
            again.rename(design.name());
            return again;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind loses nothing
        }
    }
}
