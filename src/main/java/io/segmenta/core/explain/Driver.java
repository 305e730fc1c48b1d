package io.segmenta.core.explain;

import java.util.Locale;

/**
 * How much one feature separates the segments, 0 (not at all) to 1 (completely).
 *
 * @param column the feature: a numeric column or derived feature, or a categorical column (all its
 *               one-hot columns together)
 * @param kind   which measure {@code value} is
 * @param value  eta squared for a number (the share of its variance that lies between the segments),
 *               Cramér's V for a categorical column (its association with the segments)
 */
public record Driver(String column, Kind kind, double value) {
    /** The two measures. */
    public enum Kind {
        /** Between-segment sum of squares / total sum of squares of a numeric feature. */
        ETA_SQUARED("eta squared", "eta_squared"),
        /** sqrt(chi-square / (n (min(levels, segments) - 1))) of the segments x levels table. */
        CRAMERS_V("Cramér's V", "cramers_v");

        private final String label;
        private final String key;

        Kind(String label, String key) {
            this.label = label;
            this.key = key;
        }

        /** How people write it: "eta squared", "Cramér's V". */
        public String label() {
            return label;
        }

        /** The JSON word: "eta_squared", "cramers_v". */
        public String key() {
            return key;
        }
    }

    /** "Annual Income (k$): eta squared 0.91". */
    public String text() {
        return String.format(Locale.ROOT, "%s: %s %.2f", column, kind.label(), value);
    }
}
