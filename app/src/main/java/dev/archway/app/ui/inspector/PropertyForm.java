package dev.archway.app.ui.inspector;

import dev.archway.model.Element;
import dev.archway.model.edit.Labels;
import java.util.ArrayList;
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
import javafx.scene.layout.VBox;

/**
 * Label/field rows. A text field checks its value as you type (red outline and the reason beneath it) and commits
 * on Enter or when it loses focus, only when the value is valid and changed.
 */
final class PropertyForm extends GridPane {
    private final List<String> properties = new ArrayList<>();
    private List<String> declared = List.of();
    private int declaredAt = -1;
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

    /** Names the element properties the next row edits (the inspector's coverage is checked against them). */
    PropertyForm edits(String... names) {
        properties.addAll(List.of(names));
        declared = List.of(names);
        declaredAt = row;
        return this;
    }

    /** The element properties the rows edit. */
    List<String> properties() {
        return List.copyOf(properties);
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

    /** A drop-down; enum values show their human label. */
    <T> ComboBox<T> choice(String label, List<T> options, T value, Consumer<T> commit) {
        return choice(label, options, value, v -> v instanceof Enum<?> e ? Labels.of(e) : String.valueOf(v), commit);
    }

    /** A drop-down of elements by name; {@code none} (when not null) is the first option and means no element. */
    ComboBox<String> pick(String label, List<? extends Element> options, String selectedId, String none,
            Consumer<String> commit) {
        List<String> ids = new ArrayList<>();
        if (none != null) {
            ids.add(NONE);
        }
        options.forEach(o -> ids.add(o.id()));
        java.util.Map<String, String> names = new java.util.HashMap<>();
        options.forEach(o -> names.put(o.id(), o.name()));
        String current = selectedId == null || !names.containsKey(selectedId) ? (none == null ? null : NONE)
                : selectedId;
        return choice(label, ids, current, id -> NONE.equals(id) ? none : names.getOrDefault(id, id),
                id -> commit.accept(NONE.equals(id) ? null : id));
    }

    private static final String NONE = "";

    /** One check box per element; the commit gets the checked ids, in the order they were first checked. */
    void checks(String label, List<? extends Element> options, List<String> selected, Consumer<List<String>> commit) {
        VBox boxes = new VBox(2);
        boxes.setId("inspector-" + label.toLowerCase().replace(' ', '-'));
        for (Element o : options) {
            CheckBox box = new CheckBox(o.name());
            box.setId(boxes.getId() + "-" + o.name());
            box.setSelected(selected.contains(o.id()));
            box.selectedProperty().addListener((obs, was, is) -> {
                List<String> ids = new ArrayList<>(selected);
                ids.remove(o.id());
                if (is) {
                    ids.add(o.id());
                }
                commit.accept(ids);
            });
            boxes.getChildren().add(box);
        }
        if (options.isEmpty()) {
            Label none = new Label("none in this design yet");
            none.getStyleClass().add("hint");
            boxes.getChildren().add(none);
        }
        add(caption(label), 0, row);
        add(boxes, 1, row++);
    }

    <T> ComboBox<T> choice(String label, List<T> options, T value, Function<T, String> text, Consumer<T> commit) {
        ComboBox<T> box = new ComboBox<>();
        box.setConverter(new javafx.util.StringConverter<T>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
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
        box.setId("inspector-" + label.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", ""));
        box.setSelected(value);
        box.setWrapText(true); // a long label ("Public subnet (route to an internet gateway)") wraps, never cut
        box.selectedProperty().addListener((o, a, b) -> commit.accept(b));
        add(box, 1, row++);
        return box;
    }

    /** A row that only shows a value: properties named for it are not counted as edited. */
    void info(String label, String value) {
        if (declaredAt == row) {
            properties.removeAll(declared);
        }
        shown(label, value);
    }

    /** A row showing the container an element is drawn in, which a drag on the canvas changes. */
    void drawnIn(String label, String value) {
        shown(label, value);
    }

    private void shown(String label, String value) {
        Label v = new Label(value);
        v.setId("inspector-" + label.toLowerCase().replace(' ', '-'));
        v.getStyleClass().add("info-value");
        v.setWrapText(true);
        add(caption(label), 0, row);
        add(v, 1, row++);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(150);
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

    /** A field check made of a parser: its complaint about the value, or null when it reads it. */
    static Function<String, String> parses(Consumer<String> parse) {
        return v -> {
            try {
                parse.accept(v);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        };
    }

    static String notBlank(String v) {
        return v == null || v.isBlank() ? "Required" : null;
    }
}
