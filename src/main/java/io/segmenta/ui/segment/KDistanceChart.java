package io.segmenta.ui.segment;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.text.Texts;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.FxPainter;
import io.segmenta.ui.charts.FxText;
import io.segmenta.ui.charts.PaintedChart;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * DBSCAN's sorted k-distance chart: every customer's distance to its min-samples-th nearest
 * customer (itself counted, as scikit-learn), ascending. The knee is marked with the eps it
 * suggests, and the eps chosen now is drawn across with the share of customers it makes core
 * customers. A click uses the distance under the pointer as eps (near the knee: the suggested
 * eps); hovering says what an eps there would mean. The vertical axis stops above the knee when a
 * few far-away customers would squash the curve, and says so.
 */
public final class KDistanceChart extends PaintedChart {
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 40;
    private static final double BOTTOM = 50;
    private static final Color CURVE = ChartColors.SERIES;
    private static final Color KNEE = ChartColors.SUGGESTED;
    private static final Color CHOSEN = ChartColors.ACCENT;
    /** A click this close to the knee (pixels) takes the suggested eps exactly. */
    private static final double KNEE_SNAP = 12;

    private final ObjectProperty<KDistance> data = new SimpleObjectProperty<>(this, "data");
    private final DoubleProperty eps = new SimpleDoubleProperty(this, "eps", Double.NaN);
    private DoubleConsumer onPick = v -> { };
    /** The mapping of the last paint. */
    private double yMax = 1;
    private Axes axes;
    private boolean clipped;

    public KDistanceChart() {
        getStyleClass().add("k-distance-chart");
        data.addListener((o, a, b) -> invalidate());
        eps.addListener((o, a, b) -> invalidate());
        setOnMouseClicked(e -> {
            double v = valueAt(e.getX(), e.getY());
            if (!Double.isNaN(v)) {
                onPick.accept(v);
            }
        });
    }

    @Override
    public String hoverText(double x, double y) {
        double v = valueAt(x, y);
        return Double.isNaN(v) ? null : describe(v) + "\nClick to use it as eps.";
    }

    @Override
    protected boolean hoverClickable() {
        return true;
    }

    /** The chart's curve; null clears it. */
    public ObjectProperty<KDistance> dataProperty() {
        return data;
    }

    /** The eps chosen now (NaN: none), drawn across the chart. */
    public DoubleProperty epsProperty() {
        return eps;
    }

    /** Receives the eps the analyst clicks. */
    public void setOnPick(DoubleConsumer pick) {
        this.onPick = pick == null ? v -> { } : pick;
    }

    /** "eps 0.412: 183 of 200 customers (92%) are core customers" */
    public String describe(double value) {
        KDistance d = data.get();
        if (d == null) {
            return "";
        }
        double share = d.coreShare(value);
        int n = d.sorted().length;
        return "eps " + MethodChoice.format(value) + ": " + Formats.count(Math.round(share * n)) + " of "
                + Formats.plural(n, "customer", "customers") + " (" + share(share) + ") are core customers";
    }

