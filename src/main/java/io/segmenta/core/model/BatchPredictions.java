package io.segmenta.core.model;

import java.util.List;

/**
 * The model's answer for every row of a table.
 *
 * @param segment     per row: the 0-based segment, {@link Assignment#NOISE}, or {@link #FAILED}
 * @param distance    per row: distance to the own segment's centre (prepared units); NaN when none
 * @param probability per row: the probability of the own segment (mixtures); NaN otherwise
 * @param percentile  per row: the distance percentile among the segment's training customers; NaN when none
 * @param warning     per row: what makes the placement less certain, or null
 * @param error       per row: why the row got no segment, or null
 * @param counts      customers per segment
 * @param noise       rows labelled noise
 * @param failed      rows that could not be placed
 * @param warned      rows with a warning
 * @param notes       what the user should know about the table as a whole
 */
public record BatchPredictions(int[] segment, double[] distance, double[] probability, double[] percentile,
                               String[] warning, String[] error, int[] counts, int noise, int failed, int warned,
                               List<String> notes) {
    /** {@link #segment} of a row that could not be placed. */
    public static final int FAILED = -3;

    public BatchPredictions {
        notes = List.copyOf(notes);
    }

    public int rows() {
        return segment.length;
    }

    /** Rows placed in a segment. */
    public int assigned() {
        return rows() - noise - failed;
    }
}
