package io.segmenta.ui.charts;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.BoxPlotData;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.explore.Format;
import io.segmenta.core.profile.BoxStats;
import io.segmenta.ui.Formats;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Box plots (Tukey's) of one numeric column, one horizontal box per row of a {@link BoxPlotData}
 * (segments of a profile, groups in Explore): the box spans the quartiles with the median as a bold
 * line, whiskers reach the most extreme values within 1.5 IQR, values beyond are small circles, a
 * white dot marks the mean. Labels with the box's colour and n sit left of the boxes, the value axis
 * runs along the bottom. Hovering over a row shows its figures.
 */
public final class BoxPlotChart extends PaintedChart {
    /** Most outliers drawn per box (the count is in the tooltip). */
    static final int MAX_OUTLIERS_DRAWN = 2_000;
    private static final double LABEL_SIZE = 12;
    private static final double BOTTOM = 46;

    private final ObjectProperty<BoxPlotData> data = new SimpleObjectProperty<>(this, "data");
    private double plotTop;
    private double rowHeight;
    private int boxesDrawn;

    public BoxPlotChart() {
        getStyleClass().add("box-plot-chart");
        data.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<BoxPlotData> dataProperty() {
        return data;
    }

    public BoxPlotData getData() {
        return data.get();
    }

    public void setData(BoxPlotData d) {
        data.set(d);
    }

    /** Boxes drawn by the last paint. */
    public int boxesDrawn() {
        return boxesDrawn;
    }

    /** Vertical centre of row {@code i} in the chart's coordinates, after a paint. */
    public double rowCentre(int i) {
        return plotTop + rowHeight * (i + 0.5);
    }

    @Override
    protected boolean hasData() {
        BoxPlotData d = data.get();
        return d != null && d.boxes().stream().anyMatch(b -> b.stats().count() > 0);
    }

    @Override
    protected void clearGeometry() {
        rowHeight = 0;
        boxesDrawn = 0;
    }

    /** Width of the label column in a chart {@code w} wide: a quarter of it within 170..300, or what the labels need. */
    private static double labelWidth(List<BoxPlotData.Box> boxes, double w) {
        double widest = 0;
        for (BoxPlotData.Box b : boxes) {
            widest = Math.max(widest, FxText.width(b.label(), LABEL_SIZE, !b.reference()));
        }
        return Math.min(Math.max(170, Math.min(300, Math.round(w * 0.26))), Math.ceil(widest) + 46);
    }

    @Override
    protected void paintPlot(Painter p, double x, double y, double w, double h) {
        List<BoxPlotData.Box> boxes = data.get().boxes();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (BoxPlotData.Box b : boxes) {
            if (b.stats().count() > 0) {
                lo = Math.min(lo, b.stats().min());
                hi = Math.max(hi, b.stats().max());
            }
        }
        double labels = labelWidth(boxes, w);
        double plotW = w - labels - 28;
        double top = y + 8;
        double plotH = h - 8 - BOTTOM;
        if (plotW < 40 || plotH < 30) {
            paintMessage(p, x, y, w, h, "Too small to draw.");
            clearGeometry();
            return;
        }
        Axes a = new Axes(x + labels, top, plotW, plotH, AxisTicks.of(lo, hi, Axes.tickCount(plotW, 80, 3, 10)), null);
        a.paintXGrid(p, false);
        a.paintTitles(p, data.get().valueTitle(), null, x, y + h - 2);
        plotTop = top;
        rowHeight = plotH / boxes.size();
        double row = rowHeight;
        double box = Math.min(48, row * 0.56);
        boxesDrawn = 0;
        for (int i = 0; i < boxes.size(); i++) {
            BoxPlotData.Box b = boxes.get(i);
            double cy = rowCentre(i);
            paintLabel(p, b, a.left(), cy, row);
            BoxStats s = b.stats();
            if (s.count() == 0) {
                continue;
            }
            Color c = b.colour();
            Color dark = c.deriveColor(0, 1, 0.7, 1);
            double xq1 = a.px(s.q1());
            double xq3 = a.px(s.q3());
            double xlo = a.px(s.lowerWhisker());
            double xhi = a.px(s.upperWhisker());
            p.line(xlo, cy, xq1, cy, dark, 1.4);
            p.line(xq3, cy, xhi, cy, dark, 1.4);
            p.line(xlo, cy - box / 4, xlo, cy + box / 4, dark, 1.4);
            p.line(xhi, cy - box / 4, xhi, cy + box / 4, dark, 1.4);
            p.rect(xq1, cy - box / 2, Math.max(1, xq3 - xq1), box, ChartColors.alpha(c, 0.32), dark, 1.4);
            double xm = a.px(s.median());
            p.line(xm, cy - box / 2, xm, cy + box / 2, dark, 3);
            double[] out = b.drawnOutliers();
            int step = Math.max(1, out.length / MAX_OUTLIERS_DRAWN);
            for (int o = 0; o < out.length; o += step) {
                p.circle(a.px(out[o]), cy, 3, ChartColors.alpha(c, 0.25), dark, 1);
            }
            if (!Double.isNaN(b.mean())) {
                p.circle(a.px(b.mean()), cy, Math.min(4.2, box / 2), Color.WHITE, ChartColors.TEXT, 1.3);
            }
            if (s.outliers() > out.length && row >= 30) {
                // only the extremes are drawn: say how many values lie beyond the whiskers
                p.text(xhi + 8, Painter.middle(cy - box / 2 - 2, 10.5), Formats.plural(s.outliers(), "value", "values")
                        + " beyond the whiskers", 10.5, false, ChartColors.MUTED, Painter.Anchor.START, 0);
            }
            boxesDrawn++;
        }
    }

    /** The swatch, label and n of a row centred on {@code y}, right-aligned before {@code right}. */
    private static void paintLabel(Painter p, BoxPlotData.Box b, double right, double y, double row) {
        double size = row >= 18 ? LABEL_SIZE : 10.5;
        boolean bold = !b.reference();
        boolean withN = row >= 34;
        double ly = withN ? y - 7 : y;
        p.fillRect(right - 14, y - Math.min(row, 16) / 2, 6, Math.min(row, 16), b.colour());
        p.text(right - 20, Painter.middle(ly, size), ChartText.fit(FxText.METRICS, b.label(), size, bold, right - 26), size, bold,
                bold ? ChartColors.TEXT : ChartColors.WHOLE, Painter.Anchor.END, 0);
        if (withN) {
            p.text(right - 20, Painter.middle(y + 8, 11), "n = " + Formats.count(b.stats().count()), 11, false,
                    ChartColors.MUTED, Painter.Anchor.END, 0);
        }
    }

    @Override
    public String hoverText(double px, double py) {
        BoxPlotData d = data.get();
        if (d == null || rowHeight <= 0 || px < 0 || py < plotTop) {
            return null;
        }
        int i = (int) Math.floor((py - plotTop) / rowHeight);
        if (i < 0 || i >= d.boxes().size() || px > paintedWidth()) {
            return null;
        }
        return describe(d.boxes().get(i));
    }

    /** The figures of a box in words, as in its tooltip. */
    public static String describe(BoxPlotData.Box b) {
        BoxStats s = b.stats();
        StringBuilder t = new StringBuilder(b.label()).append(" (n = ").append(Formats.count(s.count())).append(')');
        if (s.count() == 0) {
            return t.append("\nNo values.").toString();
        }
        if (!Double.isNaN(b.mean())) {
            t.append("\nMean ").append(Format.value(b.mean()));
            if (!Double.isNaN(b.sd())) {
                t.append(" · standard deviation ").append(Format.value(b.sd()));
            }
        }
        t.append("\nMedian ").append(Format.value(s.median())).append(" · quartiles ").append(Format.value(s.q1()))
                .append(" to ").append(Format.value(s.q3()));
        t.append("\nRange ").append(Format.value(s.min())).append(" to ").append(Format.value(s.max())).append(" · ")
                .append(Formats.plural(s.outliers(), "value", "values")).append(" beyond the whiskers");
        return t.toString();
    }
}
