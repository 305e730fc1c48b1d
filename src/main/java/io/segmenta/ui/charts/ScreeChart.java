package io.segmenta.ui.charts;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartLegend;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.project.PcaResult;
import io.segmenta.core.text.Texts;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The scree chart of a PCA: one bar per component with the share of the variance it explains, and
 * the cumulative share as a line with points, both on a 0-100% axis.
 */
public final class ScreeChart extends PaintedChart {
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;
    private static final Color BAR = ChartColors.SERIES;
    private static final Color LINE = ChartColors.ACCENT;

    private final ObjectProperty<PcaResult> pca = new SimpleObjectProperty<>(this, "pca");

    public ScreeChart() {
        getStyleClass().add("scree-chart");
        pca.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<PcaResult> pcaProperty() {
        return pca;
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        PcaResult r = pca.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (r == null || pw < 40 || ph < 40) {
            paintEmpty(p, w, h, "Segment first: the projection is computed from the segmentation's features.");
            return;
        }
        Axes a = new Axes(LEFT, TOP, pw, ph, null, new AxisTicks(0, 1, 0.2))
                .withYFormat(v -> Math.round(v * 100) + "%");
        paintHeading(p, LEFT, TOP, pw, "Variance explained by each component");
        a.paintYGrid(p, false);
        int d = r.dimensions();
        double slot = pw / d;
        double bar = Math.min(56, slot * 0.6);
        double[] cum = r.cumulativeRatio();
        double[] lx = new double[d];
        double[] ly = new double[d];
        for (int c = 0; c < d; c++) {
            double cx = LEFT + slot * (c + 0.5);
            double ratio = r.explainedVarianceRatio()[c];
            double top = a.py(ratio);
            p.fillRect(cx - bar / 2, top, bar, TOP + ph - top, BAR);
            String label = Texts.percentOneDecimal(ratio);
            boolean inside = TOP + ph - top > 24 && FxText.width(label, 11.5, true) < bar - 2;
            p.text(cx, inside ? TOP + ph - 8 : top - 5, label, 11.5, true, inside ? Color.WHITE : ChartColors.TEXT,
                    Painter.Anchor.MIDDLE, 0);
            p.text(cx, Painter.top(TOP + ph + 6, 11.5), PcaResult.componentName(c), 11.5, false, ChartColors.MUTED,
                    Painter.Anchor.MIDDLE, 0);
            lx[c] = cx;
            ly[c] = a.py(cum[c]);
        }
        for (int c = 1; c < d; c++) {
            p.line(lx[c - 1], ly[c - 1], lx[c], ly[c], LINE, 2);
        }
        for (int c = 0; c < d; c++) {
            p.circle(lx[c], ly[c], 4, Color.WHITE, LINE, 2);
        }
        a.paintFrame(p);
        ChartLegend.paintEntries(p, LEFT, h - 26, pw, List.of(
                new ChartLegend.Entry("each component", BAR, ChartLegend.Swatch.SQUARE),
                new ChartLegend.Entry("cumulative", LINE, ChartLegend.Swatch.LINE)));
    }
}
