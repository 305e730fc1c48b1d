package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.ChartColors;
import javafx.scene.paint.Color;

/**
 * The colour of a correlation: ColorBrewer's RdBu diverging scheme (colour-blind safe), blue for
 * -1, white at 0, orange-red for +1, interpolated between its seven classes.
 */
public final class DivergingScale {
    private static final Color[] STOPS = {
        Color.web("#2166AC"), Color.web("#67A9CF"), Color.web("#D1E5F0"), Color.web("#F7F7F7"),
        Color.web("#FDDBC7"), Color.web("#EF8A62"), Color.web("#B2182B")
    };
    /** Colour of an undefined value. */
    public static final Color UNDEFINED = Color.web("#D0D7DE");

    private DivergingScale() {
    }

    /** The colour of {@code v} in [-1, 1] (clamped); {@link #UNDEFINED} for NaN. */
    public static Color color(double v) {
        if (Double.isNaN(v)) {
            return UNDEFINED;
        }
        double t = (Math.max(-1, Math.min(1, v)) + 1) / 2 * (STOPS.length - 1);
        int i = (int) Math.min(STOPS.length - 2, Math.floor(t));
        return STOPS[i].interpolate(STOPS[i + 1], t - i);
    }

    /** Text colour that reads on {@link #color(double)}: white on the dark ends, dark elsewhere. */
    public static Color textOn(double v) {
        return !Double.isNaN(v) && Math.abs(v) > 0.6 ? Color.WHITE : ChartColors.TEXT;
    }
}
