package io.segmenta.core.chart;

import java.util.Locale;

/**
 * "Nice" axis ticks: a step of 1, 2 or 5 times a power of ten, so labels read 20, 40, 60 rather
 * than 17.3, 34.6. The axis range is widened to whole steps.
 *
 * @param min   first tick (at or below the data minimum)
 * @param max   last tick (at or above the data maximum)
 * @param step  distance between ticks
 */
public record AxisTicks(double min, double max, double step) {

    /** About {@code target} ticks covering [lo, hi]; a degenerate range is widened around its value. */
    public static AxisTicks of(double lo, double hi, int target) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new AxisTicks(0, 1, 0.2);
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / Math.max(1, target - 1));
        double min = Math.floor(lo / step) * step;
        double max = Math.ceil(hi / step) * step;
        return new AxisTicks(min, max, step);
    }

    /** Number of ticks from min to max inclusive. */
    public int count() {
        return (int) Math.round((max - min) / step) + 1;
    }

    /** The i-th tick value (computed, not accumulated, so there is no drift). */
    public double tick(int i) {
        return min + i * step;
    }

    /** The tick as text with as many decimals as the step needs (20, 2.5, 0.25, 1,500), on any system. */
    public String label(int i) {
        double v = tick(i);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (Math.abs(v) < step * 1e-9) {
            v = 0;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nice * exp;
    }
}
