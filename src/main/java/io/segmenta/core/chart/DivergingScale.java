package io.segmenta.core.chart;


/**
 * The one diverging colour scale of the app, used by the heat map chart and by the table cells
 * coloured by a signed value (the profile table, the Segment view's tables), so charts and tables
 * take their colours from one place. Values run from {@link #low()} through {@link #centre()} to
 * {@link #high()}: the colour is interpolated between an odd number of stops, the middle stop at the
 * centre; values beyond the range get the end colours, NaN the {@link #undefined()} colour.
 *
 * <p>Two scales are in use: {@link #DIFFERENCE} (how far a segment lies from all customers, in
 * standard deviations; the app's Okabe-Ito blue below and vermillion above, fading to white) and
 * {@link #CORRELATION} (ColorBrewer's RdBu, colour-blind safe, from -1 to 1). Immutable.
 */
public final class DivergingScale {
    /** Differences in standard deviations: blue below, vermillion above, full colour from 2 SD. */
    public static final DivergingScale DIFFERENCE = new DivergingScale(-2, 0, 2, new Color[] {
        Color.WHITE.interpolate(ChartColors.SERIES, 0.85), Color.WHITE, Color.WHITE.interpolate(ChartColors.ACCENT, 0.85)
    }, Color.web("#F6F8FA"), 1.3 / 2);
    /** Correlations: RdBu from blue at -1 through near-white at 0 to red at +1. */
    public static final DivergingScale CORRELATION = new DivergingScale(-1, 0, 1, new Color[] {
        Color.web("#2166AC"), Color.web("#67A9CF"), Color.web("#D1E5F0"), Color.web("#F7F7F7"),
        Color.web("#FDDBC7"), Color.web("#EF8A62"), Color.web("#B2182B")
    }, Color.web("#D0D7DE"), 0.6);

    private final double low;
    private final double centre;
    private final double high;
    private final Color[] stops;
    private final Color undefined;
    private final double lightTextBeyond;

    /**
     * A scale from {@code low} through {@code centre} to {@code high}.
     *
     * @param stops           an odd number (3 or more) of colours, the middle one at the centre
     * @param undefined       the colour of NaN
     * @param lightTextBeyond text on a cell turns white beyond this share (0..1) of the way from the
     *                        centre to an end
     */
    public DivergingScale(double low, double centre, double high, Color[] stops, Color undefined,
                          double lightTextBeyond) {
        if (!(low < centre && centre < high)) {
            throw new IllegalArgumentException("need low < centre < high, got " + low + ", " + centre + ", " + high);
        }
        if (stops.length < 3 || stops.length % 2 == 0) {
            throw new IllegalArgumentException("need an odd number of stops (3 or more), got " + stops.length);
        }
        this.low = low;
        this.centre = centre;
        this.high = high;
        this.stops = stops.clone();
        this.undefined = undefined;
        this.lightTextBeyond = lightTextBeyond;
    }

    public double low() {
        return low;
    }

    public double centre() {
        return centre;
    }

    public double high() {
        return high;
    }

    /** The colour of NaN. */
    public Color undefined() {
        return undefined;
    }

    /** Where {@code v} lies: -1 at {@link #low()}, 0 at the centre, 1 at {@link #high()} (clamped). */
    public double position(double v) {
        double t = v < centre ? (v - centre) / (centre - low) : (v - centre) / (high - centre);
        return Math.max(-1, Math.min(1, t));
    }

    /** The colour of {@code v}; {@link #undefined()} for NaN. */
    public Color color(double v) {
        if (Double.isNaN(v)) {
            return undefined;
        }
        double t = (position(v) + 1) / 2 * (stops.length - 1);
        int i = (int) Math.min(stops.length - 2, Math.floor(t));
        return stops[i].interpolate(stops[i + 1], t - i);
    }

    /** Text colour that reads on {@link #color(double)}: white on the dark ends, dark elsewhere. */
    public Color textOn(double v) {
        return !Double.isNaN(v) && Math.abs(position(v)) > lightTextBeyond ? Color.WHITE : ChartColors.TEXT;
    }
}
