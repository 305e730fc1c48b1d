package io.segmenta.ui.charts;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.KSweepPlot;
import io.segmenta.core.chart.Painter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.NamedArg;
import javafx.geometry.Point2D;

/**
 * One metric of a k sweep (WCSS for the elbow, silhouette, BIC or AIC) as a line over k, with one k
 * marked as recommended (a large vermillion ring) and optionally a second one (a grey ring, e.g. the
 * elbow when it differs from the recommendation). Hovering over a point shows its figures.
 */
public final class KSweepChart extends PaintedChart {
    private static final double HIT_RADIUS = 12;

    private final String yLabel;
    private final boolean forceZeroInRange;
    private int[] ks = new int[0];
    private double[] values = new double[0];
    private int markK = -1;
    private int secondK = -1;
    private int markedK = -1;
    private int points;
    private IntFunction<String> tooltipText;
    /** The plot of the last paint, for hovering (null before it or when empty). */
    private Axes axes;

    /**
     * @param title            chart title
     * @param yLabel           vertical axis title
     * @param forceZeroInRange whether the vertical axis starts at 0
     */
    public KSweepChart(@NamedArg("title") String title, @NamedArg("yLabel") String yLabel,
                       @NamedArg("forceZeroInRange") boolean forceZeroInRange) {
        this.yLabel = yLabel;
        this.forceZeroInRange = forceZeroInRange;
        getStyleClass().add("k-sweep-chart");
        setTitle(title);
        emptyTextProperty().set("Find k to see this chart.");
    }

    /**
     * Shows {@code values[i]} at {@code ks[i]} (NaN values are skipped, e.g. silhouette at k = 1) and
     * marks {@code markK} (no mark when it is not among the ks).
     */
    public void show(int[] ks, double[] values, int markK, IntFunction<String> tooltipText) {
        show(ks, values, markK, -1, tooltipText);
    }

    /**
     * As {@link #show(int[], double[], int, IntFunction)}, and also marks {@code secondK} in a quieter
     * style (e.g. the elbow when it differs from the recommendation).
     */
    public void show(int[] ks, double[] values, int markK, int secondK, IntFunction<String> tooltipText) {
        if (ks.length != values.length) {
            throw new IllegalArgumentException("one value per k needed");
        }
        this.ks = ks.clone();
        this.values = values.clone();
        this.markK = markK;
        this.secondK = secondK;
        this.tooltipText = tooltipText;
        points = 0;
        markedK = -1;
        for (int i = 0; i < ks.length; i++) {
            if (!Double.isNaN(values[i])) {
                points++;
                if (ks[i] == markK) {
                    markedK = markK;
                }
            }
        }
        invalidate();
    }

    /** Removes the line. */
    public void clear() {
        ks = new int[0];
        values = new double[0];
        tooltipText = null;
        points = 0;
        markedK = -1;
        invalidate();
    }

    /** The k shown as recommended, -1 when none. */
    public int markedK() {
        return markedK;
    }

    /** Number of points on the line. */
    public int pointCount() {
        return points;
    }

    /** Where the recommended k is drawn, in the chart's coordinates (after a paint), or null. */
    public Point2D markerPosition() {
        if (axes == null || markedK < 0) {
            return null;
        }
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] == markedK && !Double.isNaN(values[i])) {
                return new Point2D(axes.px(ks[i]), axes.py(values[i]));
            }
        }
        return null;
    }

    /** The vertical axis' tick labels for the values shown (empty without values). */
    public List<String> yTickLabels() {
        AxisTicks t = yTicks();
        List<String> out = new ArrayList<>();
        if (t != null) {
            for (int i = 0; i < t.count(); i++) {
                out.add(t.label(i));
            }
        }
        return out;
    }

    /** Nice ticks over the finite values (and 0 when the axis starts there), or null for none. */
    private AxisTicks yTicks() {
        return plot().yTicks();
    }

    private KSweepPlot plot() {
        return new KSweepPlot(ks, values, markK, secondK, yLabel, forceZeroInRange);
    }

    @Override
    protected boolean hasData() {
        return points > 0;
    }

    @Override
    protected void clearGeometry() {
        axes = null;
    }

    @Override
    protected void paintPlot(Painter p, double x, double y, double w, double h) {
        axes = plot().paint(p, x, y, w, h);
    }

    @Override
    public String hoverText(double x, double y) {
        if (axes == null || tooltipText == null) {
            return null;
        }
        int best = -1;
        double bestD = HIT_RADIUS;
        for (int i = 0; i < ks.length; i++) {
            if (Double.isNaN(values[i])) {
                continue;
            }
            double d = Math.hypot(axes.px(ks[i]) - x, axes.py(values[i]) - y);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best < 0 ? null : tooltipText.apply(best);
    }
}
