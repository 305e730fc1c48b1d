package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/** How two variables are correlated. */
public enum CorrelationMethod {
    /** Pearson's product-moment r: strength of a straight-line relation. */
    PEARSON("Pearson", "r"),
    /** Spearman's rank correlation rho (Pearson's r of the average ranks): any monotonic relation. */
    SPEARMAN("Spearman", "\u03c1");

    private final String label;
    private final String symbol;

    CorrelationMethod(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** "Pearson" or "Spearman". */
    public String label() {
        return label;
    }

    /** "r" or "ρ". */
    public String symbol() {
        return symbol;
    }

    /** Lower-case word used on the command line and in JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method named {@code text} (case-insensitive: "pearson" or "spearman").
     *
     * @throws SegmentaException naming the accepted words otherwise
     */
    public static CorrelationMethod parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CorrelationMethod m : values()) {
            if (m.word().equals(t)) {
                return m;
            }
        }
        throw new SegmentaException("Unknown correlation method \"" + text + "\". Use pearson or spearman.");
    }
}
