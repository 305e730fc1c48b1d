package io.segmenta.core.prep;

import io.segmenta.core.data.Column;
import java.util.Objects;

/**
 * A customer flagged as an outlier: the 0-based dataset row, the customer's identifier (first identifier
 * column, else "row N", 1-based), why in words (e.g. "Annual Income (k$) = 137 above the upper fence 132.75"),
 * the score (the Isolation Forest anomaly score from 0 to 1, the largest |z| for z-scores, NaN for IQR) and
 * whether the customer was left out of the segmentation.
 *
 * <p>The reason of a customer flagged by {@link #of} is written the first time it is asked for, from the rule
 * and the customer's values: of 1.8 million flagged customers of a 10,000,000-row table the window shows a page
 * and an export writes them once, and writing them all as they were flagged took half the preparation. Its
 * label is read from the identifier column each time (a packed id column keeps no {@code String} per customer).
 */
public final class FlaggedRow {
    private final int row;
    /** The label as given, or null when it is read from {@link #id}. */
    private final String label;
    private final Column id;
    private final double score;
    private final boolean excluded;
    /** The rule and the customer's values, until the reason is written; then null. */
    private OutlierRule rule;
    private double[] raw;
    private volatile String reason;

    /** A flagged customer with its reason already written. */
    public FlaggedRow(int row, String label, String reason, double score, boolean excluded) {
        this.row = row;
        this.label = Objects.requireNonNull(label, "label");
        this.id = null;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.score = score;
        this.excluded = excluded;
    }

    private FlaggedRow(int row, Column id, OutlierRule rule, double[] raw, double score, boolean excluded) {
        this.row = row;
        this.label = null;
        this.id = id;
        this.rule = rule;
        this.raw = raw;
        this.score = score;
        this.excluded = excluded;
    }

    /**
     * A customer that {@code rule} flags, its reason written when first asked for.
     *
     * @param id  the table's identifier column (the label), or null ("row N")
     * @param raw the customer's encoded values as the rule reads them (kept, not copied)
     */
    static FlaggedRow of(int row, Column id, OutlierRule rule, double[] raw, double score, boolean excluded) {
        return new FlaggedRow(row, id, Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(raw, "raw"),
                score, excluded);
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
        if (r == null) {
            synchronized (this) {
                r = reason;
                if (r == null) {
                    r = rule.reason(raw);
                    reason = r;
                    rule = null;
                    raw = null;
                }
            }
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
