package dev.archway.app.cli;

import dev.archway.exporters.DesignSources;
import dev.archway.exporters.Exporter;
import dev.archway.exporters.ExportWriter;
import dev.archway.exporters.Exporters;
import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archway export FILE --to FORMAT --out PATH}: a design (or a template) in one of the export formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "export a design or a CloudFormation template to another format")
public final class ExportCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "an Archway design or a CloudFormation template")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "cfn-yaml, cfn-json, django, apache, nginx, ... (all formats: the error for an unknown one)")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "the file to write (a folder for formats that write several files)")
    Path out;

    @Override
    public Integer call() {
        Optional<Exporter> exporter = Exporters.byId(format);
        if (exporter.isEmpty()) {
            System.err.println("unknown format '" + format + "'; valid formats: "
                    + Exporters.all().stream().map(Exporter::id).collect(Collectors.joining(", ")));
            return ArchwayCli.BAD_INPUT;
        }
        try {
            Design design = DesignSources.load(file);
            ExportWriter.write(exporter.get().render(design), out);
            System.out.println("wrote " + exporter.get().displayName() + " to " + out);
            return ArchwayCli.OK;
        } catch (InputException e) {
            System.err.println(e.getMessage());
            return ArchwayCli.BAD_INPUT;
        } catch (IOException e) {
            System.err.println(out + ": cannot be written: " + e.getMessage());
            return ArchwayCli.BAD_INPUT;
        } catch (RuntimeException e) {
            System.err.println(file + ": cannot be exported as " + format + ": " + e.getMessage());
            return ArchwayCli.BAD_INPUT;
        }
    }
}
