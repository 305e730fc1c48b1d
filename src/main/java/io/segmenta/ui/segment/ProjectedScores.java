package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.project.PcaResult;
import java.util.Arrays;
import java.util.Objects;

/**
 * A segmentation's first principal components as its scatters draw them, made by the run's background job
 * so the JavaFX thread only hands them on: each component's score per dataset row (NaN where a row was
 * not segmented), each segment's mean score (the centre the scatters mark) and each component's range
 * (kept by {@link ScatterMapping}). On 10,000,000 customers spreading the scores over the rows, averaging
 * them per segment and finding their ranges kept the window from painting for half a second after a run.
 *
 * @param pca    the PCA of the segmented features
 * @param scores per component, its score per dataset row
 * @param means  per component, its mean per segment ({@link ScatterData#groupMeans})
 */
record ProjectedScores(PcaResult pca, double[][] scores, double[][] means) {
    /** The scatters' default views use the first three components. */
    static final int COMPONENTS = 3;

    ProjectedScores {
        Objects.requireNonNull(pca, "pca");
        if (scores.length != means.length) {
            throw new IllegalArgumentException("one mean per component: " + scores.length + " and " + means.length);
        }
    }

    /** The first {@value #COMPONENTS} (or fewer) components of {@code r}, spread over {@code datasetRows} rows. */
    static ProjectedScores of(SegmentationResult r, PcaResult pca, int datasetRows) {
        double[][] prepared = pca.scores(r.features().matrix(), COMPONENTS);
        double[][] scores = new double[prepared.length][];
        double[][] means = new double[prepared.length][];
        for (int c = 0; c < prepared.length; c++) {
            scores[c] = toDatasetRows(prepared[c], r.features().datasetRows(), datasetRows);
            prepared[c] = null; // one component's prepared copy at a time
            means[c] = ScatterData.groupMeans(scores[c], r.segmentOfRow(), r.k());
            ScatterMapping.rememberRange(scores[c]);
        }
        return new ProjectedScores(pca, scores, means);
    }

    /** The values of the prepared rows placed at their dataset rows; NaN elsewhere. */
    static double[] toDatasetRows(double[] preparedValues, int[] rows, int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (int i = 0; i < rows.length; i++) {
            out[rows[i]] = preparedValues[i];
        }
        return out;
    }
}
