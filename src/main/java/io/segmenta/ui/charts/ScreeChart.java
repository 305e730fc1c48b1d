package io.segmenta.ui.charts;

import io.segmenta.core.project.PcaResult;
import io.segmenta.core.text.Texts;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.paint.Color;

/**
 * The scree chart of a PCA: one bar per component with the share of the variance it explains, and
 * the cumulative share as a line with points, both on a 0-100% axis.
 */
public final class ScreeChart extends PaintedChart {
    private static final double LEFT = 56;
    private static final double RIGHT = 20;
    private static final double TOP = 34;
    private static final double BOTTOM = 46;
    private static final Color BAR = Color.web("#0072B2");
    private static final Color LINE = Color.web("#D55E00");

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
        p.text(LEFT, Painter.middle(TOP / 2 - 2, 13), FxPainter.fit("Variance explained by each component", pw, 13,
                true), 13, true, TITLE, Painter.Anchor.START, 0);
        for (int i = 0; i <= 5; i++) {
            double y = Math.round(TOP + ph - ph * i / 5.0) + 0.5;
            p.line(LEFT, y, LEFT + pw, y, GRID, 1);
            p.text(LEFT - 6, Painter.middle(y, 11.5), (i * 20) + "%", 11.5, false, LABEL, Painter.Anchor.END, 0);
        }
        int d = r.dimensions();
        double slot = pw / d;
        double bar = Math.min(56, slot * 0.6);
        double[] cum = r.cumulativeRatio();
        double[] lx = new double[d];
        double[] ly = new double[d];
        for (int c = 0; c < d; c++) {
            double cx = LEFT + slot * (c + 0.5);
            double ratio = r.explainedVarianceRatio()[c];
            double top = TOP + ph * (1 - ratio);
            p.fillRect(cx - bar / 2, top, bar, TOP + ph - top, BAR);
            String label = Texts.percentOneDecimal(ratio);
            boolean inside = TOP + ph - top > 24 && FxPainter.textWidth(label, 11.5, true) < bar - 2;
            p.text(cx, inside ? TOP + ph - 8 : top - 5, label, 11.5, true, inside ? Color.WHITE : TITLE,
                    Painter.Anchor.MIDDLE, 0);
            p.text(cx, Painter.top(TOP + ph + 6, 11.5), PcaResult.componentName(c), 11.5, false, LABEL,
                    Painter.Anchor.MIDDLE, 0);
            lx[c] = cx;
            ly[c] = TOP + ph * (1 - cum[c]);
        }
        for (int c = 1; c < d; c++) {
            p.line(lx[c - 1], ly[c - 1], lx[c], ly[c], LINE, 2);
        }
        for (int c = 0; c < d; c++) {
            p.circle(lx[c], ly[c], 4, Color.WHITE, LINE, 2);
        }
        p.strokeRect(LEFT + 0.5, TOP + 0.5, pw - 1, ph - 1, AXIS, 1);
        p.fillRect(LEFT + 8, h - 22, 12, 10, BAR);
        p.text(LEFT + 26, h - 12, "each component", 11.5, false, LABEL, Painter.Anchor.START, 0);
        p.line(LEFT + 130, h - 17, LEFT + 150, h - 17, LINE, 2);
        p.circle(LEFT + 140, h - 17, 3.5, Color.WHITE, LINE, 2);
        p.text(LEFT + 158, h - 12, "cumulative", 11.5, false, LABEL, Painter.Anchor.START, 0);
    }
}
