package dev.archway.model.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.network.Vpc;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Design design = new Design("d");
    private final CommandStack stack = new CommandStack(design);
    private final Vpc vpc = new Vpc("vpc-1", "Main", null, "10.0.0.0/16");

    @Test
    void executeAppliesAndUndoReverts() {
        stack.execute(new PutElementCommand("Add VPC", vpc, new Bounds(0, 0, 10, 10)));
        assertEquals(vpc, design.get("vpc-1"));
        assertEquals(Optional.of("Add VPC"), stack.undoLabel());
        stack.undo();
        assertNull(design.get("vpc-1"));
        assertNull(design.bounds("vpc-1"));
        stack.redo();
        assertEquals(new Bounds(0, 0, 10, 10), design.bounds("vpc-1"));
    }

    @Test
    void undoingAnEditRestoresThePreviousVersion() {
        stack.execute(new PutElementCommand("Add VPC", vpc));
        stack.execute(new PutElementCommand("Rename", vpc.withName("Shop")));
        stack.undo();
        assertEquals("Main", design.get("vpc-1").name());
    }

    @Test
    void executingClearsRedo() {
        stack.execute(new PutElementCommand("Add VPC", vpc));
        stack.undo();
        stack.execute(new PutElementCommand("Add other", new Vpc("vpc-2", "Other", null, "10.1.0.0/16")));
        assertFalse(stack.canRedo());
    }

    @Test
    void undoAfterMergeRevertsWholeDrag() {
        stack.execute(new PutElementCommand("Add VPC", vpc, new Bounds(0, 0, 10, 10)));
        stack.execute(new SetBoundsCommand("Move", Map.of("vpc-1", new Bounds(5, 0, 10, 10))));
        stack.execute(new SetBoundsCommand("Move", Map.of("vpc-1", new Bounds(9, 0, 10, 10))));
        stack.undo();
        assertEquals(new Bounds(0, 0, 10, 10), design.bounds("vpc-1"));
        assertEquals(Optional.of("Add VPC"), stack.undoLabel());
    }

    @Test
    void removalIsUndoneWithLayout() {
        stack.execute(new PutElementCommand("Add VPC", vpc, new Bounds(1, 2, 3, 4)));
        stack.execute(new RemoveElementsCommand("Delete", List.of("vpc-1")));
        assertNull(design.get("vpc-1"));
        stack.undo();
        assertEquals(new Bounds(1, 2, 3, 4), design.bounds("vpc-1"));
    }

    @Test
    void aCompositeIsOneUndoStep() {
        stack.execute(new CompositeCommand("Add two", List.of(new PutElementCommand("a", vpc),
                new PutElementCommand("b", new Vpc("vpc-2", "Other", null, "10.1.0.0/16")))));
        stack.undo();
        assertEquals(0, design.size());
    }

    @Test
    void executingFromAListenerThrows() {
        design.addListener((d, ids) -> stack.execute(new PutElementCommand("nested",
                new Vpc("vpc-9", "Nested", null, "10.9.0.0/16"))));
        assertThrows(IllegalStateException.class, () -> stack.execute(new PutElementCommand("Add VPC", vpc)));
    }

    @Test
    void dirtyUntilSaved() {
        stack.execute(new PutElementCommand("Add VPC", vpc));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
    }
}
