package io.segmenta.ui.charts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The one text measurer of the charts: their font (the system default family, regular or bold, at
 * any size) and the widths, fitting and line breaking of labels. Screen ({@link FxPainter}) and SVG
 * layout measure with the same font, so what is laid out is what is drawn. FX thread only.
 */
public final class ChartText {
    private static final Map<Long, Font> FONTS = new HashMap<>();
    private static final Text MEASURE = new Text();

    private ChartText() {
    }

    /** The chart font at {@code size} points, regular or bold. */
    public static Font font(double size, boolean bold) {
        long key = Double.doubleToLongBits(size) * 2 + (bold ? 1 : 0);
        return FONTS.computeIfAbsent(key, k -> Font.font(Font.getDefault().getFamily(),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
    }

    /** Width of {@code s} in {@code font}. */
    public static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Width of {@code s} in the chart font. */
    public static double width(String s, double size, boolean bold) {
        MEASURE.setFont(font(size, bold));
        MEASURE.setText(s == null ? "" : s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /**
     * {@code s} on one line if it fits {@code max} pixels, else on two lines split at the space
     * nearest the middle if both fit, else null.
     */
    public static String[] lines(String s, double size, boolean bold, double max) {
        if (width(s, size, bold) <= max) {
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
        return width(a, size, bold) <= max && width(b, size, bold) <= max ? new String[] {a, b} : null;
    }

    /**
     * How category labels under a chart are set: one line or two when every label fits its slot,
     * otherwise slanted (and shortened).
     */
    public static int labelLines(List<String> labels, double size, double slot) {
        int lines = 1;
        for (String l : labels) {
            String[] ls = lines(l, size, false, slot - 8);
            if (ls == null) {
                return 0;
            }
            lines = Math.max(lines, ls.length);
        }
        return lines;
    }

    /** {@code s} shortened with an ellipsis to fit {@code max} pixels. */
    public static String fit(String s, double size, boolean bold, double max) {
        if (s == null) {
            return "";
        }
        if (width(s, size, bold) <= max) {
            return s;
        }
        String e = "…";
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid) + e, size, bold) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? e : s.substring(0, lo).stripTrailing() + e;
    }
}
