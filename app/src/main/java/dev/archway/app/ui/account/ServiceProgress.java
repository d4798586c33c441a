package dev.archway.app.ui.account;

import dev.archway.account.ImportProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * One row per AWS service as the import reaches it: the service, a bar (moving while it reads, full when done) and
 * how many items it read. It hears the import on the importing thread and updates on the FX thread; Cancel is a
 * flag the import polls between pages.
 */
final class ServiceProgress extends GridPane implements ImportProgress {
    private final Map<String, ProgressBar> bars = new LinkedHashMap<>();
    private final Map<String, Label> counts = new LinkedHashMap<>();
    private final Consumer<String> warnings;
    private volatile boolean cancelled;

    ServiceProgress(Consumer<String> warnings) {
        this.warnings = warnings;
        setId("account-progress");
        getStyleClass().add("account-progress");
        setHgap(12);
        setVgap(8);
    }

    void cancel() {
        cancelled = true;
    }

    @Override
    public void started(String service) {
        Platform.runLater(() -> row(service).setProgress(ProgressBar.INDETERMINATE_PROGRESS));
    }

    @Override
    public void finished(String service, int items) {
        Platform.runLater(() -> {
            row(service).setProgress(1);
            counts.get(service).setText(items + (items == 1 ? " element" : " elements"));
        });
    }

    @Override
    public void warning(String message) {
        Platform.runLater(() -> {
            if (!cancelled) {
                warnings.accept(message);
            }
        });
    }

    @Override
    public boolean cancelled() {
        return cancelled;
    }

    /** Stops the bars still moving: the import ended (failed or cancelled) before those services finished. */
    void stopped() {
        bars.values().stream().filter(ProgressBar::isIndeterminate).forEach(b -> b.setProgress(0));
    }

    private ProgressBar row(String service) {
        return bars.computeIfAbsent(service, s -> {
            ProgressBar bar = new ProgressBar(0);
            bar.setId("account-progress-" + s);
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setPrefHeight(14);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            Label name = new Label(s);
            name.getStyleClass().add("account-service");
            name.setMinWidth(150);
            Label count = new Label("reading…");
            count.getStyleClass().add("field-label");
            count.setMinWidth(100);
            counts.put(s, count);
            addRow(bars.size(), name, bar, count);
            return bar;
        });
    }
}
