package dev.archway.app.ui.canvas;

import dev.archway.app.ui.document.Document;
import dev.archway.app.ui.document.Selection;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.DesignListener;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.edit.Containment;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Edit;
import dev.archway.model.edit.Placement;
import java.util.Collection;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The diagram: a canvas that draws the design (see {@link DiagramPainter}) and turns gestures into commands
 * (see {@link CanvasGestures}). Paints at most once per pulse, and only when something changed.
 */
public final class DiagramView extends Region {
    private final Canvas canvas = new Canvas();
    private final Label toast = new Label();
    private final Label startHint = new Label("An empty design. Drag a VPC from the palette onto the canvas to "
            + "start: it comes with its Region. Then add Availability zones, subnets and the rest inside it.");
    private final PauseTransition toastTimer = new PauseTransition(Duration.seconds(4));
    private final Viewport viewport = new Viewport();
    private final DiagramPainter painter = new DiagramPainter();
    private final DragFeedback feedback = new DragFeedback();
    private final CanvasOverlays overlays = new CanvasOverlays();
    private final EdgeLayers layers = new EdgeLayers();
    private final Selection selection;
    private final DesignListener designListener = (d, ids) -> modelChanged();
    private final Minimap minimap;
    private Consumer<String> status = s -> { };
    private Runnable onFrame = () -> { };
    private CanvasTheme theme = CanvasTheme.LIGHT;
    private Document document;
    private DiagramModel model;
    private boolean dirty = true;
    private boolean autoFit;
    private long lastFrameNanos;

