package io.segmenta.core.model;

import java.util.List;
import java.util.Locale;

/**
 * The segment colours as CSS text, for everything that is not drawn by JavaFX (the served web form,
 * JSON answers); the window's {@code SegmentPalette} is built on the same list. The Okabe-Ito
 * colour-blind-safe colours, keyed by segment id (0-based); segments beyond nine reuse them in a
 * darker shade (brightness times 0.62 per round).
 */
public final class SegmentColours {
    /** Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, black, yellow, grey. */
    public static final List<String> BASE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#000000", "#F0E442", "#999999");
    /** Colour of customers in no segment. */
    public static final String UNSEGMENTED = "#B8BEC6";

    private SegmentColours() {
    }

    /** The colour of segment {@code id}, e.g. {@code #0072B2}; {@link #UNSEGMENTED} for a negative id. */
    public static String hex(int id) {
        if (id < 0) {
            return UNSEGMENTED;
        }
        int rgb = Integer.parseInt(BASE.get(id % BASE.size()).substring(1), 16);
        double f = Math.pow(0.62, id / BASE.size());
        return String.format(Locale.ROOT, "#%02X%02X%02X", shade(rgb >> 16, f), shade(rgb >> 8, f), shade(rgb, f));
    }

    private static long shade(int channel, double f) {
        return Math.round((channel & 0xFF) / 255.0 * f * 255);
    }
}
