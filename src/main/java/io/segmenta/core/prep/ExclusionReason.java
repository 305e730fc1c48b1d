package io.segmenta.core.prep;

import java.util.Locale;

/** Why a chosen feature was left out of the matrix (never a divide by zero). */
public enum ExclusionReason {
    /** Every cell is missing. */
    ALL_MISSING,
    /** A category with a single level among the segmented customers. */
    SINGLE_LEVEL,
    /** The same value for every segmented customer. */
    CONSTANT,
    /** Robust scaling: the interquartile range is 0, so there is nothing to divide by. */
    ZERO_IQR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
