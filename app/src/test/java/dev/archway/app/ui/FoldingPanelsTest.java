package dev.archway.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.archway.exporters.examples.Examples;
import java.nio.file.Files;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector and the bottom panels make room for the diagram, and the next window remembers how they were. */
@ExtendWith(ApplicationExtension.class)
class FoldingPanelsTest {
    private final Preferences prefs = Preferences.userRoot().node("dev/archway/designer-test-folding");
    private DesignerWindow window;

    @Start
    void start(Stage stage) throws Exception {
        prefs.clear();
        window = open(stage);
    }

    private DesignerWindow open(Stage stage) throws Exception {
        DesignerWindow w = new DesignerWindow(stage, prefs, Files.createTempDirectory("fold").resolve("r.archway.json"));
        w.open(Examples.defaultDesign(), null);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        return w;
    }

    @Test
    void showsTheInspectorOnlyWhileSomethingIsSelectedUnlessPinned(FxRobot robot) {
        assertNull(window.inspector().getScene(), "an empty inspector takes no room");
        robot.interact(() -> window.selection().set(List.of(window.document().design().byName("LoadBalancer")
                .orElseThrow().id())));
        assertNotNull(window.inspector().getScene());
        robot.interact(() -> {
            window.selection().set(List.of());
            window.folding().pinInspector(true);
        });
        assertNotNull(window.inspector().getScene(), "pinned open");
    }

    @Test
    void foldsTheBottomPanelsToTheirTabsAndTheNextWindowRemembers(FxRobot robot) throws Exception {
        double open = window.panels().getHeight();
        robot.interact(() -> window.folding().foldPanels(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.panels().getHeight() < 60 && open > 150, open + " -> " + window.panels().getHeight());
        DesignerWindow[] next = new DesignerWindow[1];
        robot.interact(() -> {
            try {
                next[0] = open(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(true, next[0].folding().panelsFolded());
        robot.interact(() -> next[0].panels().getSelectionModel().select(1));
        assertEquals(false, next[0].folding().panelsFolded(), "asking for a panel unfolds them");
        robot.interact(() -> next[0].stage().close());
    }
}
