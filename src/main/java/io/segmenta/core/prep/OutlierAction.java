package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;

/**
 * What happens to flagged customers. Either way they stay in every export, marked as outliers
 * with the reason; excluded ones get no segment.
 */
public enum OutlierAction {
    /** Flag them, segment them like everyone else. */
    KEEP("keep"),
    /** Flag them and leave them out of scaling and clustering (empty segment in exports). */
    EXCLUDE("exclude");

    private final String label;

    OutlierAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses "keep" or "exclude" (case-insensitive). */
    public static OutlierAction parse(String text) {
        for (OutlierAction a : values()) {
            if (a.label.equalsIgnoreCase(text.trim())) {
                return a;
            }
        }
        throw new SegmentaException("Unknown outlier action \"" + text + "\". Choose keep or exclude.");
    }
}
