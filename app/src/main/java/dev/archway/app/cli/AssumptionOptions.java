package dev.archway.app.cli;

import dev.archway.exporters.InputException;
import dev.archway.exporters.assume.AssumedDesign;
import dev.archway.exporters.assume.Assumptions;
import dev.archway.exporters.assume.AssumptionsFile;
import dev.archway.exporters.cfn.ConditionValues;
import dev.archway.model.Design;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --assume FILE}, {@code --param Name=Value} (repeatable) and {@code --region R}: evaluate the design under
 * assumptions (template Parameter values, facts about the subnets and security groups it takes from outside, the
 * region it deploys to) instead of the Parameters' defaults and unknown facts, for {@code validate}, {@code simulate}
 * and {@code lesson check}. A {@code --param} overrides the same Parameter in the file.
 */
public final class AssumptionOptions {
    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "evaluate with this value for the template Parameter NAME instead of its default "
                    + "(repeatable; overrides --assume)")
    List<String> params = List.of();

    @Option(names = "--assume", paramLabel = "FILE",
            description = "evaluate under the assumptions in FILE (YAML or JSON): parameters: {Env: prod}, "
                    + "subnets: {Subnets 1: {az: 1st, public: true, cidr: 10.0.0.0/24}}, securityGroups: "
                    + "{AppSg: {ingress: [{protocol: tcp, ports: 443, cidr: 0.0.0.0/0}]}}")
    Path assume;

    @Option(names = "--region", paramLabel = "REGION",
            description = "evaluate as deployed in REGION (e.g. eu-west-1): AWS::Region, and the AZs a template takes "
                    + "from Fn::GetAZs named as the 1st, 2nd ... AZ of REGION")
    String region;

    boolean isEmpty() {
        return params.isEmpty() && assume == null && region == null;
    }

    /** The design as it is under the given assumptions (and those it keeps). */
    Design apply(Design design, Path file) throws InputException {
        ConditionValues.mark(design);
        Design placed = region == null ? design : AssumedDesign.inRegion(design, region, file);
        Design assumed = assume == null ? placed : AssumedDesign.apply(placed, AssumptionsFile.read(assume));
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new InputException(file, "--param " + p, "expected NAME=VALUE");
            }
            values.put(p.substring(0, eq).trim(), p.substring(eq + 1));
        }
        return AssumedDesign.apply(assumed, Assumptions.parameters(values, file));
    }
}
