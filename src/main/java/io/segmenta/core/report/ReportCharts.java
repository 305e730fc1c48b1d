package io.segmenta.core.report;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.KSweepPlot;
import io.segmenta.core.chart.SansMetrics;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.chart.ScatterPoints;
import io.segmenta.core.chart.SegmentRows;
import io.segmenta.core.chart.SvgPainter;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.core.project.Pca;
import io.segmenta.core.project.PcaResult;
import java.util.List;
import java.util.Set;

/**
 * The report's charts as inline SVG, drawn by the window's painting code ({@link KSweepPlot},
 * {@link ScatterPoints}, {@link SegmentRows}) through an {@link SvgPainter} that measures text with
 * {@link SansMetrics#NOTO_SANS}, the font the page embeds and draws them in ({@link ReportFont}). Sizes are
 * the SVG's own units; the page scales them to its width.
 */
final class ReportCharts {
    /** Width of every chart in SVG units (the page's column at 100%). */
    static final double WIDTH = 760;
    /** Width of a bar chart drawn for a phone (about a phone's width in CSS pixels, as the paired charts). */
    static final double NARROW = 372;
    /** The scatter draws at most this many customers as circles (a sample beyond, in a seeded order). */
    static final int SCATTER_LIMIT = 5_000;
    /** The same on a phone's drawing (a second copy of the points, so fewer). */
    static final int PHONE_SCATTER_LIMIT = 2_000;

    private ReportCharts() {
    }

    /** The k sweep's silhouette (or BIC for a mixture) with the recommended k ringed and the elbow in grey. */
    static String sweep(SweepResult sweep, boolean wcss) {
        List<SweepPoint> points = sweep.points();
        int[] ks = points.stream().mapToInt(SweepPoint::k).toArray();
        double[] values = points.stream().mapToDouble(p -> wcss ? p.wcss() : p.silhouette()).toArray();
        int second = sweep.kneeK() != sweep.recommendedK() ? sweep.kneeK() : -1;
        KSweepPlot plot = new KSweepPlot(ks, values, sweep.recommendedK(), second,
                wcss ? "Within-segment spread (WCSS)" : "Silhouette (higher is better)", wcss);
        SvgWriter svg = new SvgWriter(WIDTH / 2 - 8, 300);
        plot.paint(new SvgPainter(svg, SansMetrics.NOTO_SANS), 0, 0, svg.width(), svg.height());
        return svg.toElement(wcss ? "Within-segment spread for each number of segments"
                : "Silhouette for each number of segments");
    }

    /**
     * The customers on two axes, coloured by segment, with the segment centres numbered; drawn for a
     * phone too ({@link #wideAndNarrow}), with at most {@link #PHONE_SCATTER_LIMIT} customers there.
     */
    static String scatter(Dataset data, SegmentationResult r) {
        ScatterData d = scatterData(data, r);
        return wideAndNarrow(w -> {
            boolean wide = w == WIDTH;
            SvgWriter svg = new SvgWriter(w, wide ? 520 : 340);
            SvgPainter p = new SvgPainter(svg, SansMetrics.NOTO_SANS);
            double pw = svg.width() - ScatterMapping.LEFT - ScatterMapping.RIGHT;
            double ph = svg.height() - ScatterMapping.TOP - ScatterMapping.BOTTOM;
            ScatterMapping m = ScatterMapping.of(d, null, Double.NaN, Double.NaN, pw, ph);
            ScatterPoints.paintAxes(p, m, d, pw, ph);
            p.clip(ScatterMapping.LEFT, ScatterMapping.TOP, pw, ph);
            ScatterPoints.paintVector(p, m, sample(d, wide ? SCATTER_LIMIT : PHONE_SCATTER_LIMIT), pw, ph, null, false,
                    ScatterPoints.hiddenFlags(d, Set.of()));
            p.unclip();
            ScatterPoints.paintCentroids(p, m, d, Set.of());
            return svg.toElement("Customers by " + d.xLabel() + " and " + d.yLabel() + ", coloured by segment");
        });
    }

    /** Customers per segment. */
    static String sizes(ReportInput in) {
        SegmentRows rows = new SegmentRows(in.result().profiles(), names(in), null);
        return wideAndNarrow(w -> {
            SvgWriter svg = new SvgWriter(w, rowsHeight(in));
            rows.paintSizes(new SvgPainter(svg, SansMetrics.NOTO_SANS), svg.width(), svg.height());
            return svg.toElement("Customers per segment");
        });
    }

