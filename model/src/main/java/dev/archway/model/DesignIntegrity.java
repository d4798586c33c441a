package dev.archway.model;

import java.util.ArrayList;
import java.util.List;

/** The invariants a loaded design must hold: every reference resolves. (Unique names are kept by {@link Design}.) */
public final class DesignIntegrity {
    private DesignIntegrity() {
    }

    /** One line per problem, naming the element and the missing id; empty when the design is whole. */
    public static List<String> problems(Design design) {
        List<String> problems = new ArrayList<>();
        for (Element e : design.elements()) {
            for (String ref : e.references()) {
                if (!design.contains(ref)) {
                    problems.add(e.name() + " refers to '" + ref + "', which is not in the design");
                }
            }
        }
        for (String id : design.layout().keySet()) {
            if (!design.contains(id)) {
                problems.add("the layout places '" + id + "', which is not in the design");
            }
        }
        return problems;
    }
}
