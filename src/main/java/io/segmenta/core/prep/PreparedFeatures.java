package io.segmenta.core.prep;

import io.segmenta.core.cluster.DataMatrix;
import java.util.List;

/**
 * The clustering input built from a dataset by {@link FeaturePreparer}.
 *
 * @param matrix      prepared (encoded and scaled) values, one row per clustered customer
 * @param features    what each matrix column is
 * @param datasetRows for each matrix row, the dataset row it comes from (ascending)
 * @param center      per feature, the value subtracted before scaling (mean, minimum, median, or 0)
 * @param scale       per feature, the divisor after centring (population std, range, IQR, or 1)
 * @param rowsDropped dataset rows left out because a feature with the "drop" choice was missing
 * @param notes       what preparation did that the user should know, in plain words ({@link PreparationReport#sentences()})
 * @param report      the same as numbers: per choice, the cells and rows it touched
 * @param fitted      the fitted preparation, to prepare new customers the same way
 */
public record PreparedFeatures(DataMatrix matrix, List<EncodedFeature> features, int[] datasetRows, double[] center,
                               double[] scale, int rowsDropped, List<String> notes, PreparationReport report,
                               FittedPreparation fitted) {
    public PreparedFeatures {
        features = List.copyOf(features);
        notes = List.copyOf(notes);
    }

    /** Number of clustered customers. */
    public int rows() {
        return matrix.rows();
    }

    /** Number of prepared features. */
    public int cols() {
        return matrix.cols();
    }

    /** Dataset rows left out as outliers (kept in exports, marked, without a segment). */
    public int rowsExcluded() {
        return report.rowsExcludedOutliers();
    }

    /** The flagged customers (kept or excluded), in table order. */
    public List<FlaggedRow> outliers() {
        return report.outliers().rows();
    }

    public List<String> featureNames() {
        return features.stream().map(EncodedFeature::name).toList();
    }

    /** The distinct dataset columns behind the features, in order. */
    public List<String> sourceColumns() {
        return features.stream().map(EncodedFeature::sourceColumn).distinct().toList();
    }

    /** Converts a prepared row (e.g. a centroid) back to original units. */
    public double[] toOriginal(double[] prepared) {
        double[] out = new double[prepared.length];
        for (int j = 0; j < prepared.length; j++) {
            out[j] = prepared[j] * scale[j] + center[j];
        }
        return out;
    }

    /** Converts {@code k} row-major prepared rows (e.g. all centroids) back to original units. */
    public double[] rowsToOriginal(double[] preparedRows) {
        int d = cols();
        double[] out = new double[preparedRows.length];
        for (int i = 0; i < preparedRows.length; i++) {
            int j = i % d;
            out[i] = preparedRows[i] * scale[j] + center[j];
        }
        return out;
    }
}
