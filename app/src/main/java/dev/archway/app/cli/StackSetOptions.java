package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.StackSetImport;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Several templates (or a folder of them) read as one design, for {@code import}, {@code validate} and
 * {@code simulate}: stacks that hand each other values through Exports and {@code Fn::ImportValue}.
 * {@code --stack-name FILE=NAME} names a template's stack where its file name does not (export names often hold the
 * stack's name, {@code ${AWS::StackName}-VpcId}).
 */
public final class StackSetOptions {
    @Option(names = "--stack-name", paramLabel = "FILE=NAME",
            description = "the stack name of one of several templates, where it is not the file name up to the "
                    + "first dot (repeatable)")
    List<String> stackNames = new ArrayList<>();

    /** What {@code first} and {@code more} open as: a design file, a template, a folder, or several templates. */
    Design load(Path first, List<Path> more) throws InputException {
        return more.isEmpty() && stackNames.isEmpty() ? CliSupport.load(first) : importSet(first, more);
    }

    /** The templates (or the templates of a folder) as one design. */
    Design importSet(Path first, List<Path> more) throws InputException {
        List<Path> all = new ArrayList<>(List.of(first));
        all.addAll(more);
        return new StackSetImport(names()).importStacks(all);
    }

    private Map<String, String> names() throws InputException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String option : stackNames) {
            Map.Entry<String, String> e = StackSetImport.stackNameOption(option);
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
