package dev.archway.model.lesson;

import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementFields;
import dev.archway.model.ElementKind;
import dev.archway.model.rule.Finding;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.QueryReport;
import dev.archway.model.simulation.QueryRouter;
import dev.archway.model.simulation.RequestRouter;
import dev.archway.model.simulation.ScenarioNames;
import dev.archway.model.simulation.SimRequest;
import dev.archway.model.simulation.SimulationScenario;
import dev.archway.model.simulation.TrafficReport;
import dev.archway.model.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a design against a lesson's steps with the engine itself: findings come from the {@link Validator}, requests
 * and queries from the simulator, so a lesson passes exactly when the design behaves as AWS would.
 */
public final class LessonChecker {
    /** Clients simulated for a check that expects a share and does not say how many. */
    public static final int DEFAULT_SPREAD_REQUESTS = 10_000;

    private final Validator validator = new Validator();

    public List<StepResult> check(Lesson lesson, Design design) {
        List<Finding> findings = validator.validate(design);
        List<StepResult> results = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            results.add(checkStep(i, lesson.steps().get(i), design, findings));
        }
        return results;
    }

    private StepResult checkStep(int index, LessonStep step, Design design, List<Finding> findings) {
        List<CheckResult> results = new ArrayList<>();
        for (Check check : step.checks()) {
            results.add(evaluate(check, design, findings));
        }
        return new StepResult(index, step, results);
    }

    CheckResult evaluate(Check check, Design design, List<Finding> findings) {
        try {
            switch (check.type()) {
                case NO_FINDING:
                case FINDING:
                    return findingCheck(check, findings);
                case REQUEST:
                    return AnswerComparison.compare(check, requestAnswer(check, design));
                case QUERY:
                    return AnswerComparison.compare(check, queryAnswer(check, design));
                default:
                    return countCheck(check, design);
            }
        } catch (IllegalArgumentException e) {
            return new CheckResult(check, false, e.getMessage());
        }
    }

    private static CheckResult findingCheck(Check check, List<Finding> findings) {
        List<Finding> matching = findings.stream().filter(f -> f.ruleId().equals(check.subject()))
                .filter(f -> check.on() == null || f.resourceNames().contains(check.on())).toList();
        boolean wanted = check.type() == Check.CheckType.FINDING;
        String observed = matching.isEmpty() ? "no " + check.subject() + " finding"
                : matching.get(0).message();
        return new CheckResult(check, wanted != matching.isEmpty(), observed);
    }

    private static Map<String, String> requestAnswer(Check check, Design design) {
        SimRequest request = SimRequest.parse(check.subject(), check.option("header"), check.firstOption("sourceIp"));
        TrafficReport report = new RequestRouter(design).send(request, check.firstOption("lb"),
                scenarioOf(check, design), clientsOf(check));
        return new RequestAnswer(design).of(request, report);
    }

    private static Map<String, String> queryAnswer(Check check, Design design) {
        boolean write = "write".equalsIgnoreCase(check.subject());
        DbQuery query = new DbQuery(write, check.firstOption("cluster"), check.firstOption("app"),
                check.firstOption("using"));
        QueryReport report = new QueryRouter(design).send(query, scenarioOf(check, design), clientsOf(check));
        return new QueryAnswer(design).of(report);
    }

    /**
     * How many clients to simulate: {@code requests: N}, else {@value #DEFAULT_SPREAD_REQUESTS} when the check
     * expects a share (enough that a share lands within a point of AWS's long-run share), else one.
     */
    public static int clientsOf(Check check) {
        String n = check.firstOption("requests");
        if (n != null) {
            return Integer.parseInt(n);
        }
        return check.expect().keySet().stream().anyMatch(LoadShares::isShare) ? DEFAULT_SPREAD_REQUESTS : 1;
    }

    /** The scenario a check asks for (failed AZs, unhealthy targets, a failed writer), names resolved in the design. */
    public static SimulationScenario scenarioOf(Check check, Design design) {
        SimulationScenario scenario = SimulationScenario.NORMAL;
        for (String zone : check.option("failAz")) {
            scenario = scenario.withZoneFailed(ScenarioNames.zone(design, zone, "failAz"), true);
        }
        for (String target : check.option("unhealthy")) {
            scenario = scenario.withUnhealthy(ScenarioNames.targetKey(design, target, "unhealthy"), true);
        }
        return scenario.withWriterFailed(check.option("failWriter").contains("true"));
    }

    private static CheckResult countCheck(Check check, Design design) {
        ElementKind kind;
        try {
            kind = ElementKind.valueOf(check.subject());
        } catch (IllegalArgumentException e) {
            return new CheckResult(check, false, "no element kind " + check.subject());
        }
        long count = design.all(ElementTypes.of(kind)).stream().filter(e -> matches(e, check.options())).count();
        int min = Integer.parseInt(check.expect().getOrDefault("min", "1"));
        return new CheckResult(check, count >= min, count + " found");
    }

    private static boolean matches(Element element, Map<String, List<String>> where) {
        Map<String, Object> fields = ElementFields.of(element);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            List<String> wanted = where.get(field.getKey());
            if (wanted != null && !wanted.contains(String.valueOf(field.getValue()))) {
                return false;
            }
        }
        return true;
    }
}
