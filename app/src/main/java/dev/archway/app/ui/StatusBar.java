package dev.archway.app.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The last action or refusal on the left; element count, zoom and findings summary on the right. */
public final class StatusBar extends HBox {
    private final Label message = new Label("Ready");
    private final Label stats = new Label();
    private final Label zoom = new Label();
    private final Label findings = new Label();

    public StatusBar() {
        super(16);
        getStyleClass().add("status-bar");
        message.setId("status-message");
        findings.setId("status-findings");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(message, spring, findings, stats, zoom);
    }

    public void message(String text) {
        message.setText(text);
    }

    public String message() {
        return message.getText();
    }

    public void stats(int elements, int selected) {
        stats.setText(elements + (elements == 1 ? " element" : " elements") + (selected > 0 ? " · " + selected + " selected" : ""));
    }

    public void zoom(double scale) {
        zoom.setText(Math.round(scale * 100) + "%");
    }

    public void findings(String summary) {
        findings.setText(summary);
    }
}
