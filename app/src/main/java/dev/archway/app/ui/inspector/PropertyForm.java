package dev.archway.app.ui.inspector;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Label/field rows. A text field checks its value as you type (red outline and the reason beneath it) and commits
 * on Enter or when it loses focus, only when the value is valid and changed.
 */
final class PropertyForm extends GridPane {
    private int row;

    PropertyForm() {
        getStyleClass().add("property-form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(92);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
    }

    /** {@code check} returns the problem with a value, or null; {@code commit} applies a valid, changed value. */
    TextField text(String label, String value, Function<String, String> check, Consumer<String> commit) {
        TextField field = new TextField(value == null ? "" : value);
        field.setId("inspector-" + label.toLowerCase().replace(' ', '-'));
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        field.textProperty().addListener((o, a, b) -> {
            String problem = check.apply(b);
            field.getStyleClass().remove("invalid");
            if (problem != null) {
                field.getStyleClass().add("invalid");
            }
            error.setText(problem == null ? "" : problem);
            error.setVisible(problem != null);
            error.setManaged(problem != null);
        });
        Runnable apply = () -> {
            String v = field.getText();
            if (check.apply(v) == null && !v.equals(value == null ? "" : value)) {
                commit.accept(v);
            }
        };
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                apply.run();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                apply.run();
            }
        });
        add(caption(label), 0, row);
        add(field, 1, row++);
        add(error, 1, row++);
        return field;
    }

    <T> ComboBox<T> choice(String label, List<T> options, T value, Consumer<T> commit) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.setValue(value);
        box.setId("inspector-" + label.toLowerCase().replace(' ', '-'));
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(value)) {
                commit.accept(b);
            }
        });
        add(caption(label), 0, row);
        add(box, 1, row++);
        return box;
    }

    CheckBox flag(String label, boolean value, Consumer<Boolean> commit) {
        CheckBox box = new CheckBox(label);
        box.setSelected(value);
        box.selectedProperty().addListener((o, a, b) -> commit.accept(b));
        add(box, 1, row++);
        return box;
    }

    void info(String label, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("info-value");
        v.setWrapText(true);
        add(caption(label), 0, row);
        add(v, 1, row++);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    static String port(String v) {
        try {
            int p = Integer.parseInt(v.trim());
            return p < 1 || p > 65535 ? "A port is 1 to 65535" : null;
        } catch (NumberFormatException e) {
            return "A port is a number 1 to 65535";
        }
    }

    static String intRange(String v, int min, int max) {
        try {
            int p = Integer.parseInt(v.trim());
            return p < min || p > max ? "Enter a number from " + min + " to " + max : null;
        } catch (NumberFormatException e) {
            return "Enter a number from " + min + " to " + max;
        }
    }

    static String notBlank(String v) {
        return v == null || v.isBlank() ? "Required" : null;
    }
}
