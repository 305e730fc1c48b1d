package io.segmenta.core.explore;

import io.segmenta.core.profile.BoxStats;
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

    /** Figures of ascending {@code sorted} values (at least one); box and whiskers as {@link BoxStats}. */
    static GroupStats of(String group, double[] sorted) {
        int n = sorted.length;
        BoxStats box = BoxStats.ofSorted(sorted, 0, n);
        int below = 0;
        while (sorted[below] < box.lowerWhisker()) {
            below++;
        }
        double[] out = new double[box.outliers()];
        System.arraycopy(sorted, 0, out, 0, below);
        System.arraycopy(sorted, n - (out.length - below), out, below, out.length - below);
        return new GroupStats(group, n, Stats.mean(sorted), Stats.sd(sorted), box.min(), box.q1(), box.median(),
                box.q3(), box.max(), box.lowerWhisker(), box.upperWhisker(), out);
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
