package io.segmenta.core.explore;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A histogram of one numeric column with equal-width bins, optionally split into groups that share
 * the bins, plus Gaussian kernel density curves on a common grid. A chart plots the numbers as they
 * are: bar {@code i} spans {@code edge(i)} to {@code edge(i + 1)} with height
 * {@code series.height(i)}; the curve joins {@code (grid(j), series.curve(j))}. When the column has
 * no values there are no bins and no grid points.
 *
 * @param column   column name
 * @param edges    bin edges, ascending (bins + 1 of them)
 * @param rule     how the bin count was chosen, or null when it was given
 * @param scale    what the heights and curves measure
 * @param missing  missing cells (not counted)
 * @param grid     x positions of the density curves: evenly spaced from the smallest to the largest value
 * @param all      every present value
 * @param grouping name of the split ("Genre", "Segment"), or null when not split
 * @param groups   one series per group in group order (empty groups included, with n = 0), or empty
 */
public record HistogramResult(String column, double[] edges, Histogram.BinRule rule, Histogram.Scale scale,
                              int missing, double[] grid, HistogramSeries all, String grouping,
                              List<HistogramSeries> groups) {
    public HistogramResult {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(all, "all");
        edges = edges.clone();
        grid = grid.clone();
        groups = List.copyOf(groups);
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    @Override
    public double[] grid() {
        return grid.clone();
    }

    /** Number of bins. */
    public int binCount() {
        return Math.max(0, edges.length - 1);
    }

    /** Left edge of bin {@code i}; {@code edge(binCount())} is the right edge of the last bin. */
    public double edge(int i) {
        return edges[i];
    }

    /** Width of every bin (NaN without bins). */
    public double binWidth() {
        return edges.length < 2 ? Double.NaN : (edges[edges.length - 1] - edges[0]) / (edges.length - 1);
    }

    /** Number of grid points of the curves. */
    public int gridSize() {
        return grid.length;
    }

    /** Grid point {@code j}. */
    public double grid(int j) {
        return grid[j];
    }

    /** True when split into groups. */
    public boolean isSplit() {
        return grouping != null;
    }

    /** Largest bar or curve value over the whole series and every group (for a shared y axis). */
    public double maxHeight() {
        double m = all.maxHeight();
        for (HistogramSeries s : groups) {
            m = Math.max(m, s.maxHeight());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistogramResult h && column.equals(h.column) && Arrays.equals(edges, h.edges)
                && rule == h.rule && scale == h.scale && missing == h.missing && Arrays.equals(grid, h.grid)
                && all.equals(h.all) && Objects.equals(grouping, h.grouping) && groups.equals(h.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, rule, scale, missing, all, grouping, groups) * 31 + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        return "HistogramResult[" + column + ", " + binCount() + " bins, " + scale + (grouping == null ? ""
                : ", by " + grouping) + "]";
    }
}
