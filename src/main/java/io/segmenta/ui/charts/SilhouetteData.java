package io.segmenta.ui.charts;

import java.util.Objects;

/**
 * What a {@link SilhouettePlot} draws: one silhouette coefficient per customer with the customer's
 * dataset row and segment.
 *
 * @param values   silhouette of each customer, -1..1
 * @param rows     the dataset row of each value
 * @param group    the 0-based segment of each value
 * @param k        number of segments
 * @param mean     the mean silhouette of these values
 * @param total    customers segmented in all; more than {@code values.length} when these are a sample
 */
public record SilhouetteData(double[] values, int[] rows, int[] group, int k, double mean, int total) {
    public SilhouetteData {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(group, "group");
        if (rows.length != values.length || group.length != values.length) {
            throw new IllegalArgumentException("one row and one segment per value needed");
        }
    }

    public int size() {
        return values.length;
    }

    /** True when the values are a sample of the segmented customers. */
    public boolean sampled() {
        return values.length < total;
    }
}
