package io.segmenta.core.explain;

/**
 * Something about a result the analyst should know before believing it, in plain words.
 *
 * @param kind    what is wrong, with its threshold
 * @param subject the column or segment the warning is about ("" when it is about the whole result)
 * @param message what it means and what to do, in full sentences
 */
public record ResultWarning(Kind kind, String subject, String message) {
    /** The warnings Segmenta gives, with the thresholds they fire at. */
    public enum Kind {
        /** Cramér's V or the adjusted Rand index of the segments and one categorical feature is at least 0.9. */
        REPEATS_COLUMN("repeats_column"),
        /** The recommended k of the sweep is the largest (or, above 2, the smallest) k searched. */
        K_AT_EDGE("k_at_edge"),
        /** A segment holds under 1% of the segmented customers. */
        SMALL_SEGMENT("small_segment"),
        /** The mean silhouette is under 0.25. */
        WEAK_STRUCTURE("weak_structure"),
        /** Scaling is off and the numeric features' standard deviations differ at least tenfold. */
        SCALES_DIFFER("scales_differ"),
        /**
         * A numeric feature that is not log-transformed has no negative value, at least 20 distinct values
         * (an amount, not a flag or a code) and a sample skewness over 2.
         */
        SKEWED_AMOUNT("skewed_amount");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The JSON word, e.g. "repeats_column". */
        public String key() {
            return key;
        }
    }
}
