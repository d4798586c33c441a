package dev.archway.model.simulation;

import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.command.DeletionPlanner;
import dev.archway.model.query.Topology;
import java.util.List;

/**
 * The design as it would be deployed under the assumptions: without the elements whose template Condition is false
 * (and what only they hold), which a simulation must not route through. The design itself when none is left out,
 * or when leaving them out would break what stays (then the validation's findings say why).
 */
final class DeployedDesign {
    private DeployedDesign() {
    }

    static Design of(Design design) {
        Topology topology = new Topology(design);
        List<String> absent = design.allCfnExtras().keySet().stream().filter(design::contains)
                .map(design::get).filter(topology::absent).map(Element::id).toList();
        if (absent.isEmpty()) {
            return design;
        }
        Design deployed = design.copy();
        DeletionPlanner.Deletion deletion = DeletionPlanner.plan(deployed, absent, "leave out what is not deployed");
        if (deletion.refused()) {
            return design;
        }
        deletion.command().apply(deployed);
        return deployed;
    }
}
