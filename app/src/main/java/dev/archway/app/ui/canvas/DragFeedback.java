package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import java.util.Map;
import java.util.Set;

/**
 * The transient state of a gesture in progress, drawn on the top layer: elements being moved (by an offset),
 * a container being resized, a rubber band, a connection being drawn, a palette drop, and why a drop is refused.
 */
final class DragFeedback {
    Set<String> moving = Set.of();
    double dx;
    double dy;
    String resizing;
    Bounds resized;
    Bounds rubberBand;
    String connectFrom;
    double connectX;
    double connectY;
    Bounds dropGhost;
    String dropTarget;
    String refusal;
    Map<String, Bounds> preview = Map.of();

    void clear() {
        moving = Set.of();
        dx = 0;
        dy = 0;
        resizing = null;
        resized = null;
        rubberBand = null;
        connectFrom = null;
        dropGhost = null;
        dropTarget = null;
        refusal = null;
    }

    /** Where the element is drawn during the gesture. */
    Bounds boundsOf(String id, Bounds stored) {
        if (stored == null) {
            return null;
        }
        if (id.equals(resizing) && resized != null) {
            return resized;
        }
        return moving.contains(id) ? stored.moveBy(dx, dy) : stored;
    }
}
