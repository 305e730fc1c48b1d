package io.segmenta.ui.explore;

import io.segmenta.core.chart.Jitter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The figures of a pair plot: for each pair of chosen numeric columns the customers as points (all
 * of them, or a seeded random sample when there are more than {@link #MAX_POINTS}), and on the
 * diagonal each column's histogram over every customer, split by group when coloured.
 *
 * @param names     the chosen columns
 * @param values    {@code values[c][i]}: column c of shown customer i (NaN where missing)
 * @param group     group code of each shown customer (-1 for none); all -1 when not coloured
 * @param grouping  what the colours stand for ("Gender", "Segment"), or null
 * @param groups    group names by code (empty when not coloured)
 * @param diagonal  one histogram per column, over every customer
 * @param rows      customers in the table
 * @param seed      seed of the sample (used only when {@code shown() < rows})
 */
public record PairPlotData(List<String> names, double[][] values, int[] group, String grouping, List<String> groups,
                           List<HistogramResult> diagonal, int rows, long seed) {
    /** Most customers drawn as points; beyond, a seeded random sample is drawn. */
    public static final int MAX_POINTS = 5_000;
    /** Seed of the sample. */
    public static final long SEED = 42;
    /** Most bins of a diagonal histogram (the panels are small). */
    static final int MAX_DIAGONAL_BINS = 30;

    public PairPlotData {
        names = List.copyOf(names);
        groups = List.copyOf(groups);
        diagonal = List.copyOf(diagonal);
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(group, "group");
    }

    /** The columns whose points {@link #jittered} moves (few distinct values, {@link Jitter#amplitude}). */
    public List<String> discreteColumns() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < values.length; c++) {
            if (Jitter.amplitude(values[c]) > 0) {
                out.add(names.get(c));
            }
        }
        return out;
    }

    /**
     * The same figures with the points of each discrete column moved by {@link Jitter} (seeded by the
     * column's name, so a column jitters alike in every panel and every session); the diagonal
     * histograms stay exact.
     */
    public PairPlotData jittered() {
        double[][] moved = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            double amplitude = Jitter.amplitude(values[c]);
            moved[c] = amplitude > 0 ? Jitter.apply(values[c], amplitude, Jitter.seed(names.get(c))) : values[c];
        }
        return new PairPlotData(names, moved, group, grouping, groups, diagonal, rows, seed);
    }

    /** Customers drawn as points. */
    public int shown() {
        return group.length;
    }

    /** True when the points are a sample. */
    public boolean sampled() {
        return shown() < rows;
    }

    /** True when coloured by a category or by segment. */
    public boolean coloured() {
        return grouping != null;
    }

    /** Number of columns. */
    public int size() {
        return names.size();
    }

    /**
     * Collects the figures of {@code columns} of {@code data}, coloured by {@code colours} (or not,
     * when null).
     */
    public static PairPlotData of(Dataset data, List<String> columns, Grouping colours, ProgressListener progress,
                                  CancellationToken cancel) {
        int n = data.rowCount();
        int[] rows = sample(n, MAX_POINTS, SEED);
        double[][] values = new double[columns.size()][];
        List<HistogramResult> diagonal = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            cancel.throwIfCancelled();
            progress.progress((double) c / columns.size(), columns.get(c));
            NumericColumn col = (NumericColumn) data.column(columns.get(c));
            double[] v = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                v[i] = col.get(rows[i]);
            }
            values[c] = v;
            int bins = Math.min(MAX_DIAGONAL_BINS, Histogram.autoBins(Stats.sortedPresent(col), Histogram.BinRule.AUTO));
            diagonal.add(WholeNumberHistogram.applies(col)
                    ? WholeNumberHistogram.of(col, colours, bins, Histogram.Scale.COUNT, 0)
                    : Histogram.of(col, colours, new Histogram.Options(bins, Histogram.BinRule.AUTO,
                    Histogram.Scale.COUNT, 0)));
        }
        int[] group = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            group[i] = colours == null ? -1 : colours.code(rows[i]);
        }
        return new PairPlotData(columns, values, group, colours == null ? null : colours.name(),
                colours == null ? List.of() : colours.groups(), diagonal, n, SEED);
    }

    /**
     * {@code m} of the row indices 0..n-1 in ascending order, each equally likely (Knuth's selection
     * sampling, one pass), or every row when n <= m.
     */
    static int[] sample(int n, int m, long seed) {
        if (n <= m) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] out = new int[m];
        int chosen = 0;
        for (int i = 0; i < n && chosen < m; i++) {
            if (random.nextDouble() * (n - i) < m - chosen) {
                out[chosen++] = i;
            }
        }
        return out;
    }
}
