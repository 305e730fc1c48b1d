package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/**
 * How prepared features are scaled before clustering. Every scaler maps a value {@code x} to
 * {@code (x - center) / scale}; {@link PreparedFeatures#center()} and {@link PreparedFeatures#scale()}
 * hold the fitted parameters, so results convert back to original units the same way.
 */
public enum Scaling {
    /** z-score with the population standard deviation, as scikit-learn's StandardScaler. */
    STANDARD("standard", "z-score: (x - mean) / population standard deviation"),
    /** (x - min) / (max - min), as scikit-learn's MinMaxScaler: every feature spans 0 to 1. */
    MINMAX("minmax", "min-max: (x - min) / (max - min), every feature from 0 to 1"),
    /**
     * (x - median) / IQR with linearly interpolated quartiles, as scikit-learn's RobustScaler:
     * outliers do not stretch the scale.
     */
    ROBUST("robust", "robust: (x - median) / interquartile range"),
    /** Original units. */
    NONE("none", "none: original units");

    private final String label;
    private final String description;

    Scaling(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The word used in the CLI, JSON and the window ("standard", "minmax", "robust", "none"). */
    public String label() {
        return label;
    }

    /** One line saying what the scaler computes. */
    public String description() {
        return description;
    }

    /**
     * Parses a label (case-insensitive; "min-max" and "z-score" are accepted too); a
     * SegmentaException lists the choices otherwise.
     */
    public static Scaling parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "min-max", "min_max" -> {
                return MINMAX;
            }
            case "z-score", "zscore" -> {
                return STANDARD;
            }
            default -> {
                for (Scaling s : values()) {
                    if (s.label.equals(t)) {
                        return s;
                    }
                }
            }
        }
        throw new SegmentaException("Unknown scaling \"" + text + "\". Choose standard, minmax, robust or none.");
    }
}
