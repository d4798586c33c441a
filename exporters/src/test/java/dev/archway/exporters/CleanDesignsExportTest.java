package dev.archway.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import dev.archway.exporters.formats.Exporters;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.SyntheticDesigns;
import dev.archway.model.catalog.ElementTypes;
import dev.archway.model.diagram.AwsDiagramLayout;
import dev.archway.model.command.CommandStack;
import dev.archway.model.db.DbInstance;
import dev.archway.model.db.StandaloneDb;
import dev.archway.model.edit.Containment;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import dev.archway.model.rule.Severity;
import dev.archway.model.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Never a design that validates clean but cannot export: whatever an exporter refuses is a validation error first.
 * Checked on the bundled examples, a generated design and an Auto Scaling design, and on every design one user step
 * away from them: each element deleted, each element kind dropped from the palette into its container, each DB
 * instance made an RDS instance of its own, and (on the small design) each element connected to each other one.
 */
class CleanDesignsExportTest {
    private final Validator validator = new Validator();

    private static Map<String, Design> seeds() throws InputException {
        Map<String, Design> seeds = new LinkedHashMap<>();
        for (Examples.Example e : Examples.ALL) {
            seeds.put(e.fileName(), Examples.load(e.fileName()));
        }
        seeds.put("synthetic one VPC", SyntheticDesigns.oneVpc(2));
        Design autoScaling = AutoScalingDesigns.web();
        AwsDiagramLayout.apply(autoScaling); // drawn where the user would see it, so drops can aim inside
        seeds.put("Auto Scaling group", autoScaling);
        return seeds;
    }

    @Test
    void everyDesignOneStepFromAGoodOneExportsWhenItValidatesWithoutErrors() throws InputException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Design> seed : seeds().entrySet()) {
            Map<String, Design> variants = variants(seed.getValue(), seed.getKey().equals("Auto Scaling group"));
            for (Map.Entry<String, Design> v : variants.entrySet()) {
                checked += exportsIfClean(seed.getKey() + " / " + v.getKey(), v.getValue(), failures) ? 1 : 0;
            }
        }
        assertTrue(checked > 100, checked + " clean designs checked");
        assertEquals(List.of(), failures.stream().limit(15).toList(), failures.size() + " designs validate without "
                + "errors but do not export");
    }

    /** The design one user step away: name of the step to the design after it (refused steps are left out). */
    private static Map<String, Design> variants(Design seed, boolean connectEveryPair) {
        Map<String, Design> variants = new LinkedHashMap<>();
        variants.put("as it is", seed.copy());
        for (Element e : seed.elements()) {
            after(variants, "delete " + e.name(), seed, DesignEdits.delete(seed, List.of(e.id())));
            if (e instanceof DbInstance db && !db.isStandalone()) {
                Design own = seed.copy();
                own.put(new DbInstance(db.id(), db.name(), null, db.azId(), db.instanceClass(), db.promotionTier(),
                        db.publiclyAccessible(), new StandaloneDb("mysql", 3306, null, List.of(), false, null)));
                variants.put(db.name() + " of its own", own);
            }
        }
        for (ElementKind kind : ElementKind.values()) {
            ElementKind parent = Containment.requiredParent(kind);
            for (Element container : parent == null ? List.<Element>of() : seed.all(ElementTypes.of(parent))) {
                Bounds b = seed.bounds(container.id());
                after(variants, "drop " + kind + " in " + container.name(), seed,
                        DesignEdits.create(seed, kind, b.centerX(), b.centerY()));
            }
        }
        if (connectEveryPair) {
            for (Element from : seed.elements()) {
                for (Element to : seed.elements()) {
                    after(variants, "connect " + from.name() + " to " + to.name(), seed,
                            DesignEdits.connect(seed, from.id(), to.id()));
                }
            }
        }
        return variants;
    }

    private static void after(Map<String, Design> variants, String step, Design seed, Edit edit) {
        if (edit.accepted()) {
            CommandStack stack = new CommandStack(seed.copy());
            stack.execute(edit.command());
            variants.put(step, stack.design());
        }
    }

    /** Whether the design validates without errors; if so, each export renders it or a failure is recorded. */
    private boolean exportsIfClean(String name, Design design, List<String> failures) {
        if (validator.validate(design).stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return false;
        }
        for (Exporter exporter : Exporters.all()) {
            try {
                exporter.render(design);
            } catch (RuntimeException e) {
                failures.add(name + ": " + exporter.id() + ": " + e);
            }
        }
        return true;
    }
}
