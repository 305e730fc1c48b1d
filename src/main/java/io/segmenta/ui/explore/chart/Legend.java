package io.segmenta.ui.explore.chart;

import io.segmenta.ui.charts.ChartColors;
import io.segmenta.ui.charts.ChartText;
import io.segmenta.ui.charts.Painter;
import io.segmenta.ui.charts.SegmentPalette;
import java.util.List;
import javafx.scene.paint.Color;

/** A legend drawn inside a chart: a row (wrapping) of colour swatches with labels, right-aligned. */
final class Legend {
    static final double SIZE = 11.5;
    static final double ROW = 18;
    private static final double SWATCH = 10;
    private static final double GAP = 16;

    private Legend() {
    }

    /** Colour of group {@code g}: the segment palette, keyed by group code. */
    static Color color(int g) {
        return SegmentPalette.color(g);
    }

    /** Height the legend needs in a row of width {@code w} (0 for no labels). */
    static double height(List<String> labels, double w) {
        return labels.isEmpty() ? 0 : rows(labels, w) * ROW + 4;
    }

    private static int rows(List<String> labels, double w) {
        int rows = 1;
        double x = 0;
        for (String l : labels) {
            double e = entryWidth(l, w);
            if (x > 0 && x + e > w) {
                rows++;
                x = 0;
            }
            x += e + GAP;
        }
        return rows;
    }

    private static double entryWidth(String label, double w) {
        return SWATCH + 6 + Math.min(w - SWATCH - 6, ChartText.width(label, SIZE, false));
    }

    /** Draws the entries in rows from (x, y), right-aligned within width w; entry k has colour k. */
    static void paint(Painter pen, double x, double y, double w, List<String> labels) {
        paint(pen, x, y, w, labels, null);
    }

    /**
     * Draws the entries in rows from (x, y), right-aligned within width w; entry k has the colour of
     * group {@code codes[k]} (of group k when {@code codes} is null).
     */
    static void paint(Painter pen, double x, double y, double w, List<String> labels, int[] codes) {
        if (labels.isEmpty()) {
            return;
        }
        // split into rows first, then right-align each row
        int i = 0;
        double rowY = y;
        while (i < labels.size()) {
            int j = i;
            double used = 0;
            while (j < labels.size()) {
                double e = entryWidth(labels.get(j), w);
                if (j > i && used + e > w) {
                    break;
                }
                used += e + GAP;
                j++;
            }
            used -= GAP;
            double at = x + w - used;
            for (int k = i; k < j; k++) {
                String text = ChartText.fit(labels.get(k), SIZE, false, w - SWATCH - 6);
                pen.rect(at, rowY + 4, SWATCH, SWATCH, color(codes == null ? k : codes[k]), null, 0);
                pen.text(at + SWATCH + 6, rowY + 13, text, SIZE, false, ChartColors.TEXT, Painter.Anchor.START, 0);
                at += SWATCH + 6 + ChartText.width(text, SIZE, false) + GAP;
            }
            rowY += ROW;
            i = j;
        }
    }
}
