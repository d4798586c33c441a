package dev.archway.model.diagram;

/** An edge drawn as a polyline of axis-parallel segments: x0, y0, x1, y1, ... in canvas units. */
public record EdgeRoute(double[] points) {

    public int size() {
        return points.length / 2;
    }

    public double x(int i) {
        return points[2 * i];
    }

    public double y(int i) {
        return points[2 * i + 1];
    }

    /** Corners between the first and the last point. */
    public int bends() {
        int bends = 0;
        for (int i = 1; i < size() - 1; i++) {
            double cross = (x(i) - x(i - 1)) * (y(i + 1) - y(i)) - (y(i) - y(i - 1)) * (x(i + 1) - x(i));
            if (Math.abs(cross) > 1e-6) {
                bends++;
            }
        }
        return bends;
    }

    public double length() {
        double sum = 0;
        for (int i = 1; i < size(); i++) {
            sum += Math.abs(x(i) - x(i - 1)) + Math.abs(y(i) - y(i - 1));
        }
        return sum;
    }

    /** The point at fraction {@code t} of the length (the simulation's moving dot). */
    public double[] at(double t) {
        double goal = length() * Math.max(0, Math.min(1, t));
        for (int i = 1; i < size(); i++) {
            double seg = Math.abs(x(i) - x(i - 1)) + Math.abs(y(i) - y(i - 1));
            if (goal <= seg && seg > 0) {
                double f = goal / seg;
                return new double[] {x(i - 1) + (x(i) - x(i - 1)) * f, y(i - 1) + (y(i) - y(i - 1)) * f};
            }
            goal -= seg;
        }
        return new double[] {x(size() - 1), y(size() - 1)};
    }
}
