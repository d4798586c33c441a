package dev.archway.model;

/** Where an element is drawn on the diagram, in canvas units (absolute coordinates). */
public record Bounds(double x, double y, double width, double height) {

    public Bounds moveBy(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    public boolean contains(Bounds other) {
        return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
