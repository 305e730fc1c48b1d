package io.segmenta.ui;

import io.segmenta.core.text.Texts;
import java.util.Locale;

/** How numbers read in the window: grouped counts, percentages, means with sensible decimals. */
public final class Formats {
    private Formats() {
    }

    /** 1,234,567 */
    public static String count(long n) {
        return Texts.grouped(n);
    }

    /** A share 0..1 as a percentage: 23.5% (whole numbers from 10% up: 42%). */
    public static String percent(double share) {
        return Texts.share(share);
    }

    /** A mean in original units: 12,345 / 56.3 / 0.42; empty for NaN. */
    public static String mean(double v) {
        return Texts.mean(v);
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
