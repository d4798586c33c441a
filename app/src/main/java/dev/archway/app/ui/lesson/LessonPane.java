package dev.archway.app.ui.lesson;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.diff.DesignDiff;
import dev.archway.model.lesson.Check;
import dev.archway.model.lesson.Lesson;
import dev.archway.model.lesson.LessonStep;
import dev.archway.model.lesson.StepResult;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson beside the canvas: the step's explanation and task, each check passing or failing (re-checked a moment
 * after every change of the design), hints one at a time, Back and Next, and the solution as a diff.
 */
public final class LessonPane extends BorderPane {
    private final Label title = label("lesson-title", "lesson-title");
    private final Label summary = label("lesson-summary", "lesson-summary");
    private final Label progressText = label("lesson-progress", "lesson-progress");
    private final Label stepTitle = label("lesson-step-title", "lesson-step-title");
    private final Label explanation = label("lesson-explanation", null);
    private final Label task = label("lesson-task", "lesson-task");
    private final VBox checks = new VBox(4);
    private final Label state = label("lesson-state", null);
    private final VBox hints = new VBox(6);
    private final Button hint = new Button("Hint");
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final BackgroundChecks background = new BackgroundChecks(this::checked);
    private final DesignListener listener = (d, ids) -> designChanged();
    private final SolutionDiffView solution;
    private final Consumer<Check> simulate;
    private Runnable onClose = () -> { };
    private Lesson lesson;
    private Document document;
    private LessonProgress progress;
    private List<StepResult> results = List.of();
    private volatile long checkedRevision = -1;
    private String checkError;

    public LessonPane(DiagramView diagram, Consumer<String> status, Consumer<Check> simulate) {
        this.simulate = simulate;
        this.solution = new SolutionDiffView(diagram, status);
        getStyleClass().add("lesson-pane");
        setId("lesson-pane");
        checks.setId("lesson-checks");
        hints.setId("lesson-hints");
        hint.setId("lesson-hint");
        back.setId("lesson-back");
        next.setId("lesson-next");
        hint.setOnAction(e -> showHint());
        back.setOnAction(e -> move(false));
        next.setOnAction(e -> move(true));
        next.getStyleClass().add("accent");
        Button close = new Button("✕");
        close.setId("lesson-close");
        close.getStyleClass().add("lesson-close");
        close.setOnAction(e -> onClose.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox header = new HBox(8, title, spring, close);
        HBox.setHgrow(title, Priority.SOMETIMES);
        VBox body = new VBox(10, summary, progressText, stepTitle, explanation, task, section("Checks"), checks, state,
                hint, hints, solution);
        body.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // however long the step, moving on and the solution stay in reach (a projector shows few lines)
        VBox footer = new VBox(8, new HBox(8, back, next), solution.buttons());
        footer.getStyleClass().add("lesson-footer");
        setTop(header);
        setCenter(scroll);
        setBottom(footer);
        BorderPane.setMargin(scroll, new javafx.geometry.Insets(8, 0, 0, 0));
        setMinWidth(280);
        setPrefWidth(380);
    }

    /** A label that wraps and never shrinks below its text (a long step scrolls instead of clipping). */
    static Label label(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public void setOnClose(Runnable action) {
        onClose = action;
    }

    /** Starts a lesson on the open document (its start design) from the first step. */
    public void start(Lesson newLesson, Design solutionDesign) {
        lesson = newLesson;
        progress = new LessonProgress(lesson.steps().size());
        results = List.of();
        checkedRevision = -1;
        title.setText(lesson.title());
        solution.show(document, solutionDesign);
        background.watch(lesson, document.design());
        refresh();
    }

    /** The window opened another document: the lesson goes on checking that one. */
    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(listener);
        }
        document = doc;
        doc.design().addListener(listener);
        if (lesson != null) {
            checkedRevision = -1;
            solution.hide();
            background.watch(lesson, doc.design());
            refresh();
        }
    }

    /** Ends the lesson: stops checking and takes the diff off the canvas. */
    public void stop() {
        lesson = null;
        background.stop();
        solution.hide();
    }

    private void designChanged() {
        if (lesson != null) {
            background.changed();
            solution.designChanged();
        }
    }

    private void checked(BackgroundChecks.Outcome outcome) {
        results = outcome.results();
        checkedRevision = outcome.revision();
        checkError = outcome.error();
        refresh();
    }

