package io.segmenta.core.prep;

/** How prepared features are scaled before clustering. */
public enum Scaling {
    /** z-score with the population standard deviation, as scikit-learn's StandardScaler. */
    STANDARD,
    /** Original units. */
    NONE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses "standard" or "none" (case-insensitive); a SegmentaException lists the choices otherwise. */
    public static Scaling parse(String text) {
        for (Scaling s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new io.segmenta.core.SegmentaException("Unknown scaling \"" + text + "\". Choose standard or none.");
    }
}
