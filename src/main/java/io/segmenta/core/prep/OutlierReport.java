package io.segmenta.core.prep;

import java.util.List;

/**
 * What outlier detection found.
 *
 * @param policy    the method, parameter, action and seed
 * @param fences    per checked numeric feature, its bounds (IQR and z-score)
 * @param threshold Isolation Forest: the anomaly score above which customers are flagged; NaN otherwise
 * @param skipped   numeric features not checked, with the reason in words (e.g. an IQR of 0)
 * @param rows      the flagged customers, in table order
 * @param sentence  a summary in words
 */
public record OutlierReport(OutlierPolicy policy, List<FenceReport> fences, double threshold, List<String> skipped,
                           List<FlaggedRow> rows, String sentence) {
    public static final OutlierReport NONE = new OutlierReport(OutlierPolicy.NONE, List.of(), Double.NaN, List.of(),
            List.of(), "");

    public OutlierReport {
        fences = List.copyOf(fences);
        skipped = List.copyOf(skipped);
        rows = rows instanceof FlaggedRows kept ? kept : List.copyOf(rows); // unmodifiable already, made on demand
    }

    public int flaggedCount() {
        return rows.size();
    }

    /** Flagged customers left out of the segmentation. */
    public int excludedCount() {
        return rows instanceof FlaggedRows f ? f.excludedCount() : (int) rows.stream().filter(FlaggedRow::excluded).count();
    }
}
