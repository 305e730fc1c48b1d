package io.segmenta.core.chart;

import java.util.Locale;

/**
 * A colour as the charts paint it: red, green, blue and opacity from 0 to 1. It is the core's own
 * (the charts are drawn without JavaFX for the report and the command line) and offers the few
 * methods of JavaFX's {@code Color} the painting code uses, with the same meaning, so chart code
 * reads the same whichever surface it paints on. The window converts it with {@code FxColors}.
 * Immutable.
 */
public final class Color {
    public static final Color WHITE = new Color(1, 1, 1, 1);
    public static final Color BLACK = new Color(0, 0, 0, 1);
    public static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private final double red;
    private final double green;
    private final double blue;
    private final double opacity;

    private Color(double red, double green, double blue, double opacity) {
        this.red = clamp(red);
        this.green = clamp(green);
        this.blue = clamp(blue);
        this.opacity = clamp(opacity);
    }

    /** A colour from components between 0 and 1 (values outside are clamped). */
    public static Color color(double red, double green, double blue, double opacity) {
        return new Color(red, green, blue, opacity);
    }

    public static Color color(double red, double green, double blue) {
        return new Color(red, green, blue, 1);
    }

    /** A colour from 0-255 components and an opacity from 0 to 1. */
    public static Color rgb(int red, int green, int blue, double opacity) {
        return new Color(red / 255.0, green / 255.0, blue / 255.0, opacity);
    }

    public static Color rgb(int red, int green, int blue) {
        return rgb(red, green, blue, 1);
    }

    /** A colour from {@code #RRGGBB} or {@code #RRGGBBAA} (the # optional). */
    public static Color web(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + hex);
        }
        int v = Integer.parseInt(h.substring(0, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6), 16) / 255.0 : 1;
        return rgb(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF, a);
    }

    public double getRed() {
        return red;
    }

    public double getGreen() {
        return green;
    }

    public double getBlue() {
        return blue;
    }

    public double getOpacity() {
        return opacity;
    }

    /** The colour {@code t} of the way from this one to {@code end} (0: this, 1: end), as JavaFX does. */
    public Color interpolate(Color end, double t) {
        if (t <= 0) {
            return this;
        }
        if (t >= 1) {
            return end;
        }
        return new Color(red + (end.red - red) * t, green + (end.green - green) * t, blue + (end.blue - blue) * t,
                opacity + (end.opacity - opacity) * t);
    }

    /** A darker shade (70% of the brightness), as JavaFX's {@code darker()}. */
    public Color darker() {
        return deriveColor(0, 1, 0.7, 1);
    }

    /**
     * As JavaFX's {@code deriveColor}: the hue shifted by {@code hueShift} degrees, the saturation,
     * brightness and opacity multiplied by the factors.
     */
    public Color deriveColor(double hueShift, double saturationFactor, double brightnessFactor,
                             double opacityFactor) {
        double max = Math.max(red, Math.max(green, blue));
        double min = Math.min(red, Math.min(green, blue));
        // as JavaFX: black can be brightened
        double brightness = max == 0 && brightnessFactor > 1 ? 0.05 : max;
        double saturation = max > 0 ? (max - min) / max : 0;
        double hue = 0;
        if (max > min) {
            double d = max - min;
            if (max == red) {
                hue = 60 * ((green - blue) / d);
            } else if (max == green) {
                hue = 60 * ((blue - red) / d + 2);
            } else {
                hue = 60 * ((red - green) / d + 4);
            }
        }
        return hsb(hue + hueShift, clamp(saturation * saturationFactor), clamp(brightness * brightnessFactor),
                opacity * opacityFactor);
    }

    private static Color hsb(double hue, double saturation, double brightness, double opacity) {
        double h = ((hue % 360) + 360) % 360 / 60;
        double c = brightness * saturation;
        double x = c * (1 - Math.abs(h % 2 - 1));
        double m = brightness - c;
        double r;
        double g;
        double b;
        switch ((int) h) {
            case 0 -> { r = c; g = x; b = 0; }
            case 1 -> { r = x; g = c; b = 0; }
            case 2 -> { r = 0; g = c; b = x; }
            case 3 -> { r = 0; g = x; b = c; }
            case 4 -> { r = x; g = 0; b = c; }
            default -> { r = c; g = 0; b = x; }
        }
        return new Color(r + m, g + m, b + m, opacity);
    }

    /** {@code #rrggbb}, as SVG and CSS write it (the opacity is written separately). */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(red * 255), Math.round(green * 255),
                Math.round(blue * 255));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Color c && c.red == red && c.green == green && c.blue == blue && c.opacity == opacity;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(red) * 31 * 31 * 31 + Double.hashCode(green) * 31 * 31 + Double.hashCode(blue) * 31
                + Double.hashCode(opacity);
    }

    @Override
    public String toString() {
        return hex() + (opacity < 1 ? String.format(Locale.ROOT, " at %.2f", opacity) : "");
    }

    private static double clamp(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
