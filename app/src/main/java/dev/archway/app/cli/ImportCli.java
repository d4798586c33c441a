package dev.archway.app.cli;

import dev.archway.app.cli.output.TerminalText;
import dev.archway.exporters.InputException;
import dev.archway.exporters.assume.AssumedDesign;
import dev.archway.exporters.cfn.CfnImporter;
import dev.archway.exporters.cfn.KeptReasons;
import dev.archway.exporters.designfile.DesignFile;
import dev.archway.model.Design;
import dev.archway.model.OpaqueResource;
import dev.archway.model.stacks.SourceStacks;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
        description = {"import a CloudFormation template (JSON or YAML), a folder of nested stacks, or several "
                + "templates (or a folder of them) that work together, as one Archway design;",
            "or, with --from-aws, what an AWS account has deployed (read-only; docs/aws-account.md)"})
public final class ImportCli implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TEMPLATE",
            description = "a CloudFormation template, JSON or YAML, or a folder with template.yaml and stacks/, or a "
                    + "folder of templates that work together (one design)")
    Path file;

    @Parameters(index = "1..*", paramLabel = "MORE",
            description = "more templates of the same set: stacks whose Fn::ImportValue refer to each other's Exports")
    List<Path> more = new ArrayList<>();

    @Mixin
    StackSetOptions stacks = new StackSetOptions();

    @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "the design file to write")
    Path out;

    @Option(names = "--explain", description = "list each resource kept as it is, with where in the template "
            + "modelling stopped and why")
    boolean explain;

    @Option(names = "--from-aws", description = "read a live AWS account instead of a template")
    boolean fromAws;

    @Option(names = "--profile", paramLabel = "NAME", description = "with --from-aws: the named profile's credentials")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", description = "with --from-aws: the region to read; with a "
            + "template: the region it deploys to (AWS::Region, and its Fn::GetAZs slots named as that region's AZs)")
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
        if (fromAws || profile != null || (region != null && file == null) || !vpcs.isEmpty() || endpointUrl != null) {
            // the AWS SDK's classes load only on this path, so other commands start as fast as before
            return new AwsAccountImportCli(this).call();
        }
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'TEMPLATE' (or --from-aws)");
        }
        Design design = more.isEmpty() && stacks.stackNames.isEmpty() && !Files.isDirectory(file)
                ? new CfnImporter().importTemplate(file) : stacks.importSet(file, more);
        if (region != null) {
            design = AssumedDesign.inRegion(design, region, file);
        }
        List<Path> inputs = new ArrayList<>(List.of(file));
        inputs.addAll(more);
        for (Path in : inputs) {
            if (Files.exists(out) && Files.isSameFile(out, in)) {
                throw new CliException(out + ": is the template being imported; name another --out");
            }
        }
        try {
            DesignFile.write(design, out);
        } catch (IOException e) {
            throw CliException.cannotWrite(out, e);
        }
        int kept = design.all(OpaqueResource.class).size();
        PrintWriter stdout = spec.commandLine().getOut();
        int stackCount = SourceStacks.stacks(design).size();
        stdout.println("imported " + design.size() + " elements (" + kept + " resources kept as they are) "
                + (stackCount > 1 ? "from " + stackCount + " stacks " : "") + "to " + out);
        if (explain) {
            for (OpaqueResource o : design.all(OpaqueResource.class)) {
                Object why = design.cfnExtras(o.id()).get(KeptReasons.KEY);
                String file = SourceStacks.fileOf(design, o.id());
                if (why != null) {
                    stdout.println(TerminalText.visible("kept " + (file == null ? "" : file + ": ") + why));
                }
            }
        }
        stdout.flush();
        return ArchwayCli.OK;
    }
}
