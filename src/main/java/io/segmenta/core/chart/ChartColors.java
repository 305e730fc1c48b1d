package io.segmenta.core.chart;


/**
 * The one place for chart colours other than the segment palette ({@link SegmentPalette}, Okabe-Ito
 * keyed by segment id): the greys of text, grid and axes, and the few series colours charts use
 * when they do not colour by segment (taken from Okabe-Ito as well, so they sit well next to it).
 */
public final class ChartColors {
    /** Titles and strong text. */
    public static final Color TEXT = Color.web("#24292F");
    /** Tick labels, notes and the "nothing to show" text. */
    public static final Color MUTED = Color.web("#57606A");
    /** Grid lines. */
    public static final Color GRID = Color.web("#E7EAEE");
    /** Axis lines, tick marks and plot frames. */
    public static final Color AXIS = Color.web("#8C959F");
    /** Near-black marks drawn over coloured areas (medians, whiskers, selections). */
    public static final Color INK = Color.web("#1F2328");
    /** All customers together, the grey reference next to the segments. */
    public static final Color WHOLE = Color.web("#6E7781");
    /** The main series of a single-series chart (Okabe-Ito blue). */
    public static final Color SERIES = Color.web("#0072B2");
    /** A darker shade of {@link #SERIES} for curves drawn over its bars. */
    public static final Color SERIES_DARK = Color.web("#004B75");
    /** A highlighted value or a second series (Okabe-Ito vermillion). */
    public static final Color ACCENT = Color.web("#D55E00");
    /** A suggestion next to {@link #ACCENT} (Okabe-Ito orange). */
    public static final Color SUGGESTED = Color.web("#E69F00");
    /** Text in the colour of {@link #SUGGESTED}, dark enough to read on white. */
    public static final Color SUGGESTED_TEXT = Color.web("#9A6700");
    /** A mean line that must stand out from every segment colour. */
    public static final Color MEAN = Color.web("#CF222E");

    private ChartColors() {
    }

    /** {@code c} with the given opacity. */
    public static Color alpha(Color c, double opacity) {
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
