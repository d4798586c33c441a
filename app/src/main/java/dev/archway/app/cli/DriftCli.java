package dev.archway.app.cli;

import dev.archway.account.AccountException;
import dev.archway.account.AccountImport;
import dev.archway.account.AccountResult;
import dev.archway.account.ImportProgress;
import dev.archway.app.cli.output.DriftReport;
import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.diff.Drift;
import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code archway drift DESIGN --from-aws [account options] [--format text|json]}: exit 0 when the account matches
 * the design, 1 when it drifted, 2 on bad input or an account that cannot be read.
 */
@Command(name = "drift", mixinStandardHelpOptions = true,
        description = "Compare a design with what an AWS account runs: what only the account has, what only the "
                + "design has, and what differs, property by property.")
public final class DriftCli implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DESIGN", description = "an Archway design or a CloudFormation template")
    Path file;

    @Option(names = "--from-aws", required = true,
            description = "compare with the account the AWS SDK's credentials reach (read-only)")
    boolean fromAws;

    @Mixin
    AwsAccountOptions account = new AwsAccountOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException, CliException {
        if (!List.of("text", "json").contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        Design design = CliSupport.load(file);
        AccountResult read = read();
        PrintWriter err = spec.commandLine().getErr();
        read.warnings().forEach(w -> err.println("warning: " + w));
        err.flush();
        Drift drift = read.driftFrom(design);
        PrintWriter out = spec.commandLine().getOut();
        out.println("json".equals(format) ? DriftReport.json(file.toString(), drift)
                : DriftReport.text(file.toString(), drift));
        out.flush();
        return drift.isEmpty() ? ArchwayCli.OK : ArchwayCli.PROBLEMS;
    }

    private AccountResult read() throws CliException {
        try {
            return AccountImport.read(account.request(spec), ImportProgress.NONE);
        } catch (AccountException e) {
            throw new CliException("drift: " + e.getMessage());
        }
    }
}
