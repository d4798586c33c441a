package dev.archway.model.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.command.CommandStack;

/** A design built by the same edits the canvas makes: drops at points, with an undo history. */
final class EditBench {
    final CommandStack stack = new CommandStack(new Design("bench"));

    Design design() {
        return stack.design();
    }

    Edit apply(Edit edit) {
        if (edit.accepted()) {
            stack.execute(edit.command());
        }
        return edit;
    }

    /** Drops a kind at a point and returns what was made; fails when the drop is refused. */
    Element drop(ElementKind kind, double x, double y) {
        Edit edit = apply(DesignEdits.create(design(), kind, x, y));
        assertTrue(edit.accepted(), () -> kind + " refused: " + edit.refusal());
        return design().get(edit.subjects().get(0));
    }

    /** Drops a kind at the centre of an element. */
    Element dropIn(ElementKind kind, Element container) {
        Bounds b = design().bounds(container.id());
        return drop(kind, b.centerX(), b.centerY());
    }

    /** Region > VPC > two AZs, each with a subnet: the frame most tests drop into. */
    static EditBench withTwoZones() {
        EditBench bench = new EditBench();
        bench.drop(ElementKind.VPC, 500, 300);
        Element vpc = bench.design().byName("vpc").orElseThrow();
        Bounds v = bench.design().bounds(vpc.id());
        Element azA = bench.drop(ElementKind.AVAILABILITY_ZONE, v.x() + 200, v.y() + 60);
        Element azB = bench.drop(ElementKind.AVAILABILITY_ZONE, v.x() + 560, v.y() + 60);
        bench.dropIn(ElementKind.SUBNET, azA);
        bench.dropIn(ElementKind.SUBNET, azB);
        return bench;
    }
}
