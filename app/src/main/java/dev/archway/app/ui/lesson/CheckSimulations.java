package dev.archway.app.ui.lesson;

import dev.archway.app.ui.simulation.SimulationPanel;
import dev.archway.model.Design;
import dev.archway.model.lesson.Check;
import dev.archway.model.lesson.LessonChecker;
import dev.archway.model.simulation.DbQuery;
import dev.archway.model.simulation.SimulationScenario;

/**
 * Sends a lesson's REQUEST or QUERY check to the simulation panel, with the scenario the check asks for; the panel
 * then steps through the path on the diagram.
 */
public final class CheckSimulations {
    private CheckSimulations() {
    }

    public static void show(Check check, SimulationPanel panel, Design design) {
        SimulationScenario scenario;
        try {
            scenario = LessonChecker.scenarioOf(check, design);
        } catch (IllegalArgumentException e) {
            scenario = SimulationScenario.NORMAL; // the check itself already says which name is wrong
        }
        if (check.type() == Check.CheckType.REQUEST) {
            panel.showRequest(check.subject(), check.option("header"), check.firstOption("sourceIp"),
                    check.firstOption("lb"), scenario);
            int clients = LessonChecker.clientsOf(check);
            if (clients > 1) {
                // a check about how clients spread over the targets: show the spread the checker measured
                panel.spread(check.subject(), check.option("header"), check.firstOption("sourceIp"),
                        check.firstOption("lb"), clients);
            }
        } else if (check.type() == Check.CheckType.QUERY) {
            DbQuery query = new DbQuery("write".equalsIgnoreCase(check.subject()), check.firstOption("cluster"),
                    check.firstOption("app"), check.firstOption("using"));
            panel.showQuery(query, scenario);
        }
    }
}
