package dev.archway.app.cli;

import dev.archway.app.doctor.Doctor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code archway doctor}: which optional tools Archway found, and what each enables. Always exit 0. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Say which optional tools (cfn-lint, Node.js for CDK synth, ...) are installed and what each "
                + "enables.")
public final class DoctorCli implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        new Doctor(System.getenv()).report().forEach(out::println);
        out.flush();
        return ArchwayCli.OK;
    }
}