    private void move(boolean forward) {
        if (forward) {
            progress.next(currentPassed());
        } else {
            progress.back();
        }
        refresh();
    }

    /** Reveals the next hint of the step shown (the Hint button). */
    public void showHint() {
        progress.showHint(step().hints().size());
        refresh();
    }

    /** Sends check {@code index} of the step shown to the simulation (its "Show in simulation" button). */
    public void showInSimulation(int index) {
        simulate.accept(step().checks().get(index));
    }

    /** Shows or hides the solution diff (the "Reveal solution" toggle). */
    public void revealSolution(boolean shown) {
        solution.reveal(shown);
    }

    private LessonStep step() {
        return lesson.steps().get(progress.current());
    }

    private StepResult result() {
        return results.size() > progress.current() ? results.get(progress.current()) : null;
    }

    private boolean currentPassed() {
        StepResult r = result();
        return r != null && r.passed() && checkedRevision == document.design().revision();
    }

    private void refresh() {
        if (lesson == null) {
            return;
        }
        LessonStep step = step();
        progressText.setText("Step " + (progress.current() + 1) + " of " + progress.steps()
                + (progress.passed() > 0 ? "  ·  " + progress.passed() + " done" : ""));
        // the lesson's summary introduces it: shown on the first step only
        boolean first = progress.current() == 0 && lesson.summary() != null;
        summary.setText(first ? lesson.summary() : "");
        summary.setVisible(first);
        summary.setManaged(first);
        stepTitle.setText(step.title());
        explanation.setText(step.explanation());
        task.setText(step.task());
        showChecks(step);
        showHints(step);
        back.setDisable(!progress.canGoBack());
        next.setDisable(!currentPassed() || progress.complete() && progress.current() == progress.steps() - 1);
        next.setText(progress.current() == progress.steps() - 1 ? "Finish ✔" : "Next ▶");
    }

    private void showChecks(LessonStep step) {
        checks.getChildren().clear();
        StepResult r = result();
        boolean fresh = r != null && checkedRevision == document.design().revision();
        for (int i = 0; i < step.checks().size(); i++) {
            // while a change is being checked the last answers stay up (no flicker); Next waits for the new ones
            checks.getChildren().add(CheckLine.of(step.checks().get(i), r == null ? null : r.checks().get(i), i,
                    simulate));
        }
        if (checkError != null) {
            state.setText(checkError);
            state.getStyleClass().setAll("label", "lesson-check", "failed");
        } else if (progress.complete()) {
            state.setText("✔ Lesson complete: all " + progress.steps() + " steps done.");
            state.getStyleClass().setAll("label", "lesson-done");
        } else if (!fresh) {
            state.setText("Checking…");
            state.getStyleClass().setAll("label", "lesson-progress");
        } else if (r.passed()) {
            state.setText("Step passed: press Next.");
            state.getStyleClass().setAll("label", "lesson-done");
        } else {
            state.setText("Not yet: " + r.checks().stream().filter(c -> !c.passed()).count() + " of "
                    + r.checks().size() + " checks to go.");
            state.getStyleClass().setAll("label", "lesson-progress");
        }
    }

    private void showHints(LessonStep step) {
        int shown = progress.hintsShown();
        hints.getChildren().clear();
        for (int i = 0; i < shown; i++) {
            Label h = label("lesson-hint-" + i, "lesson-hint");
            h.setText("Hint " + (i + 1) + ": " + step.hints().get(i));
            hints.getChildren().add(h);
        }
        int left = step.hints().size() - shown;
        hint.setDisable(left <= 0);
        hint.setText(step.hints().isEmpty() ? "No hints" : left <= 0 ? "No more hints"
                : "Hint (" + (shown + 1) + " of " + step.hints().size() + ")");
    }

    public Lesson lesson() {
        return lesson;
    }

    public List<StepResult> results() {
        return results;
    }

    /** The design revision the shown results belong to (tests wait for it to catch up). */
    public long checkedRevision() {
        return checkedRevision;
    }

    public boolean complete() {
        return progress != null && progress.complete();
    }

    public int currentStep() {
        return progress == null ? -1 : progress.current();
    }

    public String stateText() {
        return state.getText();
    }

    public DesignDiff shownDiff() {
        return solution.diff();
    }

    /** The hint text currently revealed, in order. */
    public List<String> shownHints() {
        return hints.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
