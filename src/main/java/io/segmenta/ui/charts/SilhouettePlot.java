package io.segmenta.ui.charts;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.ChartText;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;

/**
 * The silhouette plot: one horizontal bar per customer from 0 to its silhouette coefficient,
 * grouped by segment (in the segment's colour) and sorted within each segment from best to worst,
 * with the mean as a dashed line and each segment's name, size and mean silhouette at its left.
 * Dragging a box selects the customers whose bars it touches (e.g. the negative ones: customers
 * closer to another segment than to their own); a click selects one bar.
 */
public final class SilhouettePlot extends PaintedChart {
    /** Width of the label column, set at each paint: a quarter of the chart within 170..300 pixels. */
    private double left = 210;
    private static final double RIGHT = 24;
    private static final double TOP = 30;
    private static final double BOTTOM = 46;
    private static final double GAP = 8;
    private static final Color MEAN = ChartColors.MEAN;
    private static final Color SELECTED = ChartColors.INK;

    private final ObjectProperty<SilhouetteData> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<List<String>> names = new SimpleObjectProperty<>(this, "names", List.of());
    private final ObjectProperty<RowSet> selection = new SimpleObjectProperty<>(this, "selection", RowSet.EMPTY);
    private final Rectangle band = new Rectangle();
    /** Value indices sorted by segment, then silhouette descending. */
    private int[] order = new int[0];
    /** Per segment, its first position in {@link #order}; k + 1 entries. */
    private int[] start = new int[1];
    private Layout layout;
    private double pressX;
    private double pressY;
    private boolean pressed;

