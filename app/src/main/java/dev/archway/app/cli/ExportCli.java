package dev.archway.app.cli;

import dev.archway.exporters.ExportOutput;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.Exporter;
import dev.archway.exporters.InputException;
import dev.archway.exporters.formats.DesignSources;
import dev.archway.exporters.formats.Exporters;
import dev.archway.model.Design;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code archway export FILE --to FORMAT --out PATH}: a design (or a template) in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "export a design or a CloudFormation template to another format")
public final class ExportCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an Archway design or a CloudFormation template")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "cfn-yaml, cfn-json, django, apache, nginx, ... (all formats: the error for an unknown one)")
    String format;

    @Option(names = {"--out", "-o"}, required = true, paramLabel = "PATH",
            description = "the file to write (a folder for formats that write several files, and for a CloudFormation "
                    + "template past its limits: a parent template with nested stacks)")
    Path out;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "2",
            description = "svg and png: pixels per diagram unit of the PNG (default 2; at most 8000 pixels a side)")
    double scale;

    @Option(names = "--layers", paramLabel = "LAYER", split = ",",
            description = "svg and png: secondary relations to draw: sg, certificates, route-tables, apps, all")
    List<String> layers = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, CliException {
        if (DiagramExport.handles(format)) {
            DiagramExport.run(file, format, out, scale, layers, spec.commandLine().getOut());
            return ArchwayCli.OK;
        }
        Exporter exporter = Exporters.byId(format).orElseThrow(() -> new CliException("unknown format '" + format
                + "'; valid formats: " + Exporters.all().stream().map(Exporter::id).collect(Collectors.joining(", ")) + ", svg, png"));
        Design design = DesignSources.load(file);
        ExportOutput output = render(exporter, design);
        if (output.directory() && Files.isRegularFile(out)) {
            throw new CliException(out + ": is a file, but this export writes a folder" + (isNested(output)
                    ? " (" + nestedStacks(output) + ": the design is past CloudFormation's limits for one template)"
                    : "") + "; name a folder");
        }
        try {
            ExportWriter.write(output, out, file);
        } catch (IOException e) {
            throw CliException.cannotWrite(out, e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + exporter.displayName() + " to " + (isNested(output) ? "the folder "
                + out + ": " + nestedStacks(output) + ", since the design is past CloudFormation's limits for one "
                + "template (README.md says how to deploy them)" : out));
        stdout.flush();
        return ArchwayCli.OK;
    }

    /** An exporter refuses a design it cannot express with an IllegalArgument/IllegalState exception: bad input. */
    private ExportOutput render(Exporter exporter, Design design) throws InputException {
        try {
            return exporter.render(design);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file, null, "cannot be exported as " + format + ": " + e.getMessage(), e);
        }
    }

    /** A template past CloudFormation's limits is written as a parent template and nested stacks. */
    private static boolean isNested(ExportOutput output) {
        return output.directory() && output.files().keySet().stream().anyMatch(f -> f.startsWith("stacks/"));
    }

    private static String nestedStacks(ExportOutput output) {
        long stacks = output.files().keySet().stream().filter(f -> f.startsWith("stacks/")).count();
        return "a parent template and " + stacks + " nested stacks";
    }
}
