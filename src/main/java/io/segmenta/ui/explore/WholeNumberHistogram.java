package io.segmenta.ui.explore;

import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.HistogramSeries;
import io.segmenta.core.explore.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * Histograms of columns that hold whole numbers only (ages, scores, counts of children): each bin
 * holds the same number of whole values, {@code k}, and is centred on them (edges at
 * {@code min - 0.5 + i k}), as seaborn does for discrete data. Equal-width bins from the smallest to
 * the largest value (numpy's edges) would give some bins one more whole value than others, which
 * shows as a comb of tall and short bars (and a last bin that holds its right edge too). The bin
 * count asked for (by the rule or by the analyst) is rounded to whole widths. The density curve is
 * the same Gaussian kernel estimate as {@link Histogram}'s (Scott's bandwidth).
 */
final class WholeNumberHistogram {
    /** Columns spanning more whole values than this keep numpy's equal-width bins. */
    static final int MAX_SPAN = 100_000;

    private WholeNumberHistogram() {
    }

    /** True when {@code column} holds whole numbers only, over a span this class bins. */
    static boolean applies(NumericColumn column) {
        if (!column.isIntegral() || column.size() == column.missingCount()) {
            return false;
        }
        double[] s = Stats.sortedPresent(column);
        return s[s.length - 1] - s[0] + 1 <= MAX_SPAN;
    }

    /** Whole values per bin for about {@code bins} bins over {@code span} whole values (at least 1). */
    static int width(long span, int bins) {
        return (int) Math.max(1, Math.round((double) span / Math.max(1, bins)));
    }

    /**
     * The histogram of whole-number {@code column} with about {@code bins} bins (0 = numpy's "auto"
     * rule's count), split by {@code split} when not null.
     */
    static HistogramResult of(NumericColumn column, Grouping split, int bins, Histogram.Scale scale, int gridPoints) {
        double[] values = column.toArray();
        double[] sorted = Stats.sortedPresent(column);
        int n = sorted.length;
        double min = sorted[0];
        double max = sorted[n - 1];
        long span = (long) (max - min) + 1;
        int asked = bins > 0 ? bins : Histogram.autoBins(sorted, Histogram.BinRule.AUTO);
        int k = width(span, asked);
        int count = (int) ((span + k - 1) / k);
        double[] edges = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            edges[i] = min - 0.5 + (double) i * k;
        }
        double[] grid = gridPoints == 0 || min == max ? new double[0] : linspace(min, max, gridPoints);
        HistogramSeries all = series("All", Stats.present(column), min, k, count, grid, scale);
        List<HistogramSeries> groups = new ArrayList<>();
        if (split != null) {
            double[][] parts = split.split(values);
            for (int g = 0; g < parts.length; g++) {
                groups.add(series(split.groups().get(g), parts[g], min, k, count, grid, scale));
            }
        }
        return new HistogramResult(column.name(), edges, bins > 0 ? null : Histogram.BinRule.AUTO, scale,
                column.missingCount(), grid, all, split == null ? null : split.name(), groups);
    }

    private static HistogramSeries series(String name, double[] values, double min, int k, int bins, double[] grid,
                                          Histogram.Scale scale) {
        int[] counts = new int[bins];
        for (double v : values) {
            counts[(int) ((long) (v - min) / k)]++;
        }
        int n = values.length;
        double[] heights = new double[bins];
        for (int i = 0; i < bins; i++) {
            heights[i] = scale == Histogram.Scale.COUNT ? counts[i] : n == 0 ? 0 : counts[i] / ((double) n * k);
        }
        double h = n < 2 ? Double.NaN : Histogram.scottBandwidth(values);
        double[] curve = new double[0];
        if (grid.length > 0 && h > 0) {
            curve = Histogram.kde(values, h, grid);
            if (scale == Histogram.Scale.COUNT) {
                for (int j = 0; j < curve.length; j++) {
                    curve[j] *= (double) n * k;
                }
            }
        } else {
            h = Double.NaN;
        }
        return new HistogramSeries(name, n, counts, heights, h, curve);
    }

    private static double[] linspace(double a, double b, int count) {
        double[] out = new double[count];
        double step = (b - a) / (count - 1);
        for (int i = 0; i < count; i++) {
            out[i] = a + i * step;
        }
        out[count - 1] = b;
        return out;
    }

    /** True when {@code h}'s bins are whole-number bins (edges half-way between whole numbers). */
    static boolean isWholeNumberBins(HistogramResult h) {
        if (h.binCount() == 0) {
            return false;
        }
        double first = h.edge(0) + 0.5;
        double width = h.binWidth();
        return first == Math.rint(first) && Math.abs(width - Math.rint(width)) < 1e-9 && width >= 1;
    }
}
