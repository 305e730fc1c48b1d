package io.segmenta.core.chart;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Jitter for a scatter axis whose values are discrete (ages, years, counts, scores): many customers
 * share a value and their points would fall on one another. Each drawn point moves by a seeded random
 * amount within {@value #FRACTION} of the smallest gap between the axis's distinct values either side,
 * so points never cross into the next value's band and the same axis always gives the same picture.
 * Only the drawn positions move: the data, the centres and the hover texts keep the true values, and
 * an axis drawn jittered says so in its title ({@link #title}).
 */
public final class Jitter {
    /** An axis with at most this many distinct values is discrete. */
    public static final int MAX_DISTINCT = 50;
    /** The largest move either side, as a share of the smallest gap between distinct values. */
    public static final double FRACTION = 0.35;

    private Jitter() {
    }

    /**
     * How far (either side, in data units) a point of this axis may move when jittered; 0 when the axis
     * is not discrete or has fewer than two distinct values. An axis is discrete when its values (NaN
     * left out) take at most {@value #MAX_DISTINCT} distinct values, or are whole numbers of which some
     * repeat.
     */
    public static double amplitude(double[] values) {
        boolean allWhole = true;
        for (double x : values) {
            if (Double.isFinite(x) && x != Math.rint(x)) {
                allWhole = false;
                break;
            }
        }
        if (!allWhole) {
            return fewValues(values);
        }
        double[] v = Arrays.stream(values).filter(Double::isFinite).toArray();
        Arrays.parallelSort(v);
        int distinct = 0;
        boolean whole = true;
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            whole &= v[i] == Math.rint(v[i]);
            if (i == 0 || v[i] != v[i - 1]) {
                distinct++;
                if (i > 0) {
                    gap = Math.min(gap, v[i] - v[i - 1]);
                }
            }
        }
        boolean discrete = distinct <= MAX_DISTINCT || whole && distinct < v.length;
        return discrete && distinct >= 2 ? FRACTION * gap : 0;
    }

    /**
     * {@link #amplitude} of values that are not all whole numbers: discrete only with at most
     * {@value #MAX_DISTINCT} distinct values, which a short list answers in one pass without sorting
     * (a continuous column of 10,000,000 rows stops at its 51st value instead of a sort taking a second).
     */
    private static double fewValues(double[] values) {
        double[] seen = new double[MAX_DISTINCT];
        int distinct = 0;
        next:
        for (double x : values) {
            if (!Double.isFinite(x)) {
                continue;
            }
            for (int i = 0; i < distinct; i++) {
                if (seen[i] == x) {
                    continue next;
                }
            }
            if (distinct == MAX_DISTINCT) {
                return 0;
            }
            seen[distinct++] = x;
        }
        if (distinct < 2) {
            return 0;
        }
        double[] v = Arrays.copyOf(seen, distinct);
        Arrays.sort(v);
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < v.length; i++) {
            gap = Math.min(gap, v[i] - v[i - 1]);
        }
        return FRACTION * gap;
    }

    /**
     * The values moved by a uniform random amount in [-amplitude, amplitude], from a generator seeded with
     * {@code seed} (the same values, amplitude and seed give the same positions); NaN stays NaN. A new array.
     */
    public static double[] apply(double[] values, double amplitude, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double move = amplitude * (2 * random.nextDouble() - 1);
            out[i] = values[i] + move;
        }
        return out;
    }

    /**
     * The scatter of {@code x} against {@code y} with each axis moved by its amplitude (0 = drawn as it is)
     * and titled "(jittered)" when moved; the centres are the segments' true means ({@code centreX},
     * {@code centreY}: {@link ScatterData#groupMeans} of the values before any move). Each axis is seeded
     * by its title, so an axis jitters alike on x and on y and in every session.
     */
    public static ScatterData scatter(double[] x, double[] y, int[] group, double[] centreX, double[] centreY,
                                      String xTitle, String yTitle, double xAmplitude, double yAmplitude) {
        return new ScatterData(xAmplitude > 0 ? apply(x, xAmplitude, seed(xTitle)) : x,
                yAmplitude > 0 ? apply(y, yAmplitude, seed(yTitle)) : y, group, centreX, centreY,
                xAmplitude > 0 ? title(xTitle) : xTitle, yAmplitude > 0 ? title(yTitle) : yTitle);
    }

    /** The seed for an axis, from its title. */
    public static long seed(String axis) {
        return axis == null ? 0 : axis.hashCode();
    }

    /** An axis title saying it is drawn jittered: "Age (jittered)". */
    public static String title(String title) {
        return title + " (jittered)";
    }
}
