package dev.archway.app.ui.lesson;

import dev.archway.model.lesson.Check;
import dev.archway.model.lesson.CheckResult;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One check of the step: ✔ what it asks, or ✘ what the student is told and what the design did instead. */
final class CheckLine {
    private CheckLine() {
    }

    /** {@code result} is null while the design is being checked. */
    static VBox of(Check check, CheckResult result, int index, Consumer<Check> simulate) {
        Label line = LessonPane.label("lesson-check-" + index, null);
        VBox box = new VBox(2, line);
        if (result == null) {
            line.setText("… " + CheckText.describe(check));
            line.getStyleClass().add("lesson-check");
        } else if (result.passed()) {
            line.setText("✔ " + CheckText.describe(check));
            line.getStyleClass().addAll("lesson-check", "passed");
        } else {
            line.setText("✘ " + check.failure());
            line.getStyleClass().addAll("lesson-check", "failed");
            Label detail = LessonPane.label(null, "lesson-check-detail");
            detail.setText(result.observed());
            box.getChildren().add(detail);
        }
        if (CheckText.simulates(check)) {
            Button show = new Button("Show in simulation");
            show.setId("lesson-simulate-" + index);
            show.setOnAction(e -> simulate.accept(check));
            box.getChildren().add(show);
        }
        return box;
    }
}
