package io.segmenta.ui.charts;

import io.segmenta.core.profile.SegmentProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * How each segment differs from all customers, as a heat map: one row per segment, one column per
 * numeric column, each cell the standardized difference (segment mean minus the mean of all, in
 * standard deviations: the standardized centroid), blue for below and orange for above, white for
 * no difference; the value is written in the cell.
 */
public final class SegmentHeatmap extends SegmentRowsChart {
    /** Differences at or beyond this many standard deviations get the full colour. */
    public static final double FULL = 2;
    private static final Color LOW = ChartColors.SERIES;
    private static final Color HIGH = ChartColors.ACCENT;
    private static final double HEADER_SLANTED = 54;
    private static final double HEADER_LEVEL = 26;

    public SegmentHeatmap() {
        getStyleClass().add("segment-heatmap");
    }

    /** The cell colour of a standardized difference. */
    public static Color colour(double z) {
        if (Double.isNaN(z)) {
            return Color.web("#F6F8FA");
        }
        double t = Math.min(1, Math.abs(z) / FULL);
        return Color.WHITE.interpolate(z < 0 ? LOW : HIGH, 0.85 * t);
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        layoutLabels(w);
        List<SegmentProfile> rows = profiles();
        List<String> columns = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).differences().keySet());
        double plotW = w - labelWidth - RIGHT;
        double cellW = columns.isEmpty() ? 0 : plotW / columns.size();
        boolean slanted = columns.stream().anyMatch(c -> ChartText.width(c, 11.5, true) > cellW - 6);
        double header = slanted ? HEADER_SLANTED : HEADER_LEVEL;
        double plotH = h - TOP - header - 34;
        if (rows.isEmpty() || columns.isEmpty() || plotW < 40 || plotH < 30) {
            paintEmpty(p, w, h, rows.isEmpty() ? "No segments yet." : "The table has no numeric columns.");
            return;
        }
        paintTitle(p, "Difference from all customers (standard deviations)", w);
        double cellH = Math.min(44, plotH / rows.size());
        double top = TOP + header;
        for (int c = 0; c < columns.size(); c++) {
            double cx = labelWidth + cellW * (c + 0.5);
            double room = slanted ? Math.max(30, cellW * 1.9) : cellW - 4;
            String name = ChartText.fit(columns.get(c), 11.5, true, room);
            if (slanted) {
                p.text(cx - 4, top - 8, name, 11.5, true, ChartColors.TEXT, Painter.Anchor.START, -30);
            } else {
                p.text(cx, top - 10, name, 11.5, true, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            SegmentProfile profile = rows.get(r);
            double y = top + r * cellH;
            paintRowLabel(p, profile, y + cellH / 2, cellH);
            for (int c = 0; c < columns.size(); c++) {
                double z = profile.differences().getOrDefault(columns.get(c), Double.NaN);
                double x = labelWidth + c * cellW;
                p.fillRect(x, y, cellW, cellH, colour(z));
                p.strokeRect(x, y, cellW, cellH, Color.WHITE, 1.5);
                if (!Double.isNaN(z) && cellW >= 34 && cellH >= 12) {
                    Color ink = Math.abs(z) >= 1.3 ? Color.WHITE : ChartColors.TEXT;
                    double size = Math.min(11.5, cellH - 2);
                    p.text(x + cellW / 2, Painter.middle(y + cellH / 2, size), String.format(Locale.ROOT, "%+.1f", Math.abs(z) < 0.05 ? 0 : z),
                            size, Math.abs(z) >= 0.5, ink, Painter.Anchor.MIDDLE, 0);
                }
            }
        }
        paintScale(p, top + rows.size() * cellH + 10, Math.min(260, plotW));
    }

    /** A colour bar from -FULL to +FULL with its meaning. */
    private void paintScale(Painter p, double y, double width) {
        int steps = 40;
        double x0 = labelWidth;
        for (int i = 0; i < steps; i++) {
            double z = -FULL + 2 * FULL * (i + 0.5) / steps;
            p.fillRect(x0 + width * i / steps, y, width / steps + 0.5, 10, colour(z));
        }
        p.strokeRect(x0, y, width, 10, ChartColors.GRID, 1);
        p.text(x0, Painter.top(y + 14, 10.5), "-2 · below", 10.5, false, ChartColors.MUTED, Painter.Anchor.START, 0);
        p.text(x0 + width / 2, Painter.top(y + 14, 10.5), "0", 10.5, false, ChartColors.MUTED, Painter.Anchor.MIDDLE, 0);
        p.text(x0 + width, Painter.top(y + 14, 10.5), "above · +2", 10.5, false, ChartColors.MUTED, Painter.Anchor.END, 0);
    }
}
