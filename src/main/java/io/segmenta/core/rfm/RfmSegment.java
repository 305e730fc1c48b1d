package io.segmenta.core.rfm;

/**
 * The RFM segments, named from the R and F scores (1-5) by the usual RFM map: the first rule that
 * matches, in the order of the constants.
 */
public enum RfmSegment {
    HIBERNATING("Hibernating", 1, 2, 1, 2),
    AT_RISK("At risk", 1, 2, 3, 4),
    CANT_LOSE_THEM("Can't lose them", 1, 2, 5, 5),
    ABOUT_TO_SLEEP("About to sleep", 3, 3, 1, 2),
    NEED_ATTENTION("Need attention", 3, 3, 3, 3),
    LOYAL_CUSTOMERS("Loyal customers", 3, 4, 4, 5),
    PROMISING("Promising", 4, 4, 1, 1),
    NEW_CUSTOMERS("New customers", 5, 5, 1, 1),
    POTENTIAL_LOYALISTS("Potential loyalists", 4, 5, 2, 3),
    CHAMPIONS("Champions", 5, 5, 4, 5);

    private final String label;
    private final int rFrom;
    private final int rTo;
    private final int fFrom;
    private final int fTo;

    RfmSegment(String label, int rFrom, int rTo, int fFrom, int fTo) {
        this.label = label;
        this.rFrom = rFrom;
        this.rTo = rTo;
        this.fFrom = fFrom;
        this.fTo = fTo;
    }

    /** The name users see, e.g. "Can't lose them". */
    public String label() {
        return label;
    }

    /** The rule as text, e.g. "R 1-2, F 3-4". */
    public String rule() {
        return "R " + range(rFrom, rTo) + ", F " + range(fFrom, fTo);
    }

    private static String range(int from, int to) {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }

    /** Whether scores {@code r} and {@code f} fall in this segment's rule. */
    public boolean matches(int r, int f) {
        return r >= rFrom && r <= rTo && f >= fFrom && f <= fTo;
    }

    /** The first segment whose rule matches scores {@code r} and {@code f} (1-5 each). */
    public static RfmSegment of(int r, int f) {
        for (RfmSegment s : values()) {
            if (s.matches(r, f)) {
                return s;
            }
        }
        throw new IllegalArgumentException("scores out of range: R " + r + ", F " + f);
    }
}
