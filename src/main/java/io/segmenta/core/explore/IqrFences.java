package io.segmenta.core.explore;

import java.util.Arrays;

/**
 * Tukey's fences of a numeric column: values below {@code q1 - factor * IQR} or above
 * {@code q3 + factor * IQR} are outliers. Quartiles interpolate linearly (pandas). For a column
 * without values the fences are NaN and there are no outliers.
 *
 * @param rows 0-based row indices of the outliers, ascending (a copy is returned)
 */
public record IqrFences(String column, double q1, double q3, double factor, double lower, double upper, int[] rows) {
    public IqrFences {
        rows = rows.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    /** Number of outliers. */
    public int count() {
        return rows.length;
    }

    /** True when {@code value} lies outside the fences (NaN is never an outlier). */
    public boolean isOutlier(double value) {
        return value < lower || value > upper;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IqrFences f && column.equals(f.column) && Double.compare(q1, f.q1) == 0
                && Double.compare(q3, f.q3) == 0 && Double.compare(factor, f.factor) == 0
                && Double.compare(lower, f.lower) == 0 && Double.compare(upper, f.upper) == 0
                && Arrays.equals(rows, f.rows);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(column, q1, q3, factor, lower, upper) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "IqrFences[" + column + ", lower " + lower + ", upper " + upper + ", " + rows.length + " outliers]";
    }
}
