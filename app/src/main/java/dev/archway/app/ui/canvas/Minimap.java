package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Element;
import dev.archway.model.edit.Containment;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/** An overview of the whole design with the visible area outlined; click or drag in it to move the view. */
final class Minimap extends Canvas {
    static final double WIDTH = 200;
    static final double HEIGHT = 130;
    private final DiagramView view;
    private Bounds content;
    private double s;

    Minimap(DiagramView view) {
        super(WIDTH, HEIGHT);
        this.view = view;
        getStyleClass().add("minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::centreOn);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::centreOn);
    }

    void repaint() {
        GraphicsContext gc = getGraphicsContext2D();
        CanvasTheme theme = view.theme();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        content = DiagramView.contentBounds(view.design().layout().values());
        Bounds visible = view.viewport().visible(view.getWidth(), view.getHeight());
        setVisible(content != null && view.design().size() > 25 && !visible.contains(content));
        if (!isVisible()) {
            return;
        }
        gc.setFill(Color.color(theme.nodeFill().getRed(), theme.nodeFill().getGreen(), theme.nodeFill().getBlue(), 0.92));
        gc.fillRoundRect(0, 0, WIDTH, HEIGHT, 10, 10);
        gc.setStroke(theme.nodeBorder());
        gc.strokeRoundRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1, 10, 10);
        s = Math.min((WIDTH - 12) / content.width(), (HEIGHT - 12) / content.height());
        for (Element e : view.model().drawOrder()) {
            Bounds b = view.design().bounds(e.id());
            if (b == null) {
                continue;
            }
            Point2D p = toMini(b.x(), b.y());
            if (Containment.isContainer(e.kind())) {
                gc.setStroke(IconSet.get().colour(e.kind()));
                gc.setLineWidth(0.8);
                gc.strokeRect(p.getX(), p.getY(), b.width() * s, b.height() * s);
            } else {
                gc.setFill(IconSet.get().colour(e.kind()));
                gc.fillRect(p.getX(), p.getY(), Math.max(1.5, b.width() * s), Math.max(1.5, b.height() * s));
            }
        }
        Bounds v = visible;
        Point2D p = toMini(v.x(), v.y());
        gc.setStroke(theme.selection());
        gc.setLineWidth(1.5);
        gc.strokeRect(p.getX(), p.getY(), v.width() * s, v.height() * s);
    }

    private Point2D toMini(double x, double y) {
        return new Point2D(6 + (x - content.x()) * s, 6 + (y - content.y()) * s);
    }

    private void centreOn(MouseEvent e) {
        if (content == null) {
            return;
        }
        double mx = content.x() + (e.getX() - 6) / s;
        double my = content.y() + (e.getY() - 6) / s;
        Viewport vp = view.viewport();
        vp.set(vp.scale(), view.getWidth() / 2 - mx * vp.scale(), view.getHeight() / 2 - my * vp.scale());
        view.repaint();
        e.consume();
    }
}
