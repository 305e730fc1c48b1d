package io.segmenta.ui.segment;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.AxisTicks;
import io.segmenta.core.chart.ChartColors;
import io.segmenta.core.chart.Color;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.cluster.MergeTree;
import io.segmenta.ui.Formats;
import io.segmenta.ui.charts.FxPainter;
import io.segmenta.ui.charts.FxText;
import io.segmenta.ui.charts.PaintedChart;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The dendrogram of a hierarchical segmentation with its cut line, drawn from the core's
 * {@link MergeTree} on a canvas (and as SVG). Above {@value #DEFAULT_LEAVES} customers it shows the
 * top of the tree, as SciPy's {@code truncate_mode="lastp"}: the groups left before the last merges,
 * each labelled with its number of customers. Branches below the cut are drawn in their segment's
 * colour. A click sets a cut at the height under the pointer.
 */
public final class DendrogramChart extends PaintedChart {
    /** Leaves shown at most, unless the cut makes more segments than this. */
    public static final int DEFAULT_LEAVES = 30;
    /** Leaves never exceed this (a cut into more segments colours only whole groups). */
    static final int MAX_LEAVES = 200;
    private static final double LEFT = 64;
    private static final double RIGHT = 24;
    private static final double TOP = 40;
    private static final double BOTTOM = 58;
    private static final Color ABOVE = ChartColors.MUTED;
    private static final Color CUT = ChartColors.ACCENT;

    /**
     * What the chart shows.
     *
     * @param tree      the whole merge tree (leaves are the prepared rows)
     * @param labels    per prepared row its segment (0..k-1)
     * @param k         segments of the cut
     * @param cutHeight the height of the cut line
     * @param linkage   the linkage's name, for the title
     */
    public record Tree(MergeTree tree, int[] labels, int k, double cutHeight, String linkage) {
        public Tree {
            Objects.requireNonNull(tree, "tree");
            Objects.requireNonNull(labels, "labels");
            if (labels.length != tree.leaves()) {
                throw new IllegalArgumentException(labels.length + " labels for " + tree.leaves() + " leaves");
            }
        }
    }

    /** The tree as drawn: the leaves shown, their order, segments and sizes. */
    record Layout(MergeTree shown, int[] order, int[] leafSegment) {
    }

    private final ObjectProperty<Tree> data = new SimpleObjectProperty<>(this, "data");
    private DoubleConsumer onCut = h -> { };
    private Layout layout;
    private Axes axes;

    public DendrogramChart() {
        getStyleClass().add("dendrogram-chart");
        data.addListener((o, a, b) -> {
            layout = b == null ? null : layout(b);
            invalidate();
        });
        setOnMouseClicked(e -> {
            double v = heightAt(e.getY());
            if (!Double.isNaN(v)) {
                onCut.accept(v);
            }
        });
    }

    @Override
    public String hoverText(double x, double y) {
        double v = heightAt(y);
        Tree t = data.get();
        return Double.isNaN(v) || t == null ? null : "Cut at height " + MethodChoice.format(v) + ": "
                + Formats.plural(t.tree().clustersAt(v), "segment", "segments") + "\nClick to cut here.";
    }

    @Override
    protected boolean hoverClickable() {
        return true;
    }

    /** The tree and its cut; null clears the chart. */
    public ObjectProperty<Tree> dataProperty() {
        return data;
    }

    /** Receives the height the analyst clicks. */
    public void setOnCut(DoubleConsumer cut) {
        this.onCut = cut == null ? h -> { } : cut;
    }

    /** The number of leaves drawn (customers, or groups of them in a truncated tree); 0 when empty. */
    public int leavesShown() {
        return layout == null ? 0 : layout.shown().leaves();
    }

    /** Customers per drawn leaf, left to right. */
    public int[] leafSizes() {
        if (layout == null) {
            return new int[0];
        }
        int[] out = new int[layout.order().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = layout.shown().leafSize()[layout.order()[i]];
        }
        return out;
    }

    /** Segment of each drawn leaf, left to right (-1 where a leaf holds customers of several segments). */
    public int[] leafSegments() {
        if (layout == null) {
            return new int[0];
        }
        int[] out = new int[layout.order().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = layout.leafSegment()[layout.order()[i]];
        }
        return out;
    }

    static Layout layout(Tree t) {
        MergeTree full = t.tree();
        int p = Math.min(full.leaves(), Math.min(MAX_LEAVES, Math.max(DEFAULT_LEAVES, t.k())));
        MergeTree shown = p == full.leaves() ? full : full.top(p);
        int[] groupOf = p == full.leaves() ? identity(full.leaves()) : full.cut(p);
        int[] seg = new int[p];
        Arrays.fill(seg, Integer.MIN_VALUE);
        for (int i = 0; i < groupOf.length; i++) {
            int g = groupOf[i];
            int s = t.labels()[i];
            seg[g] = seg[g] == Integer.MIN_VALUE ? s : seg[g] == s ? s : -1;
        }
        return new Layout(shown, shown.leafOrder(), seg);
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The height under a y of the last paint, NaN outside the plot. */
    double heightAt(double y) {
        Axes a = axes;
        if (layout == null || a == null || y < a.top() || y > a.bottom()) {
            return Double.NaN;
        }
        return a.yAt(y);
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        Tree t = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (t == null || layout == null || pw < 60 || ph < 60) {
            axes = null;
            paintEmpty(p, w, h, "Segment with hierarchical clustering to see its tree.");
            return;
        }
        MergeTree s = layout.shown();
        int leaves = s.leaves();
        int merges = s.merges();
        double top = merges == 0 ? 1 : s.height()[merges - 1];
        AxisTicks yt = AxisTicks.of(0, Math.max(top, t.cutHeight()) * 1.04, 6);
        String title = "Dendrogram (" + t.linkage() + " linkage): " + (leaves == t.tree().leaves()
                ? "every merge of " + Formats.plural(leaves, "customer", "customers")
                : "the last " + Formats.count(merges) + " merges; each leaf is a group, (n) its customers");
        Axes plot = new Axes(LEFT, TOP, pw, ph, null, yt);
        axes = plot;
        paintHeading(p, LEFT, TOP, pw, title);
        plot.paintYGrid(p, false);
        double[] x = new double[leaves + merges];
        double[] y = new double[leaves + merges];
        int[] seg = new int[leaves + merges];
        int[] order = layout.order();
        double slot = pw / leaves;
        for (int i = 0; i < leaves; i++) {
            int leaf = order[i];
            x[leaf] = LEFT + slot * (i + 0.5);
            y[leaf] = TOP + ph;
            seg[leaf] = layout.leafSegment()[leaf];
        }
        for (int m = 0; m < merges; m++) {
            int a = s.left()[m];
            int b = s.right()[m];
            int node = leaves + m;
            x[node] = (x[a] + x[b]) / 2;
            y[node] = plot.py(s.height()[m]);
            boolean below = s.height()[m] <= t.cutHeight();
            seg[node] = below && seg[a] == seg[b] ? seg[a] : -1;
            // the link (both legs and the bar) takes the merge's colour, as SciPy's colour threshold does
            Color cm = colour(seg[node]);
            p.line(x[a], y[a], x[a], y[node], cm, 1.6);
            p.line(x[b], y[b], x[b], y[node], cm, 1.6);
            p.line(x[a], y[node], x[b], y[node], cm, 1.6);
        }
        // leaves: a dot in the segment's colour, and the group size when the tree is truncated
        boolean truncated = leaves < t.tree().leaves();
        boolean rotate = slot < 30;
        for (int i = 0; i < leaves; i++) {
            int leaf = order[i];
            p.circle(x[leaf], TOP + ph, 3.2, colour(seg[leaf]), null, 0);
            if (truncated && (slot >= 14 || i % (int) Math.ceil(14 / slot) == 0)) {
                String label = "(" + Formats.count(s.leafSize()[leaf]) + ")";
                if (rotate) {
                    p.text(x[leaf] + 4, TOP + ph + 8, label, 10.5, false, ChartColors.MUTED, Painter.Anchor.END, -90);
                } else {
                    p.text(x[leaf], Painter.top(TOP + ph + 7, 10.5), label, 10.5, false, ChartColors.MUTED, Painter.Anchor.MIDDLE,
                            0);
                }
            }
        }
        double cy = plot.py(t.cutHeight());
        p.dashedLine(LEFT, cy, LEFT + pw, cy, CUT, 1.8, 6);
        String cut = "cut at " + MethodChoice.format(t.cutHeight()) + ": " + Formats.plural(t.k(), "segment",
                "segments");
        double cw = FxText.width(cut, 11.5, true);
        p.fillRect(LEFT + pw - 10 - cw, cy - 19, cw + 8, 16, Color.rgb(255, 255, 255, 0.9));
        p.text(LEFT + pw - 6, cy - 6, cut, 11.5, true, CUT, Painter.Anchor.END, 0);
        plot.paintFrame(p);
        plot.paintTitles(p, truncated ? "Groups of customers (click a height to cut there)"
                : "Customers (click a height to cut there)", "Merge height", 3, h - 2);
    }

    private static Color colour(int segment) {
        return segment >= 0 ? SegmentPalette.color(segment) : ABOVE;
    }
}
