package io.segmenta.core.model;

import io.segmenta.core.math.Quantiles;
import java.util.Arrays;

/**
 * How far a segment's training customers are from the segment's centre (Euclidean, prepared
 * units), kept so that a new customer's distance can be read as a percentile. Segments of up to
 * {@link #EXACT_LIMIT} customers keep every distance, sorted; larger ones keep {@link #GRID}
 * evenly spaced quantiles (the 0th, 0.1th, ... 100th percentile, linearly interpolated as NumPy's
 * default), so a model of a million customers stays small.
 *
 * @param members training customers of the segment
 * @param sorted  the distances (exact) or the quantile grid, ascending
 * @param exact   true when {@code sorted} holds every member's distance
 */
public record DistanceProfile(int members, double[] sorted, boolean exact) {
    /** Segments up to this size keep every distance. */
    public static final int EXACT_LIMIT = 1000;
    /** Quantiles kept for larger segments. */
    public static final int GRID = 1001;

    public DistanceProfile {
        sorted = sorted.clone();
        if (members < 0) {
            throw new IllegalArgumentException("members " + members);
        }
        if (exact && sorted.length != members) {
            throw new IllegalArgumentException(sorted.length + " distances for " + members + " members");
        }
    }

    /** The profile of these distances (any order; the array is not changed). */
    public static DistanceProfile of(double[] distances) {
        double[] s = distances.clone();
        Arrays.sort(s);
        if (s.length <= EXACT_LIMIT) {
            return new DistanceProfile(s.length, s, true);
        }
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = Quantiles.linear(s, (double) i / (GRID - 1));
        }
        return new DistanceProfile(s.length, grid, false);
    }

    /**
     * The percentage (0 to 100) of the segment's training customers at most as far from the centre
     * as {@code distance}: low is typical (near the centre), 100 is as far as or farther than every
     * training customer. NaN for an empty segment.
     */
    public double percentile(double distance) {
        if (members == 0 || sorted.length == 0 || Double.isNaN(distance)) {
            return Double.NaN;
        }
        if (exact) {
            return 100.0 * upperBound(sorted, distance) / members;
        }
        int m = sorted.length;
        if (distance < sorted[0]) {
            return 0;
        }
        if (distance >= sorted[m - 1]) {
            return 100;
        }
        int i = upperBound(sorted, distance) - 1; // sorted[i] <= distance < sorted[i + 1]
        double lo = sorted[i];
        double hi = sorted[i + 1];
        double within = hi > lo ? (distance - lo) / (hi - lo) : 1;
        return 100.0 * (i + within) / (m - 1);
    }

    /** The distance below which a share {@code p} (0 to 1) of the training customers lie. */
    public double quantile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return Quantiles.linear(sorted, p);
    }

    /** The largest training distance. */
    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Number of values at most {@code v}. */
    private static int upperBound(double[] s, double v) {
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DistanceProfile p && p.members == members && p.exact == exact
                && Arrays.equals(p.sorted, sorted);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * members + Boolean.hashCode(exact)) + Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "DistanceProfile[members=" + members + ", exact=" + exact + ", values=" + sorted.length + "]";
    }

    /** A copy of the stored values. */
    @Override
    public double[] sorted() {
        return sorted.clone();
    }
}
