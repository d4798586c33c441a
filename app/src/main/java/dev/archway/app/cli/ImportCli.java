package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.KeptReasons;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code archway import TEMPLATE --out DESIGN}: a CloudFormation template (JSON or YAML) as an Archway design; a
 * parent template with nested stacks (or the folder that holds them) becomes one design.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "import a CloudFormation template (JSON or YAML), or a folder of nested stacks, as an Archway "
                + "design")
public final class ImportCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEMPLATE",
            description = "a CloudFormation template, JSON or YAML, or a folder with template.yaml and stacks/")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "the design file to write")
    Path out;

    @Option(names = "--explain", description = "list each resource kept as it is, with where in the template "
            + "modelling stopped and why")
    boolean explain;

    @Override
    public Integer call() {
        try {
            Design design = new CfnImporter().importTemplate(file);
            DesignFile.write(design, out);
            int kept = design.all(OpaqueResource.class).size();
            System.out.println("imported " + design.size() + " elements (" + kept
                    + " resources kept as they are) to " + out);
            if (explain) {
                KeptReasons.of(design).values().forEach(why -> System.out.println("kept " + why));
            }
            return ArchwayCli.OK;
        } catch (InputException e) {
            System.err.println(e.getMessage());
            return ArchwayCli.BAD_INPUT;
        } catch (IOException e) {
            System.err.println(out + ": cannot be written: " + e.getMessage());
            return ArchwayCli.BAD_INPUT;
        }
    }
}
