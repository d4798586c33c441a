package dev.archway.app.cli;

import dev.archway.account.AccountException;
import dev.archway.account.AccountImport;
import dev.archway.account.AccountRequest;
import dev.archway.account.AccountResult;
import dev.archway.account.ImportProgress;
import dev.archway.exporters.designfile.DesignFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code archway import --from-aws ...}: reads the account (read-only) and writes the design. Progress and warnings
 * go to stderr, one line each; the summary to stdout. An import that cannot happen at all (no credentials, no
 * region, the endpoint unreachable) is one line and exit code 2.
 */
final class AwsAccountImportCli {
    private final ImportCli options;
    private final CommandSpec spec;

    AwsAccountImportCli(ImportCli options) {
        this.options = options;
        this.spec = options.spec;
    }

    Integer call() throws CliException {
        if (!options.fromAws) {
            throw new ParameterException(spec.commandLine(),
                    "--profile, --region, --vpc and --endpoint-url go with --from-aws");
        }
        if (options.file != null) {
            throw new ParameterException(spec.commandLine(), "give a TEMPLATE or --from-aws, not both");
        }
        AccountResult result;
        PrintWriter err = spec.commandLine().getErr();
        try {
            result = AccountImport.read(accountRequest(), new StderrProgress(err));
        } catch (AccountException e) {
            throw new CliException("import --from-aws: " + e.getMessage());
        }
        try {
            DesignFile.write(result.design(), options.out);
        } catch (IOException e) {
            throw CliException.cannotWrite(options.out, e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "imported %d elements from AWS (%d warnings; %.1f s in AWS API "
                + "calls of %.1f s) to %s", result.design().size(), result.warnings().size(),
                result.apiTime().toMillis() / 1000.0, result.totalTime().toMillis() / 1000.0, options.out));
        stdout.flush();
        return ArchwayCli.OK;
    }

    private AccountRequest accountRequest() {
        return AwsAccountOptions.request(options.profile, options.region, options.vpcs, options.endpointUrl, spec);
    }

    /** One line per service as it finishes, and every warning, on stderr. */
    private record StderrProgress(PrintWriter err) implements ImportProgress {
        @Override
        public void started(String service) {
        }

        @Override
        public void finished(String service, int items) {
            err.println("read " + service + ": " + items + " elements");
            err.flush();
        }

        @Override
        public void warning(String message) {
            err.println("warning: " + message);
            err.flush();
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
