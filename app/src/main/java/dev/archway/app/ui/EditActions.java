package dev.archway.app.ui;

import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.model.edit.Alignment;
import dev.archway.model.edit.Clipboard;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;

/** Edit-menu actions on the selection: delete, copy, paste, duplicate, align. The clipboard lives here. */
public final class EditActions {
    private final Selection selection;
    private Document document;
    private Clipboard clipboard = Clipboard.EMPTY;
    private int pasteCount;

    public EditActions(Selection selection) {
        this.selection = selection;
    }

    public void setDocument(Document doc) {
        document = doc;
    }

    public Edit delete() {
        return DesignEdits.delete(document.design(), selection.ordered());
    }

    public int copy() {
        clipboard = DesignEdits.copy(document.design(), selection.ordered());
        pasteCount = 0;
        return clipboard.elements().size();
    }

    /** Each paste of the same copy lands a little further off, so copies do not hide the originals. */
    public Edit paste() {
        Edit edit = DesignEdits.paste(document.design(), clipboard, 32 * (pasteCount + 1));
        if (edit.accepted()) {
            pasteCount++;
        }
        return edit;
    }

    public Edit duplicate() {
        if (copy() == 0) {
            return Edit.refused("Nothing selected");
        }
        return paste();
    }

    public Edit align(Alignment how) {
        return DesignEdits.align(document.design(), selection.ordered(), how);
    }
}
