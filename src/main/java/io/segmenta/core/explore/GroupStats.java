package io.segmenta.core.explore;

import io.segmenta.core.math.Quantiles;
import java.util.Arrays;
import java.util.Objects;

/**
 * One group's figures for a box plot and a table: count, mean, sample standard deviation and the
 * five-number summary (quartiles by linear interpolation), whiskers at the most extreme values within
 * 1.5 IQR of the quartiles (matplotlib's convention) and the values beyond them.
 *
 * @param outliers values below {@code whiskerLow} or above {@code whiskerHigh}, ascending (a copy is returned)
 */
public record GroupStats(String group, int n, double mean, double sd, double min, double q1, double median,
                         double q3, double max, double whiskerLow, double whiskerHigh, double[] outliers) {
    public GroupStats {
        Objects.requireNonNull(group, "group");
        outliers = outliers.clone();
    }

    @Override
    public double[] outliers() {
        return outliers.clone();
    }

    /** Figures of ascending {@code sorted} values (at least one). */
    static GroupStats of(String group, double[] sorted) {
        int n = sorted.length;
        double q1 = Quantiles.linear(sorted, 0.25);
        double q3 = Quantiles.linear(sorted, 0.75);
        double lowFence = q1 - 1.5 * (q3 - q1);
        double highFence = q3 + 1.5 * (q3 - q1);
        int lo = 0;
        while (lo < n - 1 && sorted[lo] < lowFence) {
            lo++;
        }
        int hi = n - 1;
        while (hi > 0 && sorted[hi] > highFence) {
            hi--;
        }
        double[] out = new double[lo + (n - 1 - hi)];
        System.arraycopy(sorted, 0, out, 0, lo);
        System.arraycopy(sorted, hi + 1, out, lo, n - 1 - hi);
        return new GroupStats(group, n, Stats.mean(sorted), Stats.sd(sorted), sorted[0], q1,
                Quantiles.linear(sorted, 0.5), q3, sorted[n - 1], sorted[lo], sorted[hi], out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupStats g && group.equals(g.group) && n == g.n && Double.compare(mean, g.mean) == 0
                && Double.compare(sd, g.sd) == 0 && Double.compare(min, g.min) == 0 && Double.compare(q1, g.q1) == 0
                && Double.compare(median, g.median) == 0 && Double.compare(q3, g.q3) == 0
                && Double.compare(max, g.max) == 0 && Double.compare(whiskerLow, g.whiskerLow) == 0
                && Double.compare(whiskerHigh, g.whiskerHigh) == 0 && Arrays.equals(outliers, g.outliers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, n, mean, sd, median) * 31 + Arrays.hashCode(outliers);
    }

    @Override
    public String toString() {
        return "GroupStats[" + group + ", n " + n + ", mean " + mean + ", median " + median + "]";
    }
}
