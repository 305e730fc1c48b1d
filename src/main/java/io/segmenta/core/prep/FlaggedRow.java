package io.segmenta.core.prep;

import io.segmenta.core.data.Column;
import java.util.Objects;

/**
 * A customer flagged as an outlier: the 0-based dataset row, the customer's identifier (first identifier
 * column, else "row N", 1-based), why in words (e.g. "Annual Income (k$) = 137 above the upper fence 132.75"),
 * the score (the Isolation Forest anomaly score from 0 to 1, the largest |z| for z-scores, NaN for IQR) and
 * whether the customer was left out of the segmentation.
 *
 * <p>A customer of a {@link FlaggedRows} is made when the list is asked for it, and its reason written the first
 * time it is asked for, from the rule and the customer's values: of 1.8 million flagged customers of a
 * 10,000,000-row table the window shows a page and an export writes them once, and writing them all as they
 * were flagged took half the preparation. Two made for the same customer are equal. Its label is read from the
 * identifier column each time (a packed id column keeps no {@code String} per customer).
 */
public final class FlaggedRow {
    private final int row;
    /** The label as given, or null when it is read from {@link #id}. */
    private final String label;
    private final Column id;
    private final double score;
    private final boolean excluded;
    /** Where the reason is written from ({@link FlaggedRows}: the rule and the customer's values), or null. */
    private final FlaggedRows source;
    private final int stored;
    private volatile String reason;

    /** A flagged customer with its reason already written. */
    public FlaggedRow(int row, String label, String reason, double score, boolean excluded) {
        this.row = row;
        this.label = Objects.requireNonNull(label, "label");
        this.id = null;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.score = score;
        this.excluded = excluded;
        this.source = null;
        this.stored = -1;
    }

    private FlaggedRow(int row, Column id, FlaggedRows source, int stored, double score, boolean excluded) {
        this.row = row;
        this.label = null;
        this.id = id;
        this.source = source;
        this.stored = stored;
        this.score = score;
        this.excluded = excluded;
    }

    /**
     * A customer of {@code source}, its reason written when first asked for.
     *
     * @param id     the table's identifier column (the label), or null ("row N")
     * @param stored the customer's place in {@code source}'s columns
     */
    static FlaggedRow of(int row, Column id, FlaggedRows source, int stored, double score, boolean excluded) {
        return new FlaggedRow(row, id, Objects.requireNonNull(source, "source"), stored, score, excluded);
    }

    public int row() {
        return row;
    }

    public String label() {
        return label != null ? label : FittedPreparation.label(id, row);
    }

    /** Why, in words. */
    public String reason() {
        String r = reason;
        if (r == null) { // two threads may both write it: the same text
            r = source.reason(stored);
            reason = r;
        }
        return r;
    }

    public double score() {
        return score;
    }

    public boolean excluded() {
        return excluded;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlaggedRow f && row == f.row && Objects.equals(label(), f.label())
                && Double.compare(score, f.score) == 0 && excluded == f.excluded && reason().equals(f.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, label(), reason(), score, excluded);
    }

    @Override
    public String toString() {
        return "FlaggedRow[row=" + row + ", label=" + label() + ", reason=" + reason() + ", score=" + score
                + ", excluded=" + excluded + "]";
    }
}
