package io.segmenta.ui.charts;

import static io.segmenta.core.chart.ScatterPoints.hidden;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import java.util.BitSet;

/**
 * Which points of a {@link ScatterCanvas} a selection gesture hits, in canvas coordinates under
 * one {@link ScatterMapping}: the point nearest to a click, the points inside a box, the points
 * inside a free-hand lasso. Points of hidden segments (flags from
 * {@link ScatterPointPainter#hiddenFlags}) are never hit.
 */
final class ScatterPicking {
    /** How far from a click, in pixels, a point still counts as under it. */
    static final double PICK_RADIUS = 8;

    private ScatterPicking() {
    }

    /** The points inside the canvas rectangle between the two corners. */
    static RowSet inBox(ScatterData d, ScatterMapping mapping, boolean[] hidden, double ax, double ay, double bx,
                        double by) {
        double x0 = mapping.dataX(Math.min(ax, bx));
        double x1 = mapping.dataX(Math.max(ax, bx));
        double y0 = mapping.dataY(Math.max(ay, by));
        double y1 = mapping.dataY(Math.min(ay, by));
        BitSet hit = new BitSet(d.size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.x()[i];
            double y = d.y()[i];
            if (x >= x0 && x <= x1 && y >= y0 && y <= y1 && !hidden(hidden, d.group()[i])) {
                hit.set(i);
            }
        }
        return RowSet.of(hit);
    }

    /**
     * Points inside a free-hand polygon (canvas coordinates, x,y pairs), by a scan-filled pixel mask
     * over a canvas of {@code width} x {@code height} pixels.
     */
    static RowSet inPolygon(ScatterData d, ScatterMapping mapping, boolean[] hidden, double[] pts, double width,
                            double height) {
        int w = (int) Math.ceil(width);
        int h = (int) Math.ceil(height);
        boolean[] mask = LassoMask.fill(pts, w, h);
        BitSet hit = new BitSet(d.size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.x()[i];
            double y = d.y()[i];
            if (Double.isNaN(x) || Double.isNaN(y) || hidden(hidden, d.group()[i])) {
                continue;
            }
            int px = (int) Math.floor(mapping.px(x));
            int py = (int) Math.floor(mapping.py(y));
            if (px >= 0 && py >= 0 && px < w && py < h && mask[py * w + px]) {
                hit.set(i);
            }
        }
        return RowSet.of(hit);
    }

    /** The visible point nearest to the canvas point within {@value #PICK_RADIUS} pixels, or -1. */
    static int nearest(ScatterData d, ScatterMapping mapping, boolean[] hidden, double sx, double sy) {
        double x0 = mapping.dataX(sx - PICK_RADIUS);
        double x1 = mapping.dataX(sx + PICK_RADIUS);
        double y0 = mapping.dataY(sy + PICK_RADIUS);
        double y1 = mapping.dataY(sy - PICK_RADIUS);
        double best = PICK_RADIUS * PICK_RADIUS;
        int found = -1;
        double[] xs = d.x();
        double[] ys = d.y();
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = ys[i];
            if (x < x0 || x > x1 || y < y0 || y > y1 || hidden(hidden, d.group()[i])) {
                continue;
            }
            double dx = mapping.px(x) - sx;
            double dy = mapping.py(y) - sy;
            double dd = dx * dx + dy * dy;
            if (dd <= best) {
                best = dd;
                found = i;
            }
        }
        return found;
    }
}
