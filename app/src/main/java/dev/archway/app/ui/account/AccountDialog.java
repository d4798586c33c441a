package dev.archway.app.ui.account;

import dev.archway.account.AccountException;
import dev.archway.account.AccountImport;
import dev.archway.account.AccountRequest;
import dev.archway.account.AccountResult;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Reads an AWS account for File > Import from AWS account… or Compare with AWS account…: the account form, a
 * progress bar per service with Cancel while the import runs off the FX thread, then what could not be read. The
 * result goes to {@code onRead} on the FX thread; the dialog stays open only when there are warnings to read.
 */
public final class AccountDialog {
    /** What the dialog is for: its title, its button and what it says it does. */
    public enum Purpose {
        IMPORT("Import from AWS account", "Import", "Reads the account's network (read-only) into a new design."),
        COMPARE("Compare with AWS account", "Compare",
                "Reads the account's network (read-only) and shows how it drifted from this design.");

        private final String title;
        private final String action;
        private final String explanation;

        Purpose(String title, String action, String explanation) {
            this.title = title;
            this.action = action;
            this.explanation = explanation;
        }
    }

    private final Stage stage = new Stage();
    private final Purpose purpose;
    private final Consumer<AccountResult> onRead;
    private final AccountForm form = new AccountForm();
    private final ListView<String> warnings = new ListView<>();
    private final javafx.scene.layout.StackPane progressArea = new javafx.scene.layout.StackPane();
    private final Label message = new Label();
    private final Button start;
    private final Button cancel = new Button("Cancel");
    /** The import running, or null; a cancelled one is forgotten at once and its late answer ignored. */
    private ServiceProgress running;

    public AccountDialog(Window owner, Purpose purpose, Consumer<AccountResult> onRead) {
        this.purpose = purpose;
        this.onRead = onRead;
        this.start = new Button(purpose.action);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(purpose.title);
        Scene scene = new Scene(content(), 640, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> cancel());
    }

    private VBox content() {
        Label title = new Label(purpose.title);
        title.getStyleClass().add("inspector-name");
        Label explanation = new Label(purpose.explanation + " Credentials come from the AWS SDK's default chain "
                + "or the chosen profile; nothing secret is stored.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.getStyleClass().add("field-label");
        Label services = section("Progress");
        warnings.setId("account-warnings");
        warnings.setPlaceholder(new Label("No warnings"));
        warnings.setPrefHeight(120);
        warnings.setCellFactory(list -> new WrappingCell());
        message.setId("account-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        start.setId("account-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> start());
        cancel.setId("account-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancelOrClose());
        ButtonBar.setButtonData(start, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(start, cancel);
        ScrollPane bars = new ScrollPane(progressArea);
        bars.setFitToWidth(true);
        bars.setPrefHeight(7 * 26);
        bars.setMinHeight(7 * 26);
        VBox.setVgrow(bars, Priority.ALWAYS);
        VBox box = new VBox(10, title, explanation, form, services, bars, section("Warnings"), warnings, message,
                buttons);
        box.setPadding(new Insets(18, 20, 16, 20));
        box.getStyleClass().add("account-dialog");
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }

    public void show() {
        stage.show();
        form.profile().requestFocus();
    }

    Stage stage() {
        return stage;
    }

    private void start() {
        var request = form.request();
        if (request.isEmpty() || running != null) {
            return;
        }
        ServiceProgress progress = new ServiceProgress(warnings.getItems()::add);
        running = progress;
        progressArea.getChildren().setAll(progress);
        warnings.getItems().clear();
        message.setText("Reading the account…");
        setRunning(true);
        Thread worker = new Thread(() -> read(request.get(), progress), "archway-account-import");
        worker.setDaemon(true);
        worker.start();
    }

    private void read(AccountRequest request, ServiceProgress progress) {
        try {
            AccountResult result = AccountImport.read(request, progress);
            Platform.runLater(() -> done(progress, result));
        } catch (AccountException | RuntimeException e) {
            Platform.runLater(() -> failed(progress, e.getMessage()));
        }
    }

    private void done(ServiceProgress progress, AccountResult result) {
        if (running != progress) {
            return;
        }
        running = null;
        setRunning(false);
        result.warnings().stream().filter(w -> !warnings.getItems().contains(w)).forEach(warnings.getItems()::add);
        message.setText("Read " + result.design().size() + " elements in " + seconds(result.totalTime())
                + " (" + seconds(result.apiTime()) + " waiting on AWS)"
                + (warnings.getItems().isEmpty() ? "." : "; some parts could not be read, see the warnings."));
        onRead.accept(result);
        if (warnings.getItems().isEmpty()) {
            stage.close();
        }
    }

    private void failed(ServiceProgress progress, String why) {
        if (running != progress) {
            return;
        }
        running = null;
        setRunning(false);
        progress.stopped();
        message.setText(why == null ? "The account could not be read." : why);
    }

    private void cancelOrClose() {
        if (running != null) {
            cancel();
        } else {
            stage.close();
        }
    }

    /** Stops waiting at once: the import stops at its next page and whatever it returns is dropped. */
    private void cancel() {
        if (running != null) {
            running.cancel();
            running.stopped();
            running = null;
            setRunning(false);
            message.setText("Cancelled: nothing was imported.");
        }
    }

    private void setRunning(boolean on) {
        start.setDisable(on);
        form.setDisable(on);
        cancel.setText(on ? "Cancel" : "Close");
    }

    private static String seconds(java.time.Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    /** A warning on as many lines as it needs, never cut off at the list's edge. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String warning, boolean empty) {
            super.updateItem(warning, empty);
            setText(empty ? null : warning);
        }
    }
}
