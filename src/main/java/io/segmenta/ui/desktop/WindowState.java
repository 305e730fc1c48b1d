package io.segmenta.ui.desktop;

import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window was (its top-left corner, in screen coordinates), how big its content was,
 * and whether it was maximised. Place and size are the normal (not maximised) ones, so
 * un-maximising after a restart returns to them.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    /** How much of the window must be on a screen for it to stay where it was: enough to grab the title bar. */
    static final double GRIP = 48;

    /** The state saved in {@code node}, if one was saved and it is usable. */
    public static Optional<WindowState> load(Preferences node) {
        double w = node.getDouble(WIDTH, Double.NaN);
        double h = node.getDouble(HEIGHT, Double.NaN);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (!(w > 0 && h > 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(x, y, w, h, node.getBoolean(MAXIMIZED, false)));
    }

    /** Stores this state in {@code node} (the caller flushes). */
    public void save(Preferences node) {
        node.putDouble(X, x);
        node.putDouble(Y, y);
        node.putDouble(WIDTH, width);
        node.putDouble(HEIGHT, height);
        node.putBoolean(MAXIMIZED, maximized);
    }

    /**
     * This state made to fit the screens attached now (their visual bounds, the primary first): on
     * the screen it overlaps most, no larger than that screen and wholly on it; centred on the
     * primary screen when less than a title bar's grip of it is on any screen (a monitor was
     * unplugged). Sizes are kept at least {@code minWidth} x {@code minHeight} where the screen allows.
     */
    public WindowState fitTo(List<Rectangle2D> screens, double minWidth, double minHeight) {
        if (screens.isEmpty()) {
            return this;
        }
        Rectangle2D best = null;
        double bestArea = 0;
        for (Rectangle2D s : screens) {
            double area = overlap(s);
            if (area > bestArea) {
                bestArea = area;
                best = s;
            }
        }
        boolean reachable = best != null && overlapWidth(best) >= Math.min(GRIP, width) && overlapHeight(best) >= Math.min(GRIP, height);
        Rectangle2D screen = reachable ? best : screens.get(0);
        double w = Math.min(Math.max(width, minWidth), screen.getWidth());
        double h = Math.min(Math.max(height, minHeight), screen.getHeight());
        double nx;
        double ny;
        if (reachable) {
            nx = clamp(x, screen.getMinX(), screen.getMaxX() - w);
            ny = clamp(y, screen.getMinY(), screen.getMaxY() - h);
        } else {
            nx = screen.getMinX() + (screen.getWidth() - w) / 2;
            ny = screen.getMinY() + (screen.getHeight() - h) / 2;
        }
        return new WindowState(nx, ny, w, h, maximized);
    }

    private double overlap(Rectangle2D s) {
        return overlapWidth(s) * overlapHeight(s);
    }

    private double overlapWidth(Rectangle2D s) {
        return Math.max(0, Math.min(x + width, s.getMaxX()) - Math.max(x, s.getMinX()));
    }

    private double overlapHeight(Rectangle2D s) {
        return Math.max(0, Math.min(y + height, s.getMaxY()) - Math.max(y, s.getMinY()));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
