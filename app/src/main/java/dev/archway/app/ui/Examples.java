package dev.archway.app.ui;

import dev.archway.model.Design;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The example designs offered by File > New from example, by title; the first is the default design. */
final class Examples {
    private Examples() {
    }

    static Map<String, Supplier<Design>> all() {
        Map<String, Supplier<Design>> out = new LinkedHashMap<>();
        out.put("Two sites behind one ALB", StarterDesign::build);
        return out;
    }

    static Design defaultDesign() {
        return all().values().iterator().next().get();
    }
}