    /** The mean of one numeric column by segment, with the mean of all customers dashed. */
    static String means(ReportInput in, String column) {
        SegmentProfile whole = SegmentProfiler.whole(in.data(), in.result().segmentOfRow());
        SegmentRows rows = new SegmentRows(in.result().profiles(), names(in), whole);
        return wideAndNarrow(w -> {
            SvgWriter svg = new SvgWriter(w, rowsHeight(in));
            rows.paintMeans(new SvgPainter(svg, SansMetrics.NOTO_SANS), svg.width(), svg.height(), column);
            return svg.toElement("Mean " + column + " by segment");
        });
    }

    /**
     * A full-width chart drawn twice: at {@link #WIDTH} for a screen or paper, and at {@link #NARROW}
     * for a phone, where a wide drawing scaled to the screen would leave its labels a few pixels high
     * (the page's styles show one of the two).
     */
    static String wideAndNarrow(java.util.function.DoubleFunction<String> draw) {
        return "<div class=\"wide\">\n" + draw.apply(WIDTH) + "</div>\n<div class=\"narrow\">\n" + draw.apply(NARROW)
                + "</div>\n";
    }

    /** Which axes the scatter uses: the two features when there are two numeric ones, else PC1 and PC2. */
    static ScatterData scatterData(Dataset data, SegmentationResult r) {
        PreparedFeatures f = r.features();
        int[] seg = r.segmentOfRow();
        int k = r.k();
        List<EncodedFeature> feats = f.features();
        if (feats.size() == 2 && feats.stream().allMatch(e -> !e.isIndicator() && !e.isDerived())
                && data.column(feats.get(0).sourceColumn()) instanceof NumericColumn
                && data.column(feats.get(1).sourceColumn()) instanceof NumericColumn) {
            double[] xs = ((NumericColumn) data.column(feats.get(0).sourceColumn())).toArray();
            double[] ys = ((NumericColumn) data.column(feats.get(1).sourceColumn())).toArray();
            int[] group = new int[xs.length];
            for (int i = 0; i < group.length; i++) {
                group[i] = seg[i] >= 0 ? seg[i] : -1;
            }
            return ScatterData.centred(xs, ys, group, k, feats.get(0).name(), feats.get(1).name());
        }
        PcaResult pca = Pca.fit(f.matrix(), f.featureNames());
        double[][] scores = pca.scores(f.matrix(), 2);
        double[] xs = scores[0];
        double[] ys = scores.length > 1 ? scores[1] : new double[xs.length];
        int[] group = new int[xs.length];
        int[] rows = f.datasetRows();
        for (int i = 0; i < group.length; i++) {
            int s = seg[rows[i]];
            group[i] = s >= 0 ? s : -1;
        }
        double[] ratio = pca.cumulativeRatio();
        return ScatterData.centred(xs, ys, group, k, PcaResult.componentName(0) + " (first principal component)",
                PcaResult.componentName(1) + " (second; together " + Math.round(100 * ratio[Math.min(1,
                        ratio.length - 1)]) + "% of the spread)");
    }

    /** At most {@code limit} customers, every n-th in row order, so the file stays small. */
    private static ScatterData sample(ScatterData d, int limit) {
        if (d.size() <= limit) {
            return d;
        }
        int n = limit;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            int row = (int) ((long) i * d.size() / n);
            x[i] = d.x()[row];
            y[i] = d.y()[row];
            g[i] = d.group()[row];
        }
        return new ScatterData(x, y, g, d.centroidX(), d.centroidY(), d.xLabel(), d.yLabel());
    }

    private static List<String> names(ReportInput in) {
        return java.util.stream.IntStream.range(0, in.result().k()).mapToObj(in::name).toList();
    }

    private static double rowsHeight(ReportInput in) {
        return SegmentRows.TOP + SegmentRows.BOTTOM + Math.max(3, in.result().k()) * 40;
    }

    /** The numeric source columns of the segmentation's features, in order. */
    static List<String> numericFeatures(ReportInput in) {
        return in.result().features().features().stream()
                .filter(e -> !e.isIndicator())
                .map(EncodedFeature::sourceColumn).distinct()
                .filter(c -> in.data().hasColumn(c) && in.data().column(c) instanceof NumericColumn)
                .toList();
    }
}
