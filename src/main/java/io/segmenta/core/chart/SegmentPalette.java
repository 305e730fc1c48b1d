package io.segmenta.core.chart;

import java.util.HexFormat;

/**
 * The one palette for segments, everywhere (scatter, legend, profile table, charts): the Okabe-Ito
 * colour-blind-safe colours, keyed by segment id (the 0-based label; users see id + 1). The order
 * puts the colours that read best on a light background first; the yellow and grey come last.
 * Segments beyond nine reuse the colours in a darker shade (k is at most 10 in the window, so the
 * tenth segment is a dark blue; the black has no darker shade and repeats).
 */
public final class SegmentPalette {
    /** Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, black, yellow, grey. */
    private static final String[] HEX = {
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442", "#999999"
    };
    private static final Color[] COLORS = new Color[HEX.length];
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();
    /** Colour of customers that are in no segment (a missing value in a feature). */
    public static final Color UNSEGMENTED = Color.web("#B8BEC6");

    static {
        for (int i = 0; i < HEX.length; i++) {
            COLORS[i] = Color.web(HEX[i]);
        }
    }

    private SegmentPalette() {
    }

    /** Number of base colours before shades repeat. */
    public static int size() {
        return COLORS.length;
    }

    /** The colour of segment {@code id} (0-based); {@link #UNSEGMENTED} for a negative id. */
    public static Color color(int id) {
        if (id < 0) {
            return UNSEGMENTED;
        }
        Color base = COLORS[id % COLORS.length];
        int round = id / COLORS.length;
        return round == 0 ? base : base.deriveColor(0, 1, Math.pow(0.62, round), 1);
    }

    /** The colour as CSS text, e.g. {@code #0072B2}. */
    public static String hex(int id) {
        return "#" + UPPER_HEX.toHexDigits(argb(id)).substring(2);
    }

    /** Opaque 0xAARRGGBB of segment {@code id}, for raster drawing. */
    public static int argb(int id) {
        Color c = color(id);
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /**
     * True when text on this colour should be dark rather than white: relative luminance (WCAG)
     * above 0.28, e.g. the orange, sky blue, yellow, pink and grey of the palette.
     */
    public static boolean isLight(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue()) > 0.28;
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
