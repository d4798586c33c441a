package dev.archway.app.ui.lesson;

import dev.archway.app.ui.simulation.SimulationPanel;
import dev.archway.model.lesson.Check;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.SimulationScenario;

/**
 * Sends a lesson's REQUEST or QUERY check to the simulation panel, with the scenario the check asks for; the panel
 * then steps through the path on the diagram.
 */
public final class CheckSimulations {
    private CheckSimulations() {
    }

    public static void show(Check check, SimulationPanel panel) {
        if (check.type() == Check.CheckType.REQUEST) {
            panel.showRequest(check.subject(), check.option("header"), check.firstOption("sourceIp"),
                    check.firstOption("lb"), scenario(check));
            if (!check.option("requests").isEmpty()) {
                // a check about how many clients spread over the targets: show the spread too
                panel.sendThousand();
            }
        } else if (check.type() == Check.CheckType.QUERY) {
            DbQuery query = new DbQuery("write".equalsIgnoreCase(check.subject()), check.firstOption("cluster"),
                    check.firstOption("app"), check.firstOption("using"));
            panel.showQuery(query, scenario(check));
        }
    }

    /** Failed zones, unhealthy targets and a failed writer, as the checker reads them. */
    static SimulationScenario scenario(Check check) {
        SimulationScenario scenario = SimulationScenario.NORMAL;
        for (String zone : check.option("failAz")) {
            scenario = scenario.withZoneFailed(zone, true);
        }
        for (String target : check.option("unhealthy")) {
            scenario = scenario.withUnhealthy(target, true);
        }
        return scenario.withWriterFailed(check.option("failWriter").contains("true"));
    }
}
