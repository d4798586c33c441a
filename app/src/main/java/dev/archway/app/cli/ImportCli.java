package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.KeptReasons;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code archway import TEMPLATE --out DESIGN}: a CloudFormation template (JSON or YAML) as an Archway design; a
 * parent template with nested stacks (or the folder that holds them) becomes one design.
 * {@code archway import --from-aws [--profile P] [--region R] [--vpc ID]... [--endpoint-url URL] --out DESIGN}: what
 * a live AWS account has deployed (see {@link AwsAccountImportCli}).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"import a CloudFormation template (JSON or YAML), or a folder of nested stacks, as an Archway "
                + "design;", "or, with --from-aws, what an AWS account has deployed (read-only; docs/aws-account.md)"})
public final class ImportCli implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TEMPLATE",
            description = "a CloudFormation template, JSON or YAML, or a folder with template.yaml and stacks/")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "the design file to write")
    Path out;

    @Option(names = "--explain", description = "list each resource kept as it is, with where in the template "
            + "modelling stopped and why")
    boolean explain;

    @Option(names = "--from-aws", description = "read a live AWS account instead of a template")
    boolean fromAws;

    @Option(names = "--profile", paramLabel = "NAME", description = "with --from-aws: the named profile's credentials")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "with --from-aws: the region to read")
    String region;

    @Option(names = "--vpc", paramLabel = "VPC_ID", description = "with --from-aws: read only this VPC (repeatable)")
    List<String> vpcs = new ArrayList<>();

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "with --from-aws: send every call there (a local emulator, say)")
    String endpointUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, CliException, IOException {
        if (fromAws || profile != null || region != null || !vpcs.isEmpty() || endpointUrl != null) {
            // the AWS SDK's classes load only on this path, so other commands start as fast as before
            return new AwsAccountImportCli(this).call();
        }
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'TEMPLATE' (or --from-aws)");
        }
        Design design = new CfnImporter().importTemplate(file);
        if (Files.exists(out) && Files.isSameFile(out, file)) {
            throw new CliException(out + ": is the template being imported; name another --out");
        }
        try {
            DesignFile.write(design, out);
        } catch (IOException e) {
            throw CliException.cannotWrite(out, e);
        }
        int kept = design.all(OpaqueResource.class).size();
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("imported " + design.size() + " elements (" + kept + " resources kept as they are) to " + out);
        if (explain) {
            KeptReasons.of(design).values().forEach(why -> stdout.println("kept " + why));
        }
        stdout.flush();
        return ArchwayCli.OK;
    }
}
