package dev.archway.app.ui;

import dev.archway.exporters.examples.Examples;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the README screenshots (run by scripts/screenshots.sh under Xvfb): the default design, the findings panel,
 * a simulation, the dark theme and a workshop lesson, each a PNG of the whole window in the given folder.
 */
public final class Screenshots {
    private final Path out;
    private final List<String> written = new ArrayList<>();
    private DesignerWindow window;

    private Screenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        System.setProperty("archway.recovery.dir", Files.createTempDirectory("archway-shots").toString());
        Screenshots shots = new Screenshots(out);
        Platform.startup(() -> { });
        shots.onFx(s -> s.start());
        shots.onFx(s -> s.shoot("default-design"));
        List<ScreenshotScene> scenes = new ArrayList<>(ScreenshotScene.all());
        scenes.addAll(lessonScenes());
        String reference = System.getProperty("archway.screenshots.reference");
        if (reference != null && Files.exists(Path.of(reference))) {
            scenes.addAll(ScreenshotScene.reference(Path.of(reference)));
        }
        for (ScreenshotScene scene : scenes) {
            shots.onFx(s -> scene.prepare(s.window));
            Thread.sleep(600);
            shots.awaitLessonChecks();
            shots.onFx(s -> s.shoot(scene.name()));
        }
        shots.written.forEach(dev.archway.app.cli.output.Terminal.stdout()::println);
        Platform.exit();
    }

    /** The lesson shown in the workshop screenshots: -Darchway.screenshots.lesson names a bundled id or a file. */
    private static List<ScreenshotScene> lessonScenes() {
        String name = System.getProperty("archway.screenshots.lesson", "host-path-routing");
        try {
            return ScreenshotScene.lesson(dev.archway.exporters.lesson.Lessons.open(name));
        } catch (dev.archway.exporters.InputException e) {
            dev.archway.app.cli.output.Terminal.stderr().println("no lesson screenshots: " + e.getMessage());
            return List.of();
        }
    }

    /** The lesson pane checks off the FX thread; a screenshot waits until it shows the current design's results. */
    private void awaitLessonChecks() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            boolean[] done = new boolean[1];
            onFx(s -> done[0] = !s.window.lessonShowing()
                    || s.window.lessonPane().checkedRevision() == s.window.document().design().revision());
            if (done[0]) {
                return;
            }
        }
    }

    private void start() {
        Stage stage = new Stage();
        // a node of its own: the user's view settings (large font, say) must not change the README's pictures
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("dev/archway/designer-screenshots");
        prefs.remove("view.largeFont");
        window = new DesignerWindow(stage, prefs, dev.archway.app.ui.file.Autosave.defaultFile());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        window.open(Examples.defaultDesign(), null);
        stage.show();
    }

    private void shoot(String name) {
        window.diagram().paintNow();
        File file = out.resolve(name + ".png").toFile();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png", file);
            written.add(file.getPath());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void onFx(Consumer<Screenshots> action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.accept(this);
            } finally {
                done.countDown();
            }
        });
        done.await();
        Thread.sleep(400);
    }
}
