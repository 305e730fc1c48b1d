package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/**
 * How hierarchical clustering measures the distance between two groups of customers (scikit-learn's
 * {@code AgglomerativeClustering(linkage=...)}, SciPy's {@code linkage(method=...)}).
 */
public enum Linkage {
    /** Merge the pair whose union increases the within-segment sum of squares least (the default). */
    WARD("Ward"),
    /** Distance between groups = largest distance between their members. */
    COMPLETE("complete"),
    /** Distance between groups = mean distance between their members (UPGMA). */
    AVERAGE("average"),
    /** Distance between groups = smallest distance between their members (chains groups together). */
    SINGLE("single");

    private final String label;

    Linkage(String label) {
        this.label = label;
    }

    /** The name users see: "Ward", "complete", "average", "single". */
    public String label() {
        return label;
    }

    /** Whether this linkage needs the n x n distance matrix in memory (complete and average). */
    public boolean needsDistanceMatrix() {
        return this == COMPLETE || this == AVERAGE;
    }

    /** Parses "ward", "complete", "average" or "single" (case-insensitive). */
    public static Linkage parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Linkage l : values()) {
            if (l.name().toLowerCase(Locale.ROOT).equals(t)) {
                return l;
            }
        }
        throw new SegmentaException("Unknown linkage \"" + text + "\". Choose ward, complete, average or single.");
    }
}
