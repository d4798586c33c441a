package dev.archway.bench;

import dev.archway.app.ui.canvas.DiagramView;
import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.app.ui.file.FileActions;
import dev.archway.model.SyntheticDesigns;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The designer's canvas on generated designs of 1,000 and 5,000 elements in a 1600x1000 view: one frame while
 * panning or zooming, drawn on the FX thread ({@code pan}, {@code zoom}) and also rasterised ({@code panRendered},
 * by the software pipeline, so a GPU does better); and opening a design (layout of what has no place, first frame).
 * {@code view}: {@code fit} shows the whole design (icons only when small), {@code actual} is 100% zoom.
 * The view is not in a window, so no pulse competes with the measurement; each frame starts with a full clear,
 * which drops the previous frame's queued canvas commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1000-32"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CanvasBenchmark {
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;

    @Param({"1000", "5000"})
    int elements;

    @Param({"fit", "actual"})
    String view;

    private DiagramView diagram;
    private int frame;

    @Setup(Level.Trial)
    public void open() {
        startToolkit();
        diagram = onFx(() -> {
            DiagramView d = new DiagramView(new Selection());
            d.setDocument(FileActions.prepare(SyntheticDesigns.generate(elements), null));
            Pane root = new Pane(d);
            new Scene(root, WIDTH, HEIGHT);
            d.resize(WIDTH, HEIGHT);
            d.layout();
            d.fitToScreen();
            if (view.equals("actual")) {
                d.zoom(1 / d.viewport().scale());
            }
            d.paintNow();
            return d;
        });
    }

    static void startToolkit() {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        try {
            up.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static <T> T onFx(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Pans in a slow circle so that different parts of the design come into view. */
    @Benchmark
    public long pan() {
        return onFx(() -> {
            frame++;
            diagram.viewport().panBy(9 * Math.cos(frame / 40.0), 9 * Math.sin(frame / 40.0));
            return diagram.paintNow();
        });
    }

    @Benchmark
    public long zoom() {
        return onFx(() -> {
            frame++;
            double factor = (frame / 20) % 2 == 0 ? 1.03 : 1 / 1.03;
            diagram.viewport().zoomAt(factor, WIDTH / 2, HEIGHT / 2);
            return diagram.paintNow();
        });
    }

    /** A pan frame drawn and rasterised (a snapshot renders the canvas's command buffer). */
    @Benchmark
    public Object panRendered() {
        return onFx(() -> {
            frame++;
            diagram.viewport().panBy(9 * Math.cos(frame / 40.0), 9 * Math.sin(frame / 40.0));
            diagram.paintNow();
            return diagram.snapshot(null, null);
        });
    }

    /** Open: generate, lay out what has no place, build the draw model and draw the first frame. */
    @Benchmark
    public long openAndRender() {
        return onFx(() -> {
            DiagramView d = new DiagramView(new Selection());
            Document doc = FileActions.prepare(SyntheticDesigns.generate(elements), null);
            d.setDocument(doc);
            d.resize(WIDTH, HEIGHT);
            d.layout();
            d.fitToScreen();
            return d.paintNow();
        });
    }
}
