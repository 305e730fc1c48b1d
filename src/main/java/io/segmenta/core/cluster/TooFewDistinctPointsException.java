package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;

/**
 * k-means was asked for more segments than the data have distinct customers (rows that differ in
 * at least one selected feature). scikit-learn would return duplicate centres and warn; Segmenta
 * refuses instead, because a segment that is an exact copy of another means nothing to a user.
 */
public final class TooFewDistinctPointsException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    private final int k;
    private final int distinctPoints;

    public TooFewDistinctPointsException(int k, int distinctPoints) {
        super("k = " + k + " needs at least " + k + " different customers, but the selected features take only "
                + distinctPoints + " distinct value combination" + (distinctPoints == 1 ? "" : "s")
                + ". Choose k = " + distinctPoints + " or less, or add features that tell customers apart.");
        this.k = k;
        this.distinctPoints = distinctPoints;
    }

    /** The k that was asked for. */
    public int k() {
        return k;
    }

    /** Number of distinct rows in the data (less than {@link #k()}). */
    public int distinctPoints() {
        return distinctPoints;
    }
}
