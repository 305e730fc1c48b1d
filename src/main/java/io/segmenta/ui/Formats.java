package io.segmenta.ui;

import java.util.Locale;

/** How numbers read in the window: grouped counts, percentages, means with sensible decimals. */
public final class Formats {
    private Formats() {
    }

    /** 1,234,567 */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share 0..1 as a percentage: 23.5% (whole numbers from 10% up: 42%). */
    public static String percent(double share) {
        if (Double.isNaN(share)) {
            return "";
        }
        double p = share * 100;
        return Math.abs(p) >= 10 || p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** A mean in original units: 12,345 / 56.3 / 0.42; empty for NaN. */
    public static String mean(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A quality score such as silhouette: 0.554 */
    public static String score(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A sum of squares such as WCSS: 44,448.5 */
    public static String wcss(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.1f", v);
    }

    /** "1 row" / "200 rows" */
    public static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }
}
