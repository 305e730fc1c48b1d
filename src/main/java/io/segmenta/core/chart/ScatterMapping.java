package io.segmenta.core.chart;

import io.segmenta.core.explore.Stats;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The 2D scatter's view port (the window's {@code ScatterCanvas} and the report): the plot margins, and one paint's mapping from data units
 * to canvas pixels and back. A mapping either shows the chosen view ({x0, x1, y0, y1} in data
 * units, after zooming or panning) or fits the whole data, its segment centres and the highlighted
 * point between rounded axis ticks with a few pixels of room beyond them.
 */
public final class ScatterMapping {
    public static final double LEFT = 72;
    public static final double RIGHT = 20;
    public static final double TOP = 16;
    public static final double BOTTOM = 52;
    /** Room in pixels between the outer ticks and the plot border. */
    private static final double EDGE = 7;

    public final double x0;
    public final double x1;
    public final double y0;
    public final double y1;
    public final double pw;
    public final double ph;
    public final double xs;
    public final double ys;
    private final double bottom;

    public ScatterMapping(double x0, double x1, double y0, double y1, double pw, double ph) {
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.pw = pw;
        this.ph = ph;
        this.xs = pw / (x1 - x0);
        this.ys = ph / (y1 - y0);
        this.bottom = TOP + ph;
    }

    /**
     * The mapping for a plot area of {@code pw} x {@code ph} pixels: the {@code view} when there is
     * one, else the data (and the highlighted point (hx, hy), when not NaN) between the outer axis ticks.
     */
    public static ScatterMapping of(ScatterData d, double[] view, double hx, double hy, double pw, double ph) {
        if (view != null) {
            return new ScatterMapping(view[0], view[1], view[2], view[3], pw, ph);
        }
        double[] xr = axisRange(d.x(), d.centroidX());
        double[] yr = axisRange(d.y(), d.centroidY());
        xr = around(xr, hx);
        yr = around(yr, hy);
        AxisTicks tx = AxisTicks.of(xr[0], xr[1], xTickTarget(pw));
        AxisTicks ty = AxisTicks.of(yr[0], yr[1], yTickTarget(ph));
        // a few pixels of room beyond the outer ticks, so points on the edge are drawn whole
        double padX = EDGE / pw * (tx.max() - tx.min());
        double padY = EDGE / ph * (ty.max() - ty.min());
        return new ScatterMapping(tx.min() - padX, tx.max() + padX, ty.min() - padY, ty.max() + padY, pw, ph);
    }

    public double px(double x) {
        return LEFT + (x - x0) * xs;
    }

    public double py(double y) {
        return bottom - (y - y0) * ys;
    }

    public double dataX(double px) {
        return x0 + (px - LEFT) / xs;
    }

    public double dataY(double py) {
        return y0 + (bottom - py) / ys;
    }

    public static int xTickTarget(double pw) {
        return (int) Math.max(3, Math.min(11, pw / 90));
    }

    public static int yTickTarget(double ph) {
        return (int) Math.max(5, Math.min(9, ph / 42));
    }

    public static boolean hasFinitePoint(ScatterData d) {
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isNaN(d.x()[i]) && !Double.isNaN(d.y()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The range widened to hold {@code v} with room for its marker (4% of the range beyond it). */
    private static double[] around(double[] r, double v) {
        if (Double.isNaN(v)) {
            return r;
        }
        double lo = Math.min(r[0], v);
        double hi = Math.max(r[1], v);
        double room = 0.04 * (hi - lo);
        return new double[] {Math.min(lo, v - room), Math.max(hi, v + room)};
    }

    /**
     * [min, max] of each axis's values mapped, kept per array while it lives: every repaint of a chart at
     * rest maps the same data, and on 10,000,000 customers the passes took 0.1–0.2 s of a repaint on the
     * JavaFX thread. Keyed on the array itself (an array equals only itself, and a scatter's arrays are never
     * changed once made), so a background job can work a range out before the chart first paints
     * ({@link #rememberRange}).
     */
    private static final Map<double[], double[]> RANGES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Works out and keeps the range of an axis's values, so that mapping them later does not pass over them. */
    public static void rememberRange(double[] values) {
        valueRange(values);
    }

    /** [min, max] of the finite values of an axis (+inf, -inf when none), kept as {@link #rememberRange} does. */
    public static double[] rangeOf(double[] values) {
        return valueRange(values).clone();
    }

    private static double[] valueRange(double[] values) {
        double[] known = RANGES.get(values);
        if (known == null) { // worked out outside the lock: a long pass must not hold up another chart's paint
            known = orEmpty(Stats.range(values));
            RANGES.put(values, known);
        }
        return known;
    }

    /** {@link Stats#range}'s {NaN, NaN} for no value as {+inf, -inf}, which the min and max below absorb. */
    private static double[] orEmpty(double[] range) {
        return Double.isNaN(range[0]) ? new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY} : range;
    }

    /** [min, max] over the finite values of an axis and its segments' centres. */
    private static double[] axisRange(double[] values, double[] centres) {
        double[] v = valueRange(values);
        double[] c = orEmpty(Stats.range(centres));
        return new double[] {Math.min(v[0], c[0]), Math.max(v[1], c[1])};
    }
}
