package io.segmenta.core.rfm;

import io.segmenta.core.cluster.AdjustedRand;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the RFM view shows of a customer table: customers and share per RFM segment with their mean
 * Recency, Frequency and Monetary, and the R x F grid of customer counts.
 *
 * @param segments  one row per RFM segment, in rule order (segments without customers included)
 * @param grid      customers with R score {@code r} and F score {@code f} at {@code grid[r - 1][f - 1]}
 * @param customers customers in the table
 */
public record RfmOverview(List<SegmentRow> segments, int[][] grid, int customers) {
    /** One RFM segment: its customers, share of all, and mean Recency, Frequency and Monetary (NaN when empty). */
    public record SegmentRow(RfmSegment segment, int customers, double share, double recency, double frequency,
                             double monetary) {
    }

    /** The overview of {@code table}, when it has the columns of a customer table (else empty). */
    public static Optional<RfmOverview> of(Dataset table) {
        if (!isCustomerTable(table)) {
            return Optional.empty();
        }
        CategoricalColumn seg = (CategoricalColumn) table.column(RfmColumns.SEGMENT);
        NumericColumn r = (NumericColumn) table.column(RfmColumns.R);
        NumericColumn f = (NumericColumn) table.column(RfmColumns.F);
        NumericColumn rec = (NumericColumn) table.column(RfmColumns.RECENCY);
        NumericColumn freq = (NumericColumn) table.column(RfmColumns.FREQUENCY);
        NumericColumn mon = (NumericColumn) table.column(RfmColumns.MONETARY);
        int s = RfmSegment.values().length;
        int[] count = new int[s];
        double[][] sums = new double[s][3];
        int[][] grid = new int[5][5];
        int n = table.rowCount();
        for (int i = 0; i < n; i++) {
            RfmSegment segment = segment(seg, i);
            if (segment == null) {
                continue;
            }
            int k = segment.ordinal();
            count[k]++;
            sums[k][0] += rec.get(i);
            sums[k][1] += freq.get(i);
            sums[k][2] += mon.get(i);
            int ri = (int) r.get(i);
            int fi = (int) f.get(i);
            if (ri >= 1 && ri <= 5 && fi >= 1 && fi <= 5) {
                grid[ri - 1][fi - 1]++;
            }
        }
        List<SegmentRow> rows = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            int k = segment.ordinal();
            double c = count[k];
            rows.add(new SegmentRow(segment, count[k], n == 0 ? 0 : c / n, count[k] == 0 ? Double.NaN : sums[k][0] / c,
                    count[k] == 0 ? Double.NaN : sums[k][1] / c, count[k] == 0 ? Double.NaN : sums[k][2] / c));
        }
        return Optional.of(new RfmOverview(rows, grid, n));
    }

    /** Whether {@code table} has the RFM columns of a customer table. */
    public static boolean isCustomerTable(Dataset table) {
        return table != null && table.hasColumn(RfmColumns.SEGMENT)
                && table.column(RfmColumns.SEGMENT) instanceof CategoricalColumn
                && List.of(RfmColumns.R, RfmColumns.F, RfmColumns.RECENCY, RfmColumns.FREQUENCY, RfmColumns.MONETARY)
                .stream().allMatch(c -> table.hasColumn(c) && table.column(c) instanceof NumericColumn);
    }

    private static RfmSegment segment(CategoricalColumn seg, int row) {
        String level = seg.level(row);
        if (level == null) {
            return null;
        }
        for (RfmSegment s : RfmSegment.values()) {
            if (s.label().equals(level)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The segments of a segmentation against the RFM segments: customers in each pair, and the
     * adjusted Rand index over the customers the segmentation placed (noise counts as a group).
     *
     * @param segmentOfRow per table row, the segment (0-based), or a negative value: -2 noise, -1 not segmented
     * @param k            number of segments
     * @return {@code counts[segment][rfm segment ordinal]}, noise in the last row when there is any
     */
    public static Comparison compare(Dataset table, int[] segmentOfRow, int k) {
        Column column = table.column(RfmColumns.SEGMENT);
        CategoricalColumn seg = (CategoricalColumn) column;
        boolean noise = false;
        for (int s : segmentOfRow) {
            noise |= s == -2;
        }
        int[][] counts = new int[k + (noise ? 1 : 0)][RfmSegment.values().length];
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < segmentOfRow.length; i++) {
            RfmSegment rfm = segment(seg, i);
            int s = segmentOfRow[i];
            if (rfm == null || s == -1 || s < -2) {
                continue;
            }
            int row = s == -2 ? k : s;
            counts[row][rfm.ordinal()]++;
            a.add(row);
            b.add(rfm.ordinal());
        }
        double ari = a.isEmpty() ? Double.NaN
                : AdjustedRand.index(a.stream().mapToInt(Integer::intValue).toArray(),
                b.stream().mapToInt(Integer::intValue).toArray());
        return new Comparison(counts, ari, a.size());
    }

    /**
     * @param counts    customers per (segment, RFM segment)
     * @param ari       adjusted Rand index between the two labellings
     * @param customers customers compared
     */
    public record Comparison(int[][] counts, double ari, int customers) {
    }
}
