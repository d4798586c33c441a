package dev.archway.app.ui.inspector;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

/**
 * A titled table whose cells edit as text. A cell's new text goes through {@code apply}, which returns null when it
 * committed or the reason it is invalid; an invalid value is shown under the table and the cell keeps its old value.
 */
class EditableTable<T> extends VBox {
    final TableView<T> table = new TableView<>();
    private final Label error = new Label();

    EditableTable(String title) {
        super(4);
        getStyleClass().add("rule-table");
        Label caption = new Label(title);
        caption.getStyleClass().add("section-title");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(28);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        getChildren().addAll(caption, table, error);
    }

    void column(String title, double width, Function<T, String> value, BiFunction<T, String, String> apply) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        if (width < 70) {
            col.setMinWidth(width);
            col.setMaxWidth(width);
        }
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        col.setOnEditCommit(ev -> {
            String problem = apply.apply(ev.getRowValue(), ev.getNewValue());
            error.setText(problem == null ? "" : "⚠ " + title + ": " + problem);
            error.setVisible(problem != null);
            error.setManaged(problem != null);
            table.refresh();
        });
        table.getColumns().add(col);
    }

    void fitRows() {
        table.setPrefHeight(Math.max(2, table.getItems().size() + 1) * 28 + 6);
    }

    String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
