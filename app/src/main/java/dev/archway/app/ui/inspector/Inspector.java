package dev.archway.app.ui.inspector;

import dev.archway.app.ui.canvas.IconSet;
import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.Element;
import dev.archway.model.command.PutElementCommand;
import dev.archway.model.edit.Edit;
import dev.archway.model.stacks.SourceStacks;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Edits the selected element: every change is a command, so undo covers it. Shows a summary for a multi-selection. */
public final class Inspector extends VBox {
    private final Selection selection;
    private final VBox content = new VBox(12);
    private final DesignListener listener = (d, ids) -> {
        if (selectionId() != null) {
            rebuild();
        }
    };
    private Document document;
    private Consumer<String> status = s -> { };
    private String shown;
    private java.util.List<String> edited = java.util.List.of();

    public Inspector(Selection selection) {
        this.selection = selection;
        getStyleClass().add("inspector");
        Label title = new Label("Inspector");
        title.getStyleClass().add("panel-title");
        content.getStyleClass().add("inspector-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        selection.addListener(this::rebuild);
    }

    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(listener);
        }
        document = doc;
        doc.design().addListener(listener);
        rebuild();
    }

    public void setStatusSink(Consumer<String> sink) {
        status = sink;
    }

    private String selectionId() {
        return selection.single();
    }

    void edit(String label, Element updated) {
        if (updated.equals(document.design().get(updated.id()))) {
            return; // a field that commits on Enter and again on losing focus: one undo step, not two
        }
        apply(Edit.of(new PutElementCommand(label, updated)));
    }

    /** Every inspector change goes through here to the document, which reports it on the status line. */
    void apply(Edit edit) {
        document.apply(edit);
    }

    void refuse(String reason) {
        status.accept(reason);
    }

    Document document() {
        return document;
    }

    private void rebuild() {
        content.getChildren().clear();
        String id = selectionId();
        Element e = id == null || document == null ? null : document.design().get(id);
        if (e == null) {
            Label hint = new Label(selection.isEmpty() ? "Select an element on the diagram to edit it."
                    : selection.ids().size() + " elements selected.\nAlign them from the Arrange menu.");
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            content.getChildren().add(hint);
            shown = null;
            edited = java.util.List.of();
            return;
        }
        shown = id;
        Label name = new Label(e.name());
        name.getStyleClass().add("inspector-name");
        Label kind = new Label(e.kind().label() + stackLine(e));
        kind.getStyleClass().add("inspector-kind");
        VBox titles = new VBox(2, name, kind);
        HBox header = new HBox(12, IconSet.get().node(e.kind(), 40), titles);
        header.getStyleClass().add("inspector-header");
        content.getChildren().add(header);
        edited = new ElementForms(this, content).build(e);
    }

    /** For a design of several stacks, the line that says which stack (and template file) the element is in. */
    private String stackLine(Element e) {
        Design design = document.design();
        String stack = SourceStacks.stackOf(design, e.id());
        if (stack == null || !SourceStacks.isMultiStack(design)) {
            return "";
        }
        String file = SourceStacks.fileOf(design, e.id());
        return "\nstack " + stack + (file == null || file.startsWith(stack + ".") ? "" : " (" + file + ")");
    }

    /** The properties of the shown element that its form edits (a test checks every property has an editor). */
    public java.util.List<String> editedProperties() {
        return edited;
    }

    /** The id the inspector shows (tests read this). */
    public String shownId() {
        return shown;
    }
}
