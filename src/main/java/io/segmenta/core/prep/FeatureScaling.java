package io.segmenta.core.prep;

import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Stats;
import io.segmenta.core.math.Quantiles;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Preparation stage: scaling. On the rows segmented, constant features (and, for robust scaling,
 * numeric features with an IQR of 0) are left out with a message, never a divide by zero; the
 * scaler (standard, min-max, robust or none) is fitted and applied.
 */
final class FeatureScaling extends PrepStage {
    FeatureScaling(PrepRun run) {
        super(run);
    }

    /**
     * The scaled matrix of the segmented rows.
     *
     * @param used   the encoded features kept, as positions in the raw features
     * @param center each kept feature's centre
     * @param scale  each kept feature's scale
     */
    record Scaled(int[] used, double[] center, double[] scale, DataMatrix matrix) {
    }

    /** Rows scaled at a time: with 16 features, 256 kB of the matrix. */
    private static final int SCALE_BLOCK = 2048;

    /** Fits the scaler on the raw values at {@code usedIdx} and scales them. */
    Scaled apply(EncodedRows raw, int[] usedIdx, List<String> chosen) {
        List<EncodedFeature> rawFeatures = raw.features();
        int r = rawFeatures.size();
        List<Integer> usedFeatures = new ArrayList<>();
        List<String> unscaledIndicators = new ArrayList<>();
        List<Double> centers = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        boolean allRows = PrepStage.isEveryRow(usedIdx, raw.values().length == 0 ? 0 : raw.values()[0].length);
        for (int j = 0; j < r; j++) {
            EncodedFeature f = rawFeatures.get(j);
            // the values the scaler is fitted on: every row used needs no copy (on 10,000,000 rows a copy is 80 MB a
            // feature); otherwise one feature's copy at a time, dropped once its centre and scale are known
            double[] v;
            if (allRows) {
                v = raw.values()[j];
            } else {
                v = new double[usedIdx.length];
                for (int i = 0; i < usedIdx.length; i++) {
                    v[i] = raw.values()[j][usedIdx[i]];
                }
            }
            double mean = Stats.mean(v);
            double variance = Stats.populationVariance(v, mean);
            if (variance == 0.0) {
                excluded.add(constant(f, v[0]));
                continue;
            }
            double c;
            double s;
            switch (spec.scaling()) {
                case STANDARD -> {
                    c = mean;
                    s = Math.sqrt(variance);
                }
                case MINMAX -> {
                    double[] range = Stats.range(v);
                    c = range[0];
                    s = range[1] - range[0];
                }
                case ROBUST -> {
                    c = Quantiles.median(v, v.length);
                    double[] quartiles = Quantiles.selectAll(v, 0.25, 0.75);
                    s = quartiles[1] - quartiles[0];
                    if (s == 0) {
                        if (f.isNumeric()) {
                            excluded.add(new ExcludedFeature(f.name(), ExclusionReason.ZERO_IQR, describe(f)
                                    + " has an interquartile range of 0 (at least half the segmented customers have "
                                    + Texts.number(c) + "), so robust scaling cannot scale it and it is left out. "
                                    + "Choose standard or min-max scaling to keep it."));
                            continue;
                        }
                        s = 1;
                        unscaledIndicators.add(f.name());
                    }
                }
                default -> {
                    c = 0;
                    s = 1;
                }
            }
            usedFeatures.add(j);
            centers.add(c);
            scales.add(s);
        }
        if (usedFeatures.isEmpty()) {
            throw run.noneVaries(chosen);
        }
        if (!unscaledIndicators.isEmpty()) {
            hints.add("Robust scaling leaves " + Texts.count(unscaledIndicators.size(), "indicator", "indicators")
                    + " with an interquartile range of 0 centred on their median and unscaled, as scikit-learn's "
                    + "RobustScaler does: " + String.join(", ", unscaledIndicators) + ".");
        }
        int d = usedFeatures.size();
        int[] used = usedFeatures.stream().mapToInt(Integer::intValue).toArray();
        double[] center = centers.stream().mapToDouble(Double::doubleValue).toArray();
        double[] scale = scales.stream().mapToDouble(Double::doubleValue).toArray();
        int m = usedIdx.length;
        double[] matrix = new double[m * d];
        // a block of rows at a time, feature by feature within it: the block's part of the matrix stays in the core's
        // cache while each feature is written into it (feature by feature over all rows wrote the whole matrix d times)
        for (int from = 0; from < m; from += SCALE_BLOCK) {
            int to = Math.min(m, from + SCALE_BLOCK);
            for (int j = 0; j < d; j++) {
                double[] v = raw.values()[used[j]];
                double c = center[j];
                double s = scale[j];
                for (int i = from; i < to; i++) { // (usedIdx is 0..m-1 when every row is used)
                    matrix[i * d + j] = (v[usedIdx[i]] - c) / s;
                }
            }
        }
        return new Scaled(used, center, scale, new DataMatrix(m, d, matrix));
    }

    private static ExcludedFeature constant(EncodedFeature f, double value) {
        String sentence = f.isIndicator()
                ? "Indicator \"" + f.name() + "\" is " + Texts.number(value) + " for every segmented customer and is "
                + "left out: it cannot tell customers apart."
                : describe(f) + " has the same value (" + NumericColumn.formatNumber(value) + ") for every segmented "
                + "customer and is left out: it cannot tell customers apart.";
        return new ExcludedFeature(f.name(), ExclusionReason.CONSTANT, sentence);
    }
}
