package io.segmenta.core.chart;

import java.util.List;

/**
 * The fitting and line breaking of chart labels, for the font a {@link TextMetrics} (usually the
 * {@link Painter} being drawn on) measures: what is laid out is what is drawn.
 */
public final class ChartText {
    private ChartText() {
    }

    /**
     * {@code s} on one line if it fits {@code max} pixels, else on two lines split at the space
     * nearest the middle if both fit, else null.
     */
    public static String[] lines(TextMetrics m, String s, double size, boolean bold, double max) {
        if (m.width(s, size, bold) <= max) {
            return new String[] {s};
        }
        int best = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ' && (best < 0 || Math.abs(i - s.length() / 2) < Math.abs(best - s.length() / 2))) {
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        String a = s.substring(0, best).strip();
        String b = s.substring(best + 1).strip();
        return m.width(a, size, bold) <= max && m.width(b, size, bold) <= max ? new String[] {a, b} : null;
    }

    /**
     * How category labels under a chart are set: one line or two when every label fits its slot,
     * otherwise slanted (and shortened).
     */
    public static int labelLines(TextMetrics m, List<String> labels, double size, double slot) {
        int lines = 1;
        for (String l : labels) {
            String[] ls = lines(m, l, size, false, slot - 8);
            if (ls == null) {
                return 0;
            }
            lines = Math.max(lines, ls.length);
        }
        return lines;
    }

    /** {@code s} shortened with an ellipsis to fit {@code max} pixels. */
    public static String fit(TextMetrics m, String s, double size, boolean bold, double max) {
        if (s == null) {
            return "";
        }
        if (m.width(s, size, bold) <= max) {
            return s;
        }
        String e = "…";
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.width(s.substring(0, mid) + e, size, bold) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? e : s.substring(0, lo).stripTrailing() + e;
    }
}
