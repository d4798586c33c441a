package dev.archway.app.cli;

import dev.archway.app.cli.output.FindingsWriter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.model.Design;
import dev.archway.model.rule.Finding;
import dev.archway.model.rule.Severity;
import dev.archway.model.stacks.SourceStacks;
import dev.archway.model.validation.FixAllCommand;
import dev.archway.model.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code archway validate FILE [MORE...] [--format text|json|sarif] [--fail-on error|warning|info] [--fix]}. Exit 1 when a
 * finding at or above {@code --fail-on} remains, 0 otherwise, 2 on bad input.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a design or a CloudFormation template against Archway's AWS rules.")
public final class ValidateCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an Archway design or a CloudFormation template, or "
            + "a folder of templates that work together")
    Path file;

    @Parameters(index = "1..*", paramLabel = "MORE", description = "more templates of the same set (one design)")
    List<Path> more = new java.util.ArrayList<>();

    @Mixin
    StackSetOptions stacks = new StackSetOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "exit 1 when a finding of this severity or worse exists: error, warning or info "
                    + "(default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--fix", description = "apply every available fix and save the design (design files only)")
    boolean fix;

    @Mixin
    AssumptionOptions assumptions = new AssumptionOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, IOException, CliException {
        Severity threshold = parseThreshold();
        FindingsWriter writer = parseWriter();
        PrintWriter out = spec.commandLine().getOut();
        boolean set = !more.isEmpty() || !stacks.stackNames.isEmpty();
        DesignSources.Source source = set ? null : DesignSources.read(file);
        if (fix && (set || !source.isDesignFile())) {
            throw new InputException(file, null, "--fix rewrites design files only; import the template first");
        }
        if (fix && !assumptions.isEmpty()) {
            throw new InputException(file, null, "--fix saves the design as it is; it cannot be combined with --param, "
                    + "--assume or --region");
        }
        Design design = assumptions.apply(set ? stacks.importSet(file, more) : source.design(), file);
        Validator validator = new Validator();
        if (fix) {
            applyFixes(design, validator, "text".equals(format) ? out : spec.commandLine().getErr());
        }
        List<Finding> findings = validator.validate(design).stream().map(f -> SourceStacks.labelled(design, f))
                .toList();
        writer.write(file.toString(), findings, out);
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold)) ? ArchwayCli.PROBLEMS : ArchwayCli.OK;
    }

    /** Applies every fix and saves atomically; the report goes to stdout for text, to stderr for machine formats. */
    private void applyFixes(Design design, Validator validator, PrintWriter report) throws CliException {
        FixAllCommand fixAll = new FixAllCommand(validator);
        fixAll.apply(design);
        if (fixAll.appliedLabels().isEmpty()) {
            report.println("Nothing to fix.");
        } else {
            fixAll.appliedLabels().forEach(label -> report.println("fixed: " + label));
            try {
                DesignFile.write(design, file);
            } catch (IOException e) {
                throw CliException.cannotWrite(file, e);
            }
            int fixes = fixAll.appliedLabels().size();
            report.println("Saved " + file + " with " + fixes + (fixes == 1 ? " fix." : " fixes."));
        }
        report.flush();
    }

    private Severity parseThreshold() {
        switch (failOn.toLowerCase(Locale.ROOT)) {
            case "error":
                return Severity.ERROR;
            case "warning":
                return Severity.WARNING;
            case "info":
                return Severity.INFO;
            default:
                throw new ParameterException(spec.commandLine(),
                        "--fail-on must be error, warning or info, not '" + failOn + "'");
        }
    }

    private FindingsWriter parseWriter() {
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text, json or sarif, not '" + format + "'");
        }
        return FindingsWriter.forFormat(format, System.console() != null);
    }
}
