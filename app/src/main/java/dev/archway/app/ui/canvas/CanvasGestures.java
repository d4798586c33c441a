package dev.archway.app.ui.canvas;

import dev.archway.app.ui.document.Selection;
import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.ElementKind;
import dev.archway.model.edit.Containment;
import dev.archway.model.edit.DesignEdits;
import dev.archway.model.edit.Placement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Mouse, wheel, pinch and arrow keys on the diagram: select (click, shift-click, rubber band), move with snapping,
 * resize containers from their corner, connect from a node's handle, pan (middle or right drag, or space-drag),
 * zoom at the cursor.
 */
final class CanvasGestures {
    /** Kinds a connection may start at (see {@code Connections}: either end of a pair will do). */
    static final Set<ElementKind> CONNECTABLE = EnumSet.of(ElementKind.DNS_RECORD, ElementKind.LISTENER,
            ElementKind.LISTENER_RULE, ElementKind.TARGET_GROUP, ElementKind.APP_NODE, ElementKind.SECURITY_GROUP,
            ElementKind.ROUTE_TABLE, ElementKind.CERTIFICATE, ElementKind.DB_INSTANCE, ElementKind.LOAD_BALANCER,
            ElementKind.EC2_INSTANCE, ElementKind.ECS_SERVICE, ElementKind.IP_TARGET, ElementKind.AURORA_CLUSTER,
            ElementKind.AUTO_SCALING_GROUP, ElementKind.INTERNET_GATEWAY, ElementKind.NAT_GATEWAY, ElementKind.SUBNET);
    private static final double HEADER_GRIP = 34;

    private enum Mode { NONE, PAN, MOVE, RESIZE, CONNECT, BAND }

    private final DiagramView view;
    private Mode mode = Mode.NONE;
    private Point2D pressModel;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private boolean spaceDown;
    private String clickedContainer;

    CanvasGestures(DiagramView view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.manualView();
            view.viewport().zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            view.repaint();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        view.addEventHandler(KeyEvent.KEY_RELEASED, e -> spaceDown = e.getCode() == KeyCode.SPACE ? false : spaceDown);
    }

    private Design design() {
        return view.design();
    }

    private Selection selection() {
        return view.selection();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        pressModel = view.viewport().toModel(e.getX(), e.getY());
        lastX = e.getX();
        lastY = e.getY();
        dragged = false;
        clickedContainer = null;
        if (e.getButton() != MouseButton.PRIMARY || spaceDown) {
            mode = Mode.PAN;
            view.manualView();
            view.setCursor(Cursor.CLOSED_HAND);
            return;
        }
        String single = selection().single();
        if (single != null && onConnectHandle(single, pressModel)) {
            mode = Mode.CONNECT;
            view.feedback().connectFrom = single;
            return;
        }
        if (single != null && onResizeHandle(single, pressModel)) {
            mode = Mode.RESIZE;
            view.feedback().resizing = single;
            return;
        }
        Element hit = hit(pressModel.getX(), pressModel.getY());
        if (hit != null && (!Containment.isContainer(hit.kind()) || onGrip(hit, pressModel))) {
            if (e.isShiftDown()) {
                selection().toggle(hit.id());
            } else if (!selection().contains(hit.id())) {
                selection().set(List.of(hit.id()));
            }
            mode = selection().contains(hit.id()) ? Mode.MOVE : Mode.NONE;
            return;
        }
        clickedContainer = hit == null ? null : hit.id();
        mode = Mode.BAND;
    }

    private void dragged(MouseEvent e) {
        double dxScreen = e.getX() - lastX;
        double dyScreen = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        Point2D m = view.viewport().toModel(e.getX(), e.getY());
        dragged |= Math.abs(m.getX() - pressModel.getX()) + Math.abs(m.getY() - pressModel.getY()) > 3;
        DragFeedback f = view.feedback();
        switch (mode) {
            case PAN:
                view.viewport().panBy(dxScreen, dyScreen);
                break;
            case MOVE:
                f.moving = movingSet();
                f.dx = Placement.snap(m.getX() - pressModel.getX());
                f.dy = Placement.snap(m.getY() - pressModel.getY());
                break;
            case RESIZE:
                Bounds b = design().bounds(f.resizing);
                f.resized = new Bounds(b.x(), b.y(), Math.max(80, Placement.snap(m.getX() - b.x())),
                        Math.max(60, Placement.snap(m.getY() - b.y())));
                break;
            case CONNECT:
                f.connectX = m.getX();
                f.connectY = m.getY();
                Element target = hit(m.getX(), m.getY());
                f.dropTarget = target == null ? null : target.id();
                f.refusal = target == null ? "" : DesignEdits.connect(design(), f.connectFrom, target.id()).refusal();
                break;
            case BAND:
                f.rubberBand = new Bounds(Math.min(m.getX(), pressModel.getX()), Math.min(m.getY(), pressModel.getY()),
                        Math.abs(m.getX() - pressModel.getX()), Math.abs(m.getY() - pressModel.getY()));
                break;
            default:
        }
        view.repaint();
    }

