package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.Silhouette;
import io.segmenta.core.model.Assignment;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The standard silhouette (Euclidean distances, scikit-learn's {@code silhouette_score}) computed by
 * the core's {@link Silhouette} on a seeded sample of at most {@value Silhouette#EXACT_LIMIT}
 * prepared customers, the same rows for every k of a sweep. MLlib's {@code ClusteringEvaluator}
 * computes a variant on squared distances; Segmenta shows the standard one, so figures match the
 * desktop's.
 */
final class SampledSilhouette {
    private SampledSilhouette() {
    }

    /** A seeded sample of the prepared vectors of {@code rows} (those without one are left out). */
    static DataMatrix sample(Dataset<Row> rows, long seed) {
        Dataset<Row> vectors = rows.select(RowPreparation.FEATURES).where(col(RowPreparation.FEATURES).isNotNull());
        long n = vectors.count();
        int limit = Silhouette.EXACT_LIMIT;
        Dataset<Row> chosen = n <= limit ? vectors
                : vectors.sample(false, Math.min(1.0, 1.2 * limit / n), seed).limit(limit);
        List<Row> picked = chosen.collectAsList();
        if (picked.isEmpty()) {
            return new DataMatrix(0, 0, new double[0]);
        }
        int d = ((Vector) picked.get(0).get(0)).size();
        double[] values = new double[picked.size() * d];
        for (int i = 0; i < picked.size(); i++) {
            System.arraycopy(((Vector) picked.get(i).get(0)).toArray(), 0, values, i * d, d);
        }
        return new DataMatrix(picked.size(), d, values);
    }

    /** The mean silhouette of the sample labelled by {@code rule}; NaN when fewer than two segments are in it. */
    static double score(DataMatrix sample, SegmentRule rule) {
        if (sample.rows() < 2) {
            return Double.NaN;
        }
        Assignment a = rule.assignment();
        int[] labels = new int[sample.rows()];
        double[] p = rule.mixture() ? new double[rule.k()] : null;
        for (int i = 0; i < labels.length; i++) {
            labels[i] = a.assign(sample.values(), i * sample.cols(), p);
        }
        try {
            return Silhouette.mean(sample, labels, rule.k());
        } catch (SegmentaException e) {
            return Double.NaN;
        }
    }
}
