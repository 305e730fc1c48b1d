package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/** The shape of each Gaussian mixture component (scikit-learn's {@code covariance_type}). */
public enum Covariance {
    /** Each component has its own full covariance matrix: ellipses in any orientation. */
    FULL("full"),
    /** Each component has its own diagonal covariance: axis-aligned ellipses, fewer parameters. */
    DIAGONAL("diag");

    private final String label;

    Covariance(String label) {
        this.label = label;
    }

    /** scikit-learn's name: "full" or "diag". */
    public String label() {
        return label;
    }

    /** Free covariance parameters of one component in {@code d} dimensions. */
    public int parameters(int d) {
        return this == FULL ? d * (d + 1) / 2 : d;
    }

    /** Parses "full", "diag" or "diagonal" (case-insensitive). */
    public static Covariance parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "full" -> FULL;
            case "diag", "diagonal" -> DIAGONAL;
            default -> throw new SegmentaException("Unknown covariance \"" + text + "\". Choose full or diag.");
        };
    }
}