    private void released(MouseEvent e) {
        DragFeedback f = view.feedback();
        Point2D m = view.viewport().toModel(e.getX(), e.getY());
        Mode done = mode;
        mode = Mode.NONE;
        view.setCursor(Cursor.DEFAULT);
        if (done == Mode.MOVE && dragged && (f.dx != 0 || f.dy != 0)) {
            double dx = f.dx;
            double dy = f.dy;
            f.clear();
            view.apply(DesignEdits.move(design(), selection().ids(), dx, dy));
        } else if (done == Mode.RESIZE && f.resized != null) {
            String id = f.resizing;
            Bounds b = f.resized;
            f.clear();
            view.apply(DesignEdits.resize(design(), id, b));
        } else if (done == Mode.CONNECT) {
            String from = f.connectFrom;
            f.clear();
            Element target = hit(m.getX(), m.getY());
            if (target != null && !target.id().equals(from)) {
                view.apply(DesignEdits.connect(design(), from, target.id()));
            }
        } else if (done == Mode.BAND) {
            band(e.isShiftDown());
        }
        f.clear();
        view.repaint();
    }

    private void band(boolean add) {
        Bounds band = view.feedback().rubberBand;
        if (!dragged || band == null) {
            if (clickedContainer != null) {
                selection().set(List.of(clickedContainer));
            } else if (!add) {
                selection().clear();
            }
            return;
        }
        Set<String> picked = new LinkedHashSet<>(add ? selection().ordered() : List.of());
        design().layout().forEach((id, b) -> {
            if (band.contains(b)) {
                picked.add(id);
            }
        });
        selection().set(picked);
    }

    private void hover(MouseEvent e) {
        Point2D m = view.viewport().toModel(e.getX(), e.getY());
        String single = selection().single();
        if (single != null && onConnectHandle(single, m)) {
            view.setCursor(Cursor.CROSSHAIR);
        } else if (single != null && onResizeHandle(single, m)) {
            view.setCursor(Cursor.SE_RESIZE);
        } else {
            view.setCursor(Cursor.DEFAULT);
        }
    }

    private void scrolled(ScrollEvent e) {
        view.manualView();
        if (e.getTouchCount() > 0 || e.isShiftDown()) {
            view.viewport().panBy(e.getDeltaX(), e.getDeltaY());
        } else {
            view.viewport().zoomAt(Math.exp(e.getDeltaY() * 0.0025), e.getX(), e.getY());
        }
        view.repaint();
        e.consume();
    }

    private void key(KeyEvent e) {
        double step = e.isShiftDown() ? 40 : Placement.SNAP;
        double dx = 0;
        double dy = 0;
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;
        } else if (e.getCode() == KeyCode.LEFT) {
            dx = -step;
        } else if (e.getCode() == KeyCode.RIGHT) {
            dx = step;
        } else if (e.getCode() == KeyCode.UP) {
            dy = -step;
        } else if (e.getCode() == KeyCode.DOWN) {
            dy = step;
        } else if (e.getCode() == KeyCode.ESCAPE) {
            selection().clear();
        }
        if ((dx != 0 || dy != 0) && !selection().isEmpty()) {
            view.apply(DesignEdits.move(design(), selection().ids(), dx, dy));
            e.consume();
        }
    }

    private Set<String> movingSet() {
        Set<String> ids = new LinkedHashSet<>(selection().ids());
        for (String id : selection().ids()) {
            ids.addAll(Containment.descendants(view.model().children(), id));
        }
        return ids;
    }

    /** The topmost element under a model point: nodes over containers, inner containers over outer. */
    Element hit(double x, double y) {
        List<Element> order = new ArrayList<>(view.model().drawOrder());
        for (int i = order.size() - 1; i >= 0; i--) {
            Element e = order.get(i);
            Bounds b = design().bounds(e.id());
            if (b != null && !Containment.isContainer(e.kind()) && b.contains(x, y)) {
                return e;
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Element e = order.get(i);
            Bounds b = design().bounds(e.id());
            if (b != null && Containment.isContainer(e.kind()) && b.contains(x, y)) {
                return e;
            }
        }
        return null;
    }

    private boolean onGrip(Element container, Point2D m) {
        Bounds b = design().bounds(container.id());
        double edge = 6 / view.viewport().scale();
        return m.getY() - b.y() < HEADER_GRIP || m.getX() - b.x() < edge || b.x() + b.width() - m.getX() < edge
                || b.y() + b.height() - m.getY() < edge;
    }

    private boolean onResizeHandle(String id, Point2D m) {
        Element e = design().get(id);
        Bounds b = design().bounds(id);
        if (e == null || b == null || !Containment.isContainer(e.kind())) {
            return false;
        }
        double h = OverlayPainter.HANDLE / view.viewport().scale();
        return Math.abs(m.getX() - (b.x() + b.width())) < h && Math.abs(m.getY() - (b.y() + b.height())) < h;
    }

    private boolean onConnectHandle(String id, Point2D m) {
        Element e = design().get(id);
        Bounds b = design().bounds(id);
        if (e == null || b == null || !CONNECTABLE.contains(e.kind())) {
            return false;
        }
        double h = OverlayPainter.HANDLE / view.viewport().scale();
        return Math.abs(m.getX() - (b.x() + b.width() + h / 4)) < h && Math.abs(m.getY() - b.centerY()) < h;
    }
}
