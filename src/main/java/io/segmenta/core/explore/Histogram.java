package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.math.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Histograms with Gaussian kernel density curves. Bins are equal-width from the smallest to the
 * largest value, assigned as numpy {@code histogram} does (the last bin includes its right edge); by
 * default their number follows numpy's {@code bins="auto"}: the larger of the Freedman-Diaconis
 * and Sturges counts (Sturges alone when the interquartile range is 0), at most
 * {@value #MAX_AUTO_BINS}. The curves are scipy {@code gaussian_kde} with Scott's bandwidth
 * (sample standard deviation times n^(-1/5)), drawn over the data range (seaborn {@code histplot}'s
 * {@code cut = 0}).
 */
public final class Histogram {
    /** Most bins a rule chooses (heavy tails make Freedman-Diaconis ask for thousands). */
    public static final int MAX_AUTO_BINS = 200;
    /** Most bins that can be asked for. */
    public static final int MAX_BINS = 1000;
    /** Kernel contributions beyond this many bandwidths (below e^-32 of the peak) are skipped. */
    private static final double KERNEL_REACH = 8;

    /** How the bin count is chosen when it is not given. */
    public enum BinRule {
        /** numpy "auto": the larger bin count of Freedman-Diaconis and Sturges. */
        AUTO("automatic (Freedman-Diaconis or Sturges)"),
        /** Bin width 2 IQR n^(-1/3); robust to outliers (Sturges when the IQR is 0). */
        FREEDMAN_DIACONIS("Freedman-Diaconis"),
        /** log2(n) + 1 bins; good for small, roughly normal samples. */
        STURGES("Sturges");

        private final String label;

        BinRule(String label) {
            this.label = label;
        }

        /** Words for a menu. */
        public String label() {
            return label;
        }
    }

    /** What bar heights and curves measure. */
    public enum Scale {
        /** Customers per bin; the curve is scaled to the same area as the bars. */
        COUNT,
        /** Density: each series' bars and curve have area 1, so groups of different sizes compare. */
        DENSITY
    }

    /**
     * Histogram choices.
     *
     * @param bins       bin count, or 0 to let {@code rule} choose
     * @param rule       the rule used when {@code bins} is 0
     * @param scale      counts or densities
     * @param gridPoints points of the density curves (2 or more; 0 for no curves)
     */
    public record Options(int bins, BinRule rule, Scale scale, int gridPoints) {
        public Options {
            if (bins < 0 || bins > MAX_BINS) {
                throw new SegmentaException("The number of bins must be between 1 and " + MAX_BINS
                        + " (or automatic); got " + bins + ".");
            }
            if (gridPoints < 0 || gridPoints == 1) {
                throw new IllegalArgumentException("gridPoints must be 0 or at least 2, got " + gridPoints);
            }
            if (rule == null || scale == null) {
                throw new IllegalArgumentException("rule and scale are required");
            }
        }

        /** Automatic bins, counts, a 200-point curve. */
        public static Options defaults() {
            return new Options(0, BinRule.AUTO, Scale.COUNT, 200);
        }

        /** The same options with a fixed bin count (0 = automatic). */
        public Options withBins(int count) {
            return new Options(count, rule, scale, gridPoints);
        }

        public Options withScale(Scale s) {
            return new Options(bins, rule, s, gridPoints);
        }

        public Options withGridPoints(int points) {
            return new Options(bins, rule, scale, points);
        }
    }

    private Histogram() {
    }

    /** Automatic bins, counts and a density curve. */
    public static HistogramResult of(NumericColumn column) {
        return of(column, null, Options.defaults());
    }

    /** A histogram of every present value. */
    public static HistogramResult of(NumericColumn column, Options options) {
        return of(column, null, options);
    }

    /**
     * A histogram of every present value, and when {@code split} is not null one series per group on
     * the same bins and grid (rows without a group count only in the "All" series).
     */
    public static HistogramResult of(NumericColumn column, Grouping split, Options options) {
        double[] values = column.toArray();
        if (split != null && split.size() != values.length) {
            throw new IllegalArgumentException("grouping has " + split.size() + " rows, column " + values.length);
        }
        double[] sorted = Stats.sortedPresent(column);
        int n = sorted.length;
        BinRule rule = options.bins() > 0 ? null : options.rule();
        double[] edges;
        double[] grid;
        if (n == 0) {
            edges = new double[0];
            grid = new double[0];
        } else {
            int bins = options.bins() > 0 ? options.bins() : autoBins(sorted, options.rule());
            edges = edges(sorted[0], sorted[n - 1], bins);
            grid = options.gridPoints() == 0 ? new double[0]
                    : sorted[0] == sorted[n - 1] ? new double[0] : linspace(sorted[0], sorted[n - 1], options.gridPoints());
        }
        HistogramSeries all = series("All", Stats.present(column), edges, grid, options.scale());
        List<HistogramSeries> groups = new ArrayList<>();
        if (split != null) {
            double[][] parts = split.split(values);
            for (int g = 0; g < parts.length; g++) {
                groups.add(series(split.groups().get(g), parts[g], edges, grid, options.scale()));
            }
        }
        return new HistogramResult(column.name(), edges, rule, options.scale(), column.missingCount(), grid, all,
                split == null ? null : split.name(), groups);
    }

    /**
     * The bin count {@code rule} gives for ascending {@code sorted} values (1 for fewer than two
     * distinct values), at most {@value #MAX_AUTO_BINS}.
     */
    public static int autoBins(double[] sorted, BinRule rule) {
        int n = sorted.length;
        if (n < 2 || sorted[n - 1] == sorted[0]) {
            return 1;
        }
        double range = sorted[n - 1] - sorted[0];
        double sturges = range / (Math.log(n) / Math.log(2) + 1);
        double iqr = Quantiles.linear(sorted, 0.75) - Quantiles.linear(sorted, 0.25);
        double fd = 2 * iqr * Math.pow(n, -1.0 / 3);
        double width = switch (rule) {
            case STURGES -> sturges;
            case FREEDMAN_DIACONIS -> fd > 0 ? fd : sturges;
            case AUTO -> fd > 0 ? Math.min(fd, sturges) : sturges;
        };
        return (int) Math.max(1, Math.min(MAX_AUTO_BINS, Math.ceil(range / width)));
    }

    /** Scott's bandwidth: sample standard deviation times n^(-1/5); NaN for fewer than two values. */
    public static double scottBandwidth(double[] values) {
        return Stats.sd(values) * Math.pow(values.length, -0.2);
    }

    /**
     * Gaussian kernel density of {@code values} with bandwidth {@code h} at each point of {@code at}
     * (integrates to 1), as scipy {@code gaussian_kde}; kernels farther than 8 bandwidths are skipped.
     */
    public static double[] kde(double[] values, double h, double[] at) {
        double[] s = values.clone();
        Arrays.sort(s);
        double[] out = new double[at.length];
        double norm = 1 / (s.length * h * Math.sqrt(2 * Math.PI));
        for (int j = 0; j < at.length; j++) {
            double x = at[j];
            int from = lowerBound(s, x - KERNEL_REACH * h);
            double sum = 0;
            for (int i = from; i < s.length && s[i] <= x + KERNEL_REACH * h; i++) {
                double z = (x - s[i]) / h;
                sum += Math.exp(-0.5 * z * z);
            }
            out[j] = sum * norm;
        }
        return out;
    }

    private static HistogramSeries series(String name, double[] values, double[] edges, double[] grid, Scale scale) {
        int bins = Math.max(0, edges.length - 1);
        int[] counts = new int[bins];
        if (bins > 0) {
            for (double v : values) {
                counts[bin(v, edges)]++;
            }
        }
        double width = bins == 0 ? Double.NaN : (edges[bins] - edges[0]) / bins;
        int n = values.length;
        double[] heights = new double[bins];
        for (int i = 0; i < bins; i++) {
            heights[i] = scale == Scale.COUNT ? counts[i] : n == 0 ? 0 : counts[i] / (n * width);
        }
        double h = n < 2 ? Double.NaN : scottBandwidth(values);
        double[] curve = new double[0];
        if (grid.length > 0 && h > 0) {
            curve = kde(values, h, grid);
            if (scale == Scale.COUNT) {
                for (int j = 0; j < curve.length; j++) {
                    curve[j] *= n * width;
                }
            }
        } else {
            h = Double.NaN;
        }
        return new HistogramSeries(name, n, counts, heights, h, curve);
    }

    /** Bin of {@code v} as numpy: scaled index, corrected against the edges; the last bin is closed. */
    private static int bin(double v, double[] edges) {
        int bins = edges.length - 1;
        double first = edges[0];
        double last = edges[bins];
        int i = (int) ((v - first) / (last - first) * bins);
        if (i >= bins) {
            i = bins - 1;
        }
        if (i < 0) {
            i = 0;
        }
        if (v < edges[i] && i > 0) {
            i--;
        } else if (i < bins - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    /** numpy's edges: {@code bins + 1} points from min to max, or min - 0.5 to max + 0.5 when they are equal. */
    private static double[] edges(double min, double max, int bins) {
        if (min == max) {
            return linspace(min - 0.5, max + 0.5, bins + 1);
        }
        return linspace(min, max, bins + 1);
    }

    /** {@code count} evenly spaced points from {@code a} to {@code b} inclusive, as numpy {@code linspace}. */
    static double[] linspace(double a, double b, int count) {
        double[] out = new double[count];
        double step = (b - a) / (count - 1);
        for (int i = 0; i < count; i++) {
            out[i] = a + i * step;
        }
        out[count - 1] = b;
        return out;
    }

    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