    public SilhouettePlot() {
        getStyleClass().add("silhouette-plot");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        band.setFill(javafx.scene.paint.Color.rgb(9, 105, 218, 0.12));
        band.setStroke(javafx.scene.paint.Color.rgb(9, 105, 218, 0.9));
        getChildren().add(band);
        setCursor(Cursor.CROSSHAIR);
        data.addListener((o, a, b) -> {
            sort(b);
            invalidate();
        });
        names.addListener((o, a, b) -> invalidate());
        selection.addListener((o, a, b) -> invalidate());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressX = e.getX();
                pressY = e.getY();
                pressed = true;
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressed) {
                band.setX(Math.min(pressX, e.getX()));
                band.setY(Math.min(pressY, e.getY()));
                band.setWidth(Math.abs(e.getX() - pressX));
                band.setHeight(Math.abs(e.getY() - pressY));
                band.setVisible(true);
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (!pressed) {
                return;
            }
            pressed = false;
            band.setVisible(false);
            boolean add = e.isShiftDown();
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) < 3) {
                selectBox(e.getX(), e.getY() - 1, e.getX(), e.getY() + 1, add);
            } else {
                selectBox(pressX, pressY, e.getX(), e.getY(), add);
            }
        });
    }

    public ObjectProperty<SilhouetteData> dataProperty() {
        return data;
    }

    public void setData(SilhouetteData d) {
        data.set(d);
    }

    /** Segment names by segment id. */
    public ObjectProperty<List<String>> namesProperty() {
        return names;
    }

    public ObjectProperty<RowSet> selectionProperty() {
        return selection;
    }

    private void sort(SilhouetteData d) {
        if (d == null) {
            order = new int[0];
            start = new int[1];
            return;
        }
        int n = d.size();
        int k = d.k();
        start = new int[k + 1];
        for (int g : d.group()) {
            start[g + 1]++;
        }
        for (int s = 0; s < k; s++) {
            start[s + 1] += start[s];
        }
        int[] fill = Arrays.copyOf(start, k);
        Integer[] boxed = new Integer[n];
        int[] o = new int[n];
        for (int i = 0; i < n; i++) {
            o[fill[d.group()[i]]++] = i;
        }
        for (int i = 0; i < n; i++) {
            boxed[i] = o[i];
        }
        double[] v = d.values();
        for (int s = 0; s < k; s++) {
            Arrays.sort(boxed, start[s], start[s + 1], (a, b) -> Double.compare(v[b], v[a]));
        }
        for (int i = 0; i < n; i++) {
            o[i] = boxed[i];
        }
        order = o;
    }

    /**
     * Over a segment's label (left of the bars, where a long name is shortened): its whole name, size and
     * mean silhouette.
     */
    @Override
    public String hoverText(double x, double y) {
        SilhouetteData d = data.get();
        Layout l = layout;
        if (d == null || l == null || x >= left - 8) {
            return null;
        }
        List<String> labels = names.get();
        double[] means = segmentMeans();
        for (int s = 0; s < d.k(); s++) {
            double top = l.blockTop(s, start);
            double bottom = top + (start[s + 1] - start[s]) * l.bar;
            if (y >= top - GAP / 2.0 && y < Math.max(bottom, top + 12) + GAP / 2.0) {
                String name = s < labels.size() ? labels.get(s) : "Segment " + (s + 1);
                return (s + 1) + " · " + name + "\n" + Formats.plural(start[s + 1] - start[s], "customer", "customers")
                        + " · mean silhouette " + Formats.score(means[s]);
            }
        }
        return null;
    }

    /** Segment means of the silhouette (NaN for an empty segment). */
    public double[] segmentMeans() {
        SilhouetteData d = data.get();
        if (d == null) {
            return new double[0];
        }
        double[] sum = new double[d.k()];
        int[] count = new int[d.k()];
        for (int i = 0; i < d.size(); i++) {
            sum[d.group()[i]] += d.values()[i];
            count[d.group()[i]]++;
        }
        for (int s = 0; s < sum.length; s++) {
            sum[s] = count[s] == 0 ? Double.NaN : sum[s] / count[s];
        }
        return sum;
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        left = Math.max(170, Math.min(300, Math.round(w * 0.26)));
        SilhouetteData d = data.get();
        double pw = w - left - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || d.size() == 0 || pw < 40 || ph < 40) {
            layout = null;
            paintEmpty(p, w, h, d == null ? "No silhouettes yet." : "No customers to show.");
            return;
        }
        double lo = Math.min(-0.1, Math.floor(min(d.values()) * 10) / 10);
        Layout l = new Layout(lo, 1, pw, ph, d.size(), d.k());
        layout = l;
        // a grid line every 0.1, labelled every 0.2 (every 0.1 when wide), and the zero line darker
        Axes a = new Axes(left, TOP, pw, ph, new AxisTicks(lo, 1, 0.1), null).withXFormat(v -> pw > 500
                || Math.round(v * 10) % 2 == 0 ? String.format(Locale.ROOT, "%.1f", v) : "");
        a.paintXGrid(p, false);
        double zero = Math.round(a.px(0)) + 0.5;
        p.line(zero, TOP, zero, TOP + ph, ChartColors.AXIS, 1);
        // the axis title, centred under the bars but kept inside the chart; its explanation goes when narrow
        String axis = "Silhouette coefficient (higher: closer to its own segment than to others)";
        double axisWidth = FxText.width(axis, 12.5, true);
        if (axisWidth > w - 16) {
            axis = "Silhouette coefficient";
            axisWidth = FxText.width(axis, 12.5, true);
        }
        double axisX = Math.max(8 + axisWidth / 2, Math.min(w - 8 - axisWidth / 2, left + pw / 2));
        p.text(axisX, h - 10, axis, 12.5, true, ChartColors.TEXT, Painter.Anchor.MIDDLE, 0);
        double[] means = segmentMeans();
        List<String> labels = names.get();
        RowSet sel = selection.get();
        for (int s = 0; s < d.k(); s++) {
            int from = start[s];
            int to = start[s + 1];
            double top = l.blockTop(s, start);
            double bottom = top + (to - from) * l.bar;
            paintBlock(p, d, l, s, from, to, top);
            String name = s < labels.size() ? labels.get(s) : "Segment " + (s + 1);
            double mid = (top + bottom) / 2;
            boolean twoLines = bottom - top >= 26;
            String first = ChartText.fit(FxText.METRICS, (s + 1) + " · " + name, 12, true, left - 22);
            String second = "mean " + Formats.score(means[s]) + " · " + Formats.count(to - from);
            p.fillRect(left - 16, top, 6, Math.max(1, bottom - top), SegmentPalette.color(s));
            if (twoLines) {
                p.text(left - 22, Painter.middle(mid - 7, 12), first, 12, true, ChartColors.TEXT, Painter.Anchor.END, 0);
                p.text(left - 22, Painter.middle(mid + 8, 11.5), second, 11.5, false, ChartColors.MUTED, Painter.Anchor.END, 0);
            } else {
                p.text(left - 22, Painter.middle(mid, 11), ChartText.fit(FxText.METRICS, (s + 1) + " · " + name + " · "
                        + Formats.score(means[s]), 11, false, left - 22), 11, false, ChartColors.TEXT, Painter.Anchor.END, 0);
            }
        }
        if (!sel.isEmpty()) {
            paintSelected(p, d, l, sel);
        }
        double mx = l.px(d.mean());
        p.dashedLine(mx, TOP - 4, mx, TOP + ph, MEAN, 1.6, 5);
        String meanText = "mean " + Formats.score(d.mean()) + (d.sampled()
                ? " · a sample of " + Formats.count(d.size()) + " of " + Formats.count(d.total()) + " customers"
                : " · all " + Formats.count(d.size()) + " customers");
        boolean right = mx + 8 + FxText.width(meanText, 11.5, false) < w - 4;
        p.text(right ? mx + 6 : mx - 6, Painter.middle(TOP - 14, 11.5), meanText, 11.5, false, MEAN,
                right ? Painter.Anchor.START : Painter.Anchor.END, 0);
        p.strokeRect(left + 0.5, TOP + 0.5, pw - 1, ph - 1, ChartColors.AXIS, 1);
    }

    /** One segment's bars as one polygon: its outline follows the sorted values (at most one corner pair per half pixel). */
    private void paintBlock(Painter p, SilhouetteData d, Layout l, int s, int from, int to, double top) {
        int n = to - from;
        if (n == 0) {
            return;
        }
        double[] xs = new double[2 * n + 2];
        double[] ys = new double[2 * n + 2];
        int m = 0;
        double x0 = l.px(0);
        xs[m] = x0;
        ys[m++] = top;
        double lastY = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = d.values()[order[i]];
            double y0 = top + (i - from) * l.bar;
            double y1 = y0 + l.bar;
            if (y1 - lastY < 0.5 && i < to - 1) {
                continue;
            }
            xs[m] = l.px(v);
            ys[m++] = Math.max(lastY, y0);
            xs[m] = l.px(v);
            ys[m++] = y1;
            lastY = y1;
        }
        xs[m] = x0;
        ys[m++] = top + n * l.bar;
        p.polygon(xs, ys, m, SegmentPalette.color(s).deriveColor(0, 1, 1, 0.85), null, 0);
    }

    private void paintSelected(Painter p, SilhouetteData d, Layout l, RowSet sel) {
        double width = Math.max(1, Math.min(l.bar, 3));
        for (int s = 0; s < d.k(); s++) {
            double top = l.blockTop(s, start);
            for (int i = start[s]; i < start[s + 1]; i++) {
                int vi = order[i];
                if (sel.contains(d.rows()[vi])) {
                    double y = top + (i - start[s] + 0.5) * l.bar;
                    p.line(l.px(0), y, l.px(d.values()[vi]), y, SELECTED, width);
                }
            }
        }
    }

    /**
     * Selects the customers whose bars touch the canvas rectangle between the two corners (Shift
     * adds to the selection).
     */
    public void selectBox(double ax, double ay, double bx, double by, boolean add) {
        SilhouetteData d = data.get();
        Layout l = layout;
        if (d == null || l == null) {
            return;
        }
        double v0 = l.value(Math.min(ax, bx));
        double v1 = l.value(Math.max(ax, bx));
        double y0 = Math.min(ay, by);
        double y1 = Math.max(ay, by);
        BitSet hit = new BitSet();
        for (int s = 0; s < d.k(); s++) {
            double top = l.blockTop(s, start);
            for (int i = start[s]; i < start[s + 1]; i++) {
                double yTop = top + (i - start[s]) * l.bar;
                if (yTop + l.bar < y0 || yTop > y1) {
                    continue;
                }
                double v = d.values()[order[i]];
                double lo = Math.min(0, v);
                double hi = Math.max(0, v);
                if (hi >= v0 && lo <= v1) {
                    hit.set(d.rows()[order[i]]);
                }
            }
        }
        RowSet rows = RowSet.of(hit);
        selection.set(add ? selection.get().union(rows) : rows);
    }

    /** Selects every customer with a negative silhouette (closer to another segment than to its own). */
    public void selectNegative() {
        SilhouetteData d = data.get();
        if (d == null) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            if (d.values()[i] < 0) {
                rows.add(d.rows()[i]);
            }
        }
        selection.set(RowSet.of(rows.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static double min(double[] v) {
        double m = 0;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** Screen geometry: the value axis and the bar height. */
    private final class Layout {
        final double lo;
        final double hi;
        final double pw;
        final double bar;

        Layout(double lo, double hi, double pw, double ph, int n, int k) {
            this.lo = lo;
            this.hi = hi;
            this.pw = pw;
            this.bar = Math.max(0, ph - GAP * (k - 1)) / n;
        }

        double px(double v) {
            return left + (v - lo) / (hi - lo) * pw;
        }

        double value(double px) {
            return lo + (px - left) / pw * (hi - lo);
        }

        double blockTop(int s, int[] start) {
            return TOP + start[s] * bar + s * GAP;
        }
    }
}
