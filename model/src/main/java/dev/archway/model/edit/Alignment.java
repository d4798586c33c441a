package dev.archway.model.edit;

import dev.archway.model.Bounds;

/** Which edge or centre line an alignment lines up, and what it does to one element's bounds. */
public enum Alignment {
    LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM;

    /** {@code b} lined up with the anchor {@code a}. */
    public Bounds apply(Bounds b, Bounds a) {
        switch (this) {
            case LEFT: return new Bounds(a.x(), b.y(), b.width(), b.height());
            case RIGHT: return new Bounds(a.x() + a.width() - b.width(), b.y(), b.width(), b.height());
            case CENTER: return new Bounds(a.centerX() - b.width() / 2, b.y(), b.width(), b.height());
            case TOP: return new Bounds(b.x(), a.y(), b.width(), b.height());
            case BOTTOM: return new Bounds(b.x(), a.y() + a.height() - b.height(), b.width(), b.height());
            default: return new Bounds(b.x(), a.centerY() - b.height() / 2, b.width(), b.height());
        }
    }

    /** "Left", "Middle": as a menu shows it. */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
