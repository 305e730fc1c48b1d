package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Column;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.math.Quantiles;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Preparation stage: outliers. The rule (IQR fences or z-scores on the numeric features, or an
 * Isolation Forest on all) is fitted on the encoded, unscaled values of the kept rows; the rows it
 * flags are reported and, where the analyst asks, excluded from the segmentation.
 */
final class OutlierDetection extends PrepStage {
    /** At most this many flagged customers are named in the summary sentence. */
    private static final int NAMED_OUTLIERS = 10;

    OutlierDetection(PrepRun run) {
        super(run);
    }

    /** A fitted outlier rule with what it found on the training rows; {@code excludedIdx} positions in the kept rows. */
    record OutlierFit(OutlierRule rule, OutlierReport report, List<Integer> excludedIdx) {
    }

    /**
     * The fitted rule and the rows segmented: {@code usedRows} in the dataset, {@code usedIdx} their
     * positions in the kept rows.
     */
    record Outcome(OutlierFit fit, int[] usedRows, int[] usedIdx) {
    }

    /** Fits the outlier rule on the kept rows' raw features and leaves out the rows to exclude. */
    Outcome apply(EncodedRows raw, int[] kept) {
        OutlierPolicy policy = spec.outliers();
        OutlierFit outliers = fit(policy, raw.features(), raw.values(), kept);
        int[] usedRows = kept;
        int[] usedIdx = indexRange(kept.length);
        if (!outliers.excludedIdx.isEmpty()) {
            boolean[] out = new boolean[kept.length];
            outliers.excludedIdx.forEach(i -> out[i] = true);
            usedIdx = rowsWhere(out, false);
            usedRows = new int[usedIdx.length];
            for (int i = 0; i < usedIdx.length; i++) {
                usedRows[i] = kept[usedIdx[i]];
            }
            if (usedRows.length == 0) {
                throw new SegmentaException("Every customer is flagged as an outlier (" + policy.describe()
                        + ") and excluded, so none is left to segment. Keep the outliers or choose a looser rule.");
            }
        }
        return new Outcome(outliers, usedRows, usedIdx);
    }

