package dev.archway.app.ui;

import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.model.edit.Edit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the panels share: the open document, the selection, the edit actions on it, and the status line. Views that
 * show the document register here and hear when another one is opened; every edit goes through
 * {@link Document#apply}, and this reports it (status line, selection of what it made).
 */
public final class Workspace {
    /** Something that shows the open document and must hear when another one is opened. */
    public interface DocumentView {
        void setDocument(Document document);
    }

    private final Selection selection = new Selection();
    private final EditActions edits = new EditActions(selection);
    private final List<DocumentView> views = new ArrayList<>();
    private final Consumer<String> status;
    private Document document;

    public Workspace(Consumer<String> status) {
        this.status = status;
        views.add(edits::setDocument);
    }

    public Document document() {
        return document;
    }

    public Selection selection() {
        return selection;
    }

    public EditActions edits() {
        return edits;
    }

    public void status(String message) {
        status.accept(message);
    }

    public void addView(DocumentView view) {
        views.add(view);
        if (document != null) {
            view.setDocument(document);
        }
    }

    /** Makes {@code doc} the open document of every view. */
    public void show(Document doc) {
        document = doc;
        selection.clear();
        doc.addEditListener(this::reported);
        views.forEach(v -> v.setDocument(doc));
    }

    public boolean apply(Edit edit) {
        return document.apply(edit);
    }

    private void reported(Edit edit) {
        status.accept(edit.message());
        if (edit.accepted() && !edit.subjects().isEmpty()) {
            selection.set(edit.subjects());
        }
    }

    public void undo() {
        document.stack().undoLabel().ifPresent(l -> status.accept("Undid " + l));
        document.stack().undo();
    }

    public void redo() {
        document.stack().redoLabel().ifPresent(l -> status.accept("Redid " + l));
        document.stack().redo();
    }
}
