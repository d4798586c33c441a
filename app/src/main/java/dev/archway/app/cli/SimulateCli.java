package dev.archway.app.cli;

import dev.archway.app.cli.output.TerminalText;
import dev.archway.exporters.InputException;
import dev.archway.model.Design;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.QueryReport;
import dev.archway.model.simulation.QueryRouter;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.ScenarioNames;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TrafficReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code archway simulate FILE --request "METHOD URL" ...} or {@code archway simulate FILE --db read|write ...}:
 * where a request or a query goes and why. Options are read as text and checked here so that any bad flag or
 * unknown name gets one line on stderr and exit code 2.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a request through the load balancers, or a query to Aurora:",
            "  simulate FILE --request \"GET https://host/path\" [--header \"N: v\"]...",
            "    [--source-ip IP] [--lb NAME] [--fail-az AZ]... [--unhealthy TARGET]...",
            "  simulate FILE --db read|write [--cluster NAME] [--app NAME]",
            "    [--using ALIAS] [--fail-writer] [--fail-az AZ]...",
            "Both take [--requests N] [--format text|json].",
            "FILE may be a folder of templates, or FILE MORE... several: stacks that work together, one design."})
public final class SimulateCli implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "an Archway design or a CloudFormation template, or a folder of templates that work together")
    Path file;

    @Parameters(index = "1..*", paramLabel = "MORE", description = "more templates of the same set (one design)")
    List<Path> more = new ArrayList<>();

    @Mixin
    StackSetOptions stacks = new StackSetOptions();

    @Option(names = "--request", paramLabel = "\"METHOD URL\"",
            description = "e.g. \"GET https://api.example.com/v1\" or \"TCP host:7000\"")
    String request;

    @Option(names = "--header", paramLabel = "\"Name: value\"", description = "a request header (repeatable)")
    List<String> headers = new ArrayList<>();

    @Option(names = "--source-ip", paramLabel = "IP",
            description = "the client's address (default 203.0.113.200, or inside the VPC for an internal LB)")
    String sourceIp;

    @Option(names = "--lb", paramLabel = "NAME",
            description = "the load balancer, when the host does not resolve to one")
    String lb;

    @Option(names = "--unhealthy", paramLabel = "TARGET",
            description = "mark a target unhealthy (repeatable; a service name marks all its tasks, NAME#n one task)")
    List<String> unhealthy = new ArrayList<>();

    @Option(names = "--db", paramLabel = "read|write", description = "simulate a database query instead of a request")
    String db;

    @Option(names = "--cluster", paramLabel = "NAME", description = "the Aurora cluster (when the design has several)")
    String cluster;

    @Option(names = "--app", paramLabel = "NAME",
            description = "the application whose Django routers choose the database")
    String app;

    @Option(names = "--using", paramLabel = "ALIAS", description = "QuerySet.using(ALIAS): overrides the routers")
    String using;

    @Option(names = "--fail-writer", description = "the writer fails: Aurora promotes a replica")
    boolean failWriter;

    @Option(names = "--fail-az", paramLabel = "AZ",
            description = "an AZ (element name, zone such as eu-west-1a, or slot such as 1st) fails (repeatable)")
    List<String> failAz = new ArrayList<>();

    @Option(names = "--requests", paramLabel = "N", description = "send N requests/queries and report the distribution")
    String requests;

    @Option(names = "--seed", paramLabel = "N",
            description = "random seed for --requests (default fixed, so runs repeat)")
    String seed;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default text)")
    String format = "text";

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** Opens FILE; tests swap in designs built in code. */
    interface DesignLoader {
        Design load(Path file) throws InputException;
    }

    DesignLoader loader = CliSupport::load;

    @Mixin
    AssumptionOptions assumptions = new AssumptionOptions();

    @Override
    public Integer call() throws InputException, CliException {
        try {
            checkUsage();
            Design design = assumptions.apply(more.isEmpty() && stacks.stackNames.isEmpty() ? loader.load(file)
                    : stacks.importSet(file, more), file);
            SimulationScenario scenario = scenario(design);
            int n = requests == null ? 1 : positive("--requests", requests);
            boolean json = format.equals("json");
            SimulationOutput output = new SimulationOutput(design, json);
            PrintWriter out = spec.commandLine().getOut();
            if (request != null) {
                SimRequest req = SimRequest.parse(request, headers, sourceIp);
                TrafficReport report = new RequestRouter(design).send(req, lb, scenario, n);
                out.print(TerminalText.visibleLines(output.request(report, requests != null)));
            } else {
                DbQuery query = new DbQuery(db.equals("write"), cluster, app, using);
                QueryReport report = new QueryRouter(design).send(query, scenario, n);
                out.print(TerminalText.visibleLines(output.query(report, requests != null)));
            }
            out.flush();
            return ArchwayCli.OK;
        } catch (IllegalArgumentException e) {
            throw new CliException((file == null ? "simulate" : file.toString()) + ": " + e.getMessage());
        }
    }

    private void checkUsage() {
        if (!unmatched.isEmpty()) {
            throw new IllegalArgumentException("unknown option or extra argument '" + unmatched.get(0)
                    + "' (see archway simulate --help)");
        }
        if (file == null) {
            throw new IllegalArgumentException("name a design file or template: archway simulate FILE --request ...");
        }
        if ((request == null) == (db == null)) {
            throw new IllegalArgumentException("give exactly one of --request \"METHOD URL\" or --db read|write");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format must be text or json, not '" + format + "'");
        }
        if (db != null && !db.equals("read") && !db.equals("write")) {
            throw new IllegalArgumentException("--db must be read or write, not '" + db + "'");
        }
        if (request != null && (cluster != null || app != null || using != null || failWriter)) {
            throw new IllegalArgumentException(
                    "--cluster, --app, --using and --fail-writer go with --db, not --request");
        }
        if (db != null && (!headers.isEmpty() || sourceIp != null || lb != null || !unhealthy.isEmpty())) {
            throw new IllegalArgumentException(
                    "--header, --source-ip, --lb and --unhealthy go with --request, not --db");
        }
        if (using != null && app == null) {
            throw new IllegalArgumentException("--using needs --app: it overrides that application's routers");
        }
    }

    private SimulationScenario scenario(Design design) {
        SimulationScenario s = SimulationScenario.startingFrom(design).withWriterFailed(failWriter);
        if (seed != null) {
            try {
                s = s.withSeed(Long.parseLong(seed));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be a whole number, not '" + seed + "'");
            }
        }
        for (String az : failAz) {
            s = s.withZoneFailed(ScenarioNames.zone(design, az, "--fail-az"), true);
        }
        for (String target : unhealthy) {
            s = s.withUnhealthy(ScenarioNames.targetKey(design, target, "--unhealthy"), true);
        }
        return s;
    }

    private static int positive(String option, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least 1, not '" + text + "'");
    }
}