    public DiagramView(Selection selection) {
        this.selection = selection;
        getStyleClass().add("diagram");
        setFocusTraversable(true);
        toast.getStyleClass().add("toast");
        toast.setGraphic(RefusalSign.create(18));
        toast.setGraphicTextGap(10);
        toast.setVisible(false);
        toast.setMouseTransparent(true);
        minimap = new Minimap(this);
        startHint.getStyleClass().add("start-hint");
        startHint.setId("start-hint");
        startHint.setWrapText(true);
        startHint.setMaxWidth(420);
        startHint.setMouseTransparent(true);
        startHint.setVisible(false);
        painter.setLayers(layers);
        getChildren().addAll(canvas, toast, minimap, startHint);
        selection.addListener(this::repaint);
        new CanvasGestures(this).install();
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    paintNow();
                }
            }
        }.start();
        toastTimer.setOnFinished(e -> toast.setVisible(false));
    }

    public void setDocument(Document doc) {
        if (document != null) {
            document.design().removeListener(designListener);
        }
        document = doc;
        doc.design().addListener(designListener);
        model = new DiagramModel(doc.design());
        startHint.setVisible(doc.design().size() == 0);
        repaint();
    }

    /** The hint an empty design shows in the middle of the canvas ("" when hidden). */
    public String startHintText() {
        return startHint.isVisible() ? startHint.getText() : "";
    }

    public Document document() {
        return document;
    }

    public Design design() {
        return document.design();
    }

    public Selection selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    public CanvasOverlays overlays() {
        return overlays;
    }

    DragFeedback feedback() {
        return feedback;
    }

    DiagramModel model() {
        return model;
    }

    /** Told after every frame (the status bar shows the zoom). */
    public void setOnFrame(Runnable listener) {
        onFrame = listener;
    }

    public void setStatusSink(Consumer<String> sink) {
        status = sink;
    }

    public void setTheme(CanvasTheme newTheme) {
        theme = newTheme;
        repaint();
    }

    /**
     * Presenter mode: labels and container icons this many times their usual size, and the diagram zoomed by the
     * same factor about the view's centre (a projector needs both); 1 is normal.
     */
    public void setTextScale(double factor) {
        double change = factor / painter.textScale();
        painter.setTextScale(factor);
        if (change != 1 && getWidth() > 10) {
            autoFit = false; // re-fitting to the panels' larger size would undo the zoom
            viewport.zoomAt(change, getWidth() / 2, getHeight() / 2);
        }
        repaint();
    }

    /** The secondary relations' layers (View > Layers). */
    public EdgeLayers layers() {
        return layers;
    }

    /** The smallest element label of the last frame, in screen pixels (0 when zoomed too far out for labels). */
    public double smallestLabelPx() {
        return painter.smallestLabelPx();
    }

    public double textScale() {
        return painter.textScale();
    }

    public CanvasTheme theme() {
        return theme;
    }

    private void modelChanged() {
        model = new DiagramModel(document.design());
        startHint.setVisible(document.design().size() == 0);
        selection.retain(document.design()::contains);
        if (autoFit && !contentInView()) {
            fitNow();
        }
        repaint();
    }

    /** Until the user zooms or pans, the view follows a design that grows past its edges. */
    private boolean contentInView() {
        Bounds content = contentBounds(document.design().layout().values());
        if (content == null || getWidth() <= 10) {
            return true;
        }
        Point2D topLeft = viewport.toScreen(content.x(), content.y());
        Point2D bottomRight = viewport.toScreen(content.x() + content.width(), content.y() + content.height());
        return topLeft.getX() >= 0 && topLeft.getY() >= 0 && bottomRight.getX() <= getWidth()
                && bottomRight.getY() <= getHeight();
    }

    public void repaint() {
        dirty = true;
    }

    /** Draws one frame now; returns how long it took, in nanoseconds (the benchmark reads this). */
    public long paintNow() {
        long start = System.nanoTime();
        dirty = false;
        if (document != null) {
            painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), document.design(),
                    model, viewport, selection.ids(), theme, feedback, overlays);
            minimap.repaint();
            onFrame.run();
        }
        lastFrameNanos = System.nanoTime() - start;
        return lastFrameNanos;
    }

    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            if (autoFit) {
                fitNow();
            }
            repaint();
        }
        toast.autosize();
        toast.relocate((w - toast.getWidth()) / 2, h - toast.getHeight() - 24);
        startHint.autosize();
        startHint.relocate((w - startHint.getWidth()) / 2, (h - startHint.getHeight()) / 2);
        minimap.relocate(w - Minimap.WIDTH - 14, h - Minimap.HEIGHT - 14);
    }

    /** Applies a gesture's edit to the document; a refusal also shows on the canvas, where the gesture was. */
    public boolean apply(Edit edit) {
        if (!document.apply(edit)) {
            refuse(edit.refusal());
            return false;
        }
        return true;
    }

    public void refuse(String reason) {
        toast.setText(reason);
        toast.setVisible(true);
        requestLayout();
        toastTimer.playFromStart();
        status.accept(reason);
    }

    /** The refusal the toast shows, or empty when it is hidden. */
    public String toastText() {
        return toast.isVisible() ? toast.getText() : "";
    }

    /** The toast's sign, drawn (not a font glyph, which may be missing). */
    public javafx.scene.Node toastSign() {
        return toast.getGraphic();
    }

    /** Fits the design into the view, and keeps it fitted while the view resizes until the user zooms or pans. */
    public void fitToScreen() {
        autoFit = true;
        fitNow();
    }

    private void fitNow() {
        if (document != null && getWidth() > 10) {
            viewport.fit(contentBounds(document.design().layout().values()), getWidth(), getHeight());

        }
        repaint();
    }

    /** The user took over the view: stop re-fitting on resize. */
    void manualView() {
        autoFit = false;
    }

    public void zoom(double factor) {
        autoFit = false;
        viewport.zoomAt(factor, getWidth() / 2, getHeight() / 2);
        repaint();
    }

    /** Centres the view on the given elements, zooming out if they do not fit. */
    public void reveal(Collection<String> ids) {
        java.util.List<Bounds> all = new java.util.ArrayList<>();
        ids.forEach(id -> {
            Bounds b = document.design().bounds(id);
            if (b != null) {
                all.add(b);
            }
        });
        Bounds content = contentBounds(all);
        if (content == null) {
            return;
        }
        Bounds visible = viewport.visible(getWidth(), getHeight());
        if (!visible.contains(content)) {
            double s = Math.min(viewport.scale(), Math.min(getWidth() / (content.width() + 160),
                    getHeight() / (content.height() + 160)));
            viewport.set(s, getWidth() / 2 - content.centerX() * s, getHeight() / 2 - content.centerY() * s);
        }
        repaint();
    }

    static Bounds contentBounds(Collection<Bounds> all) {
        if (all.isEmpty()) {
            return null;
        }
        double x1 = Double.MAX_VALUE;
        double y1 = Double.MAX_VALUE;
        double x2 = -Double.MAX_VALUE;
        double y2 = -Double.MAX_VALUE;
        for (Bounds b : all) {
            x1 = Math.min(x1, b.x());
            y1 = Math.min(y1, b.y());
            x2 = Math.max(x2, b.x() + b.width());
            y2 = Math.max(y2, b.y() + b.height());
        }
        return new Bounds(x1, y1, x2 - x1, y2 - y1);
    }

    /** Model point under a scene point. */
    public Point2D sceneToModel(double sceneX, double sceneY) {
        Point2D local = sceneToLocal(sceneX, sceneY);
        return viewport.toModel(local.getX(), local.getY());
    }

    /** Screen (scene) point of a model point: tests and the palette use this to aim. */
    public Point2D modelToScreen(double x, double y) {
        Point2D local = viewport.toScreen(x, y);
        return localToScreen(local.getX(), local.getY());
    }

    /** Palette drag: shows where the element would go, and whether it may. */
    public void previewDrop(ElementKind kind, double sceneX, double sceneY) {
        Point2D m = sceneToModel(sceneX, sceneY);
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (!canvas.contains(local)) {
            cancelDrop();
            return;
        }
        Edit o = DesignEdits.create(document.design(), kind, m.getX(), m.getY());
        feedback.dropGhost = Placement.defaultBounds(kind, m.getX(), m.getY());
        ElementKind required = Containment.requiredParent(kind);
        Element target = required == null ? null
                : Placement.containerAt(document.design(), required, m.getX(), m.getY(), java.util.Set.of());
        feedback.dropTarget = target == null ? null : target.id();
        feedback.refusal = o.refusal();
        repaint();
    }

    public void cancelDrop() {
        feedback.clear();
        repaint();
    }

    /** Palette drop: creates the element there, or refuses with the reason. Returns whether it was created. */
    public boolean drop(ElementKind kind, double sceneX, double sceneY) {
        feedback.clear();
        Point2D local = sceneToLocal(sceneX, sceneY);
        if (!canvas.contains(local)) {
            repaint();
            return false;
        }
        Point2D m = sceneToModel(sceneX, sceneY);
        boolean ok = apply(DesignEdits.create(document.design(), kind, m.getX(), m.getY()));
        repaint();
        return ok;
    }

    /** The whole diagram as an image at the given pixel ratio (PNG export), with the layers shown on the canvas. */
    public javafx.scene.image.WritableImage renderImage(double ratio) {
        return DiagramImage.render(document.design(), ratio, theme, overlays, layers);
    }
}
