package io.segmenta.core.explore;

import io.segmenta.core.data.ColumnType;

/**
 * Summary of a numeric column over its present values, as pandas {@code describe()}: the standard
 * deviation is the sample one (divisor n - 1) and quartiles interpolate linearly between ranks.
 * Figures that need more values than there are (a mean of nothing, a deviation of one value, a
 * skewness of fewer than three or of a constant) are NaN.
 *
 * @param skewness adjusted Fisher-Pearson skewness (pandas {@code skew()})
 */
public record NumericSummary(String name, int count, int missing, double mean, double std, double min, double q1,
                             double median, double q3, double max, double skewness) implements ColumnSummary {
    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    /** Interquartile range q3 - q1. */
    public double iqr() {
        return q3 - q1;
    }
}