    /**
     * The eps a click at (x, y) picks: the k-distance of the customer under x, or the suggested eps
     * near the knee; NaN outside the plot.
     */
    double valueAt(double x, double y) {
        KDistance d = data.get();
        Axes a = axes;
        if (d == null || d.sorted().length == 0 || a == null || !a.contains(x, y)) {
            return Double.NaN;
        }
        int n = d.sorted().length;
        if (d.kneeIndex() >= 0) {
            double kx = a.px(d.kneeIndex() + 1);
            double ky = a.py(Math.min(d.suggestedEps(), yMax));
            if (Math.hypot(x - kx, y - ky) <= KNEE_SNAP) {
                return d.suggestedEps();
            }
        }
        int i = (int) Math.round(a.xAt(x)) - 1;
        return d.sorted()[Math.max(0, Math.min(n - 1, i))];
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        KDistance d = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || d.sorted().length == 0 || pw < 60 || ph < 60) {
            axes = null;
            paintEmpty(p, w, h, "Press Suggest eps to draw the k-distance chart.");
            return;
        }
        double[] s = d.sorted();
        int n = s.length;
        double top = s[n - 1];
        // a few far-away customers would flatten everything else: stop the axis well above the knee
        double keep = Math.max(d.suggestedEps() * 3, s[(int) Math.floor(0.99 * (n - 1))]);
        double chosen = eps.get();
        if (!Double.isNaN(chosen)) {
            keep = Math.max(keep, chosen * 1.15);
        }
        clipped = top > keep * 1.05;
        AxisTicks yt = AxisTicks.of(0, clipped ? keep : top, 6);
        yMax = yt.max();
        AxisTicks xt = AxisTicks.of(1, n, 6);
        // customer i (1-based) at x = i; a single customer in the middle
        Axes a = new Axes(LEFT, TOP, pw, ph, xt, yt).withXDomain(n <= 1 ? 0 : 1, n <= 1 ? 2 : n)
                .withYDomain(0, yMax).withXFormat(v -> Formats.count(Math.round(v)));
        axes = a;
        paintHeading(p, LEFT, TOP, pw, "Distance of each customer to its " + d.minSamples()
                + ordinalSuffix(d.minSamples()) + " nearest customer (itself the 1st), sorted");
        a.paintYGrid(p, false);
        a.paintXTicks(p);
        // the curve, one point per pixel column (the values are sorted, so nothing is lost)
        int steps = (int) Math.max(2, Math.min(n, Math.ceil(pw)));
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 0; k < steps; k++) {
            int i = (int) Math.round((double) k / (steps - 1) * (n - 1));
            double x = a.px(i + 1);
            double y = a.py(Math.min(s[i], yMax));
            if (!Double.isNaN(lastX)) {
                p.line(lastX, lastY, x, y, CURVE, 2);
            }
            lastX = x;
            lastY = y;
        }
        if (!Double.isNaN(chosen) && chosen > 0) {
            double y = a.py(Math.min(chosen, yMax));
            p.dashedLine(LEFT, y, LEFT + pw, y, CHOSEN, 1.5, 5);
            String text = "eps " + MethodChoice.format(chosen) + " now: " + share(d.coreShare(chosen))
                    + " core customers";
            p.fillRect(LEFT + 4, y - 18, FxText.width(text, 11.5, true) + 8, 16, Color.rgb(255, 255, 255, 0.9));
            p.text(LEFT + 8, y - 5, text, 11.5, true, CHOSEN, Painter.Anchor.START, 0);
        }
        if (d.kneeIndex() >= 0) {
            double kx = a.px(d.kneeIndex() + 1);
            double ky = a.py(Math.min(d.suggestedEps(), yMax));
            p.dashedLine(LEFT, ky, kx, ky, KNEE, 1.2, 3);
            p.circle(kx, ky, 7, null, KNEE, 3);
            String label = "suggested eps " + MethodChoice.format(d.suggestedEps()) + " (click to use)";
            double lw = FxText.width(label, 11.5, true);
            boolean right = kx + 12 + lw < LEFT + pw;
            double lx = right ? kx + 12 : kx - 12 - lw;
            p.fillRect(lx - 4, ky + 4, lw + 8, 16, Color.rgb(255, 255, 255, 0.9));
            p.text(lx, ky + 16, label, 11.5, true, ChartColors.SUGGESTED_TEXT, Painter.Anchor.START, 0);
        }
        a.paintFrame(p);
        a.paintTitles(p, "Customers, sorted by that distance", "Distance (eps)", 3, h - 2);
        if (clipped) {
            p.text(LEFT + pw - 6, TOP + 14, String.format(Locale.ROOT, "axis stops at %s; the farthest customer is at %s",
                    MethodChoice.format(yMax), MethodChoice.format(top)), 11, false, ChartColors.MUTED, Painter.Anchor.END, 0);
        }
    }

    /** A share as a percentage that never reads 100% (or 0%) unless it is: 99.6%, 0.4%. */
    static String share(double v) {
        if (v < 1 && v >= 0.995 || v > 0 && v < 0.005) {
            return Texts.percentOneDecimal(v);
        }
        return Formats.percent(v);
    }

    private static String ordinalSuffix(int n) {
        int mod100 = n % 100;
        if (mod100 >= 11 && mod100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Whether the vertical axis was cut short of the farthest customer in the last paint. */
    public boolean clipped() {
        return clipped;
    }
}
