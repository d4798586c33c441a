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
                new ScreenshotScene("designer-selected", w -> {
                    w.selection().set(List.of(w.document().design().all(dev.archway.model.lb.Listener.class).get(0).id()));
                }),
                new ScreenshotScene("designer-dark", w -> {
                    w.selection().clear();
                    w.toggleTheme();
                }));
    }
}
