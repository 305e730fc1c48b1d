package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.math.Quantiles;
import java.util.Arrays;

/** Outlier rules for one numeric column. */
public final class Outliers {
    /** Tukey's usual factor. */
    public static final double DEFAULT_FACTOR = 1.5;

    private Outliers() {
    }

    /** {@link #iqr(NumericColumn, double)} with factor 1.5. */
    public static IqrFences iqr(NumericColumn column) {
        return iqr(column, DEFAULT_FACTOR);
    }

    /**
     * Tukey's fences {@code q1 - factor * IQR} and {@code q3 + factor * IQR} and the rows outside them
     * (missing cells are never outliers).
     *
     * @throws SegmentaException when the factor is not a positive number
     */
    public static IqrFences iqr(NumericColumn column, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new SegmentaException("The outlier factor must be a positive number (1.5 is usual, 3 for far "
                    + "outliers only); got " + factor + ".");
        }
        double[] s = Stats.sortedPresent(column);
        double q1 = Quantiles.linear(s, 0.25);
        double q3 = Quantiles.linear(s, 0.75);
        double lower = q1 - factor * (q3 - q1);
        double upper = q3 + factor * (q3 - q1);
        int[] rows = new int[column.size()];
        int n = 0;
        for (int i = 0; i < column.size(); i++) {
            double v = column.get(i);
            if (v < lower || v > upper) {
                rows[n++] = i;
            }
        }
        return new IqrFences(column.name(), q1, q3, factor, lower, upper, Arrays.copyOf(rows, n));
    }
}
