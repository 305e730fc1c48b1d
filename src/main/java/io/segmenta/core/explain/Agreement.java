package io.segmenta.core.explain;

import java.util.Locale;

/**
 * Graded words for an adjusted Rand index, with the thresholds shown, so 0.52 does not read as "similar":
 * at least 0.85 "nearly the same segments", 0.75 "largely the same", 0.6 "partly the same", 0.3 "different
 * in many customers", below that "different segments". The bands follow the ones commonly used for
 * bootstrap stability (Hennig: 0.85 highly stable, 0.75 stable, 0.6 a pattern but doubtful).
 */
public final class Agreement {
    /** The thresholds, highest first. */
    static final double[] THRESHOLDS = {0.85, 0.75, 0.6, 0.3};
    private static final String[] WORDS = {"nearly the same segments", "largely the same segments",
        "partly the same segments", "different segments for many customers", "different segments"};

    private Agreement() {
    }

    /** "largely the same segments" for 0.8. */
    public static String words(double ari) {
        for (int i = 0; i < THRESHOLDS.length; i++) {
            if (ari >= THRESHOLDS[i]) {
                return WORDS[i];
            }
        }
        return WORDS[WORDS.length - 1];
    }

    /** The words with their band: "largely the same segments (0.75 to 0.85)". */
    public static String wordsWithBand(double ari) {
        for (int i = 0; i < THRESHOLDS.length; i++) {
            if (ari >= THRESHOLDS[i]) {
                String band = i == 0 ? "0.85 or more" : String.format(Locale.ROOT, "%.2f to %.2f", THRESHOLDS[i],
                        THRESHOLDS[i - 1]);
                return WORDS[i] + " (" + band + ")";
            }
        }
        return WORDS[WORDS.length - 1] + " (under 0.30)";
    }

    /** One line with every band, for a legend: "0.85 or more: nearly the same segments; ...". */
    public static String legend() {
        StringBuilder s = new StringBuilder("Adjusted Rand index: ");
        for (int i = 0; i < WORDS.length; i++) {
            if (i > 0) {
                s.append("; ");
            }
            if (i == 0) {
                s.append(String.format(Locale.ROOT, "%.2f or more", THRESHOLDS[0]));
            } else if (i < THRESHOLDS.length) {
                s.append(String.format(Locale.ROOT, "%.2f to %.2f", THRESHOLDS[i], THRESHOLDS[i - 1]));
            } else {
                s.append(String.format(Locale.ROOT, "under %.2f", THRESHOLDS[i - 1]));
            }
            s.append(": ").append(WORDS[i]);
        }
        return s.append('.').toString();
    }
}
