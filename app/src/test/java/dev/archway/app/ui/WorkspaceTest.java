package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.ElementKind;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every edit reaches the design through Document.apply; the workspace reports it and selects what it made. */
class WorkspaceTest {
    private final List<String> status = new ArrayList<>();
    private final Workspace workspace = new Workspace(status::add);

    WorkspaceTest() {
        workspace.show(new Document(new Design("Untitled"), null));
    }

    @Test
    void anAcceptedEditIsDoneSaidAndSelectsWhatItMade() {
        Edit vpc = DesignEdits.create(workspace.document().design(), ElementKind.VPC, 400, 300);
        workspace.apply(vpc);
        assertEquals(vpc.command().label(), status.get(status.size() - 1));
        assertEquals(Set.copyOf(vpc.subjects()), workspace.selection().ids());
        assertEquals(2, workspace.document().design().size(), "the VPC and its region");
        workspace.undo();
        assertEquals(0, workspace.document().design().size());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        Edit subnet = DesignEdits.create(workspace.document().design(), ElementKind.SUBNET, 10, 10);
        assertFalse(workspace.apply(subnet));
        assertEquals(subnet.refusal(), status.get(status.size() - 1));
        assertEquals(0, workspace.document().design().size());
        assertFalse(workspace.document().stack().canUndo());
    }

    @Test
    void aPasteSelectsEveryPastedElement() {
        workspace.apply(DesignEdits.create(workspace.document().design(), ElementKind.VPC, 400, 300));
        workspace.selection().set(workspace.document().design().layout().keySet());
        workspace.edits().copy();
        workspace.apply(workspace.edits().paste());
        assertEquals(2, workspace.selection().ids().size());
        assertEquals(4, workspace.document().design().size());
    }
}
