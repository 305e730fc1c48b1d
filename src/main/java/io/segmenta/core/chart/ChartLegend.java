package io.segmenta.core.chart;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The legend painted inside a chart (and so in its PNG and SVG): a row, wrapping, of swatches with
 * labels, right-aligned. A swatch is a square (bars, areas, groups) or a short line through a point
 * (a line series). Groups take the segment palette by their code. The interactive legend next to
 * the scatter, whose entries hide and show segments, is the {@link SegmentLegend} control.
 */
public final class ChartLegend {
    /** Text size of the labels. */
    public static final double SIZE = 11.5;
    /** Height of one row of entries. */
    public static final double ROW = 18;
    private static final double SWATCH = 10;
    private static final double LINE_SWATCH = 20;
    private static final double GAP = 16;

    /** How an entry's colour is shown. */
    public enum Swatch { SQUARE, LINE }

    /** One entry: its label, colour and swatch. */
    public record Entry(String label, Color colour, Swatch swatch) {
    }

    private ChartLegend() {
    }

    /** Colour of group {@code g}: the segment palette, keyed by group code. */
    public static Color color(int g) {
        return SegmentPalette.color(g);
    }

    /** Height the legend needs in a row of width {@code w} (0 for no labels). */
    public static double height(TextMetrics m, List<String> labels, double w) {
        return labels.isEmpty() ? 0 : rows(m, entries(labels, null), w) * ROW + 4;
    }

    private static List<Entry> entries(List<String> labels, int[] codes) {
        return IntStream.range(0, labels.size())
                .mapToObj(k -> new Entry(labels.get(k), color(codes == null ? k : codes[k]), Swatch.SQUARE)).toList();
    }

    private static int rows(TextMetrics m, List<Entry> entries, double w) {
        int rows = 1;
        double x = 0;
        for (Entry e : entries) {
            double ew = entryWidth(m, e, w);
            if (x > 0 && x + ew > w) {
                rows++;
                x = 0;
            }
            x += ew + GAP;
        }
        return rows;
    }

    private static double swatchWidth(Entry e) {
        return e.swatch() == Swatch.LINE ? LINE_SWATCH : SWATCH;
    }

    private static double entryWidth(TextMetrics m, Entry e, double w) {
        double s = swatchWidth(e) + 6;
        return s + Math.min(w - s, m.width(e.label(), SIZE, false));
    }

    /** Width of the legend as one column, one entry a row, its labels shortened beyond {@code max}. */
    public static double columnWidth(TextMetrics m, List<String> labels, double max) {
        double widest = 0;
        for (Entry e : entries(labels, null)) {
            widest = Math.max(widest, entryWidth(m, e, max));
        }
        return widest;
    }

    /**
     * Draws the entries as one column from (x, y), one a row, left-aligned within width w (a legend
     * beside a chart, which then keeps its height); entry k has colour k.
     */
    public static void paintColumn(Painter pen, double x, double y, double w, List<String> labels) {
        double rowY = y;
        for (Entry e : entries(labels, null)) {
            pen.rect(x, rowY + 4, SWATCH, SWATCH, e.colour(), null, 0);
            pen.text(x + SWATCH + 6, rowY + 13, ChartText.fit(pen, e.label(), SIZE, false, w - SWATCH - 6), SIZE, false,
                    ChartColors.TEXT, Painter.Anchor.START, 0);
            rowY += ROW;
        }
    }

    /** Draws the entries in rows from (x, y), right-aligned within width w; entry k has colour k. */
    public static void paint(Painter pen, double x, double y, double w, List<String> labels) {
        paint(pen, x, y, w, labels, null);
    }

    /**
     * Draws the entries in rows from (x, y), right-aligned within width w; entry k has the colour of
     * group {@code codes[k]} (of group k when {@code codes} is null).
     */
    public static void paint(Painter pen, double x, double y, double w, List<String> labels, int[] codes) {
        paintEntries(pen, x, y, w, entries(labels, codes));
    }

    /** Draws the entries in rows from (x, y), right-aligned within width w. */
    public static void paintEntries(Painter pen, double x, double y, double w, List<Entry> entries) {
        // split into rows first, then right-align each row
        int i = 0;
        double rowY = y;
        while (i < entries.size()) {
            int j = i;
            double used = 0;
            while (j < entries.size()) {
                double e = entryWidth(pen, entries.get(j), w);
                if (j > i && used + e > w) {
                    break;
                }
                used += e + GAP;
                j++;
            }
            used -= GAP;
            double at = x + w - used;
            for (int k = i; k < j; k++) {
                Entry e = entries.get(k);
                double sw = swatchWidth(e);
                String text = ChartText.fit(pen, e.label(), SIZE, false, w - sw - 6);
                if (e.swatch() == Swatch.LINE) {
                    pen.line(at, rowY + 9, at + sw, rowY + 9, e.colour(), 2);
                    pen.circle(at + sw / 2, rowY + 9, 3.5, Color.WHITE, e.colour(), 2);
                } else {
                    pen.rect(at, rowY + 4, sw, SWATCH, e.colour(), null, 0);
                }
                pen.text(at + sw + 6, rowY + 13, text, SIZE, false, ChartColors.TEXT, Painter.Anchor.START, 0);
                at += sw + 6 + pen.width(text, SIZE, false) + GAP;
            }
            rowY += ROW;
            i = j;
        }
    }
}