    private OutlierFit fit(OutlierPolicy policy, List<EncodedFeature> features, double[][] raw, int[] kept) {
        if (policy.isOff()) {
            return new OutlierFit(new OutlierRule.None(), OutlierReport.NONE, List.of());
        }
        int r = features.size();
        int rows = kept.length;
        List<String> skipped = new ArrayList<>();
        OutlierRule rule;
        double[] scores = null;
        double threshold = Double.NaN;
        if (policy.method() == OutlierMethod.ISOLATION_FOREST) {
            if (rows < 2) {
                throw new SegmentaException("Isolation Forest needs at least 2 customers to compare; there "
                        + (rows == 1 ? "is 1" : "are " + rows) + ". Choose another outlier method or none.");
            }
            IsolationForest forest = IsolationForest.fit(raw, rows, policy.seed(), cancel);
            double[] mean = new double[r];
            double[] std = new double[r];
            for (int j = 0; j < r; j++) {
                mean[j] = Stats.mean(raw[j]);
                std[j] = Math.sqrt(Stats.populationVariance(raw[j], mean[j]));
            }
            scores = forest.score(raw, rows, cancel);
            threshold = Quantiles.selectAll(scores, 1 - policy.parameter())[0];
            rule = new OutlierRule.Forest(policy, forest, threshold, features.stream().map(EncodedFeature::name)
                    .toList(), mean, std);
        } else {
            List<Integer> checked = new ArrayList<>();
            List<Double> lower = new ArrayList<>();
            List<Double> upper = new ArrayList<>();
            List<Double> means = new ArrayList<>();
            List<Double> stds = new ArrayList<>();
            double t = policy.parameter();
            // the numeric features' quartiles, a feature per core on large tables (selection on a copy of each)
            double[][] quartiles = new double[r][];
            if (policy.method() == OutlierMethod.IQR) {
                Parallel.forEach(r, rows >= 100_000, j -> quartiles[j] = features.get(j).isNumeric()
                        ? Quantiles.selectAll(raw[j], 0.25, 0.75) : null);
            }
            for (int j = 0; j < r; j++) {
                EncodedFeature f = features.get(j);
                if (!f.isNumeric()) {
                    continue;
                }
                if (policy.method() == OutlierMethod.IQR) {
                    double q1 = quartiles[j][0];
                    double q3 = quartiles[j][1];
                    double iqr = q3 - q1;
                    if (iqr == 0) {
                        skipped.add(f.name() + " is not checked for outliers: its interquartile range is 0 (at least "
                                + "half the customers have " + Texts.number(q1) + "), so the fences would flag every "
                                + "other value.");
                        continue;
                    }
                    lower.add(q1 - t * iqr);
                    upper.add(q3 + t * iqr);
                } else {
                    double mean = Stats.mean(raw[j]);
                    double std = Math.sqrt(Stats.populationVariance(raw[j], mean));
                    if (std == 0) {
                        skipped.add(f.name() + " is not checked for outliers: it has the same value for every "
                                + "customer.");
                        continue;
                    }
                    means.add(mean);
                    stds.add(std);
                    lower.add(mean - t * std);
                    upper.add(mean + t * std);
                }
                checked.add(j);
            }
            boolean z = policy.method() == OutlierMethod.ZSCORE;
            rule = new OutlierRule.Fences(policy, checked.stream().mapToInt(Integer::intValue).toArray(),
                    checked.stream().map(j -> features.get(j).name()).toList(), toArray(lower), toArray(upper),
                    z ? toArray(means) : null, z ? toArray(stds) : null);
        }

        // flag the rows with the rule, exactly as a later transform will
        Column id = FittedPreparation.identifier(data);
        FlaggedRows.Builder flaggedRows = FlaggedRows.builder(id, rule, r);
        List<Integer> excludedIdx = new ArrayList<>();
        double[] row = new double[r];
        List<FenceReport> fences = new ArrayList<>();
        int[] perFence = rule instanceof OutlierRule.Fences f ? new int[f.features().length] : new int[0];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < r; j++) {
                row[j] = raw[j][i];
            }
            // the forest's scores are already known (IsolationForest.score of the same row)
            if (scores != null ? scores[i] > threshold : rule.flags(row)) {
                boolean excluded = spec.outlierAction(kept[i]) == OutlierAction.EXCLUDE;
                flaggedRows.add(kept[i], row, scores != null ? scores[i] : rule.score(row), excluded);
                if (excluded) {
                    excludedIdx.add(i);
                }
                if (rule instanceof OutlierRule.Fences f) {
                    for (int k = 0; k < f.features().length; k++) {
                        if (f.outside(k, row[f.features()[k]])) {
                            perFence[k]++;
                        }
                    }
                }
            }
        }
        if (rule instanceof OutlierRule.Fences f) {
            for (int k = 0; k < f.features().length; k++) {
                fences.add(new FenceReport(f.names().get(k), f.lower()[k], f.upper()[k], perFence[k]));
            }
        }
        FlaggedRows flagged = flaggedRows.build();
        String sentence = outlierSentence(policy, flagged, rows, fences.isEmpty() && rule instanceof OutlierRule.Fences);
        return new OutlierFit(rule, new OutlierReport(policy, fences, threshold, skipped, flagged, sentence),
                excludedIdx);
    }

    private String outlierSentence(OutlierPolicy policy, FlaggedRows flagged, int rows, boolean nothingChecked) {
        if (nothingChecked) {
            return "Outliers (" + policy.describe() + "): no numeric feature could be checked.";
        }
        if (flagged.isEmpty()) {
            return "Outliers (" + policy.describe() + "): none among " + Texts.count(rows, "customer", "customers")
                    + ".";
        }
        List<String> names = flagged.stream().limit(NAMED_OUTLIERS).map(FlaggedRow::label).toList();
        String more = flagged.size() > NAMED_OUTLIERS
                ? String.format(Locale.ROOT, " and %,d more", flagged.size() - NAMED_OUTLIERS) : "";
        long excluded = flagged.excludedCount();
        String fate;
        if (excluded == flagged.size()) {
            fate = "left out of the segmentation and marked in the export.";
        } else if (excluded == 0) {
            fate = "kept in the segmentation and marked in the export.";
        } else {
            fate = "by the analyst's choice " + Texts.count(excluded, "left out of the segmentation",
                    "left out of the segmentation") + " and " + Texts.count(flagged.size() - excluded, "kept",
                    "kept") + ", all marked in the export.";
        }
        return "Outliers (" + policy.describe() + "): " + Texts.count(flagged.size(), "customer", "customers")
                + " flagged (" + String.join(", ", names) + more + "), " + fate;
    }

    private static int[] indexRange(int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = i;
        }
        return out;
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
