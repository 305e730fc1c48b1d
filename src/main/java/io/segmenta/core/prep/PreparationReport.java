package io.segmenta.core.prep;

import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the preparation did, as numbers and as sentences: per feature the missing-value
 * choice and the cells and rows it touched, the features left out and why, merged rare levels,
 * derived features with their references, outliers with their reasons, and the rows used.
 *
 * @param rowsIn               rows of the table
 * @param rowsDroppedMissing   rows left out because a feature with the "drop" choice was missing
 * @param rowsLeftOutLog       rows left out because a log-transformed feature lies below -1 (the analyst's
 *                             choice {@link PrepSpec#logLeaveOut()})
 * @param logLeftOutSentence   what {@code rowsLeftOutLog} counts, per feature, in words; null when 0
 * @param rowsExcludedOutliers rows left out as outliers (action exclude)
 * @param rowsUsed             rows in the clustering matrix
 * @param scaling              the scaler
 * @param missing              per feature with missing cells, what was done
 * @param cellsImputed         cells filled in, all features together
 * @param rowsImputed          rows with at least one filled cell
 * @param excluded             features left out (all missing, one level, constant, IQR 0)
 * @param merges               rare levels merged into "Other"
 * @param derived              derived features
 * @param outliers             outlier detection ({@link OutlierReport#NONE} when off)
 * @param hints                suggestions that changed nothing (e.g. rare levels that could be merged)
 */
public record PreparationReport(int rowsIn, int rowsDroppedMissing, int rowsLeftOutLog, String logLeftOutSentence,
                                int rowsExcludedOutliers, int rowsUsed,
                                Scaling scaling, List<MissingValueReport> missing, int cellsImputed, int rowsImputed,
                                List<ExcludedFeature> excluded, List<LevelMerge> merges,
                                List<DerivedFeatureReport> derived, OutlierReport outliers, List<String> hints) {
    public PreparationReport {
        missing = List.copyOf(missing);
        excluded = List.copyOf(excluded);
        merges = List.copyOf(merges);
        derived = List.copyOf(derived);
        hints = List.copyOf(hints);
    }

    /** The summary sentence about dropped rows, or null when none were dropped. */
    public String droppedSentence() {
        if (rowsDroppedMissing == 0) {
            return null;
        }
        List<String> cols = missing.stream().filter(m -> m.rowsDropped() > 0).map(MissingValueReport::feature).toList();
        return Texts.grouped(rowsDroppedMissing) + (rowsDroppedMissing == 1 ? " row has" : " rows have")
                + " a missing value in "
                + String.join(", ", cols) + " and " + (rowsDroppedMissing == 1 ? "is" : "are")
                + " left out of the segmentation (no segment in the export).";
    }

    /**
     * Every effect in words, in pipeline order: dropped rows, filled cells, derived features,
     * merged levels, left-out features, outliers, then hints. Empty when the preparation changed
     * nothing worth saying.
     */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        String dropped = droppedSentence();
        if (dropped != null) {
            out.add(dropped);
        }
        if (logLeftOutSentence != null) {
            out.add(logLeftOutSentence);
        }
        for (MissingValueReport m : missing) {
            if (m.cellsFilled() > 0 || m.used().method() != m.asked().method()) {
                out.add(m.sentence());
            }
        }
        derived.forEach(d -> out.add(d.sentence()));
        merges.forEach(m -> out.add(m.sentence()));
        excluded.forEach(e -> out.add(e.sentence()));
        if (!outliers.sentence().isEmpty()) {
            out.add(outliers.sentence());
        }
        out.addAll(outliers.skipped());
        out.addAll(hints);
        return out;
    }
}
