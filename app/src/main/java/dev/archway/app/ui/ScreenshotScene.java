package dev.archway.app.ui;

import java.util.List;
import java.util.function.Consumer;

/** One prepared state of the window for a screenshot. */
record ScreenshotScene(String name, Consumer<DesignerWindow> prepare) {
    void prepare(DesignerWindow window) {
        prepare.accept(window);
    }

    static List<ScreenshotScene> all() {
        return List.of(
                new ScreenshotScene("inspector-listener", w -> {
                    w.selection().set(List.of(w.document().design().byName("HttpsListener").orElseThrow().id()));
                }),
                new ScreenshotScene("inspector-security-group", w -> {
                    w.selection().set(List.of(w.document().design().byName("WebSecurityGroup").orElseThrow().id()));
                }),
                new ScreenshotScene("dark-theme", w -> {
                    w.selection().clear();
                    w.toggleTheme();
                }));
    }
}
