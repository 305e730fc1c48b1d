package io.segmenta.spark;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.model.Assignment;
import io.segmenta.core.model.CentroidAssignment;
import io.segmenta.core.model.MixtureAssignment;
import java.io.Serializable;

/**
 * How a prepared customer gets its segment, as plain values Spark can ship: the nearest of k
 * centres (k-means, bisecting k-means) or the most probable component of a full-covariance Gaussian
 * mixture. {@link #assignment()} is the core's own rule, the one the model file stores, so every
 * customer the job labels is labelled as the desktop, {@code segmenta predict} and
 * {@code segmenta serve} would label it.
 *
 * @param mixture     whether this is a Gaussian mixture
 * @param k           segments
 * @param centers     centres (k x d, row-major) for the centre rule; component means for a mixture
 * @param weights     mixture weights (null for the centre rule)
 * @param covariances mixture covariances, k x d x d (null for the centre rule)
 */
record SegmentRule(boolean mixture, int k, double[] centers, double[] weights, double[] covariances)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    int cols() {
        return centers.length / k;
    }

    /** The core's assignment (build once per task; it is immutable and thread-safe). */
    Assignment assignment() {
        return mixture ? new MixtureAssignment(Covariance.FULL, weights, centers, covariances)
                : new CentroidAssignment(Algorithm.KMEANS, null, centers, k, 1.0);
    }

    /** The same rule with segment {@code order[s]} as the new segment s. */
    SegmentRule reordered(int[] order) {
        int d = cols();
        double[] c = new double[centers.length];
        double[] w = weights == null ? null : new double[k];
        double[] cov = covariances == null ? null : new double[covariances.length];
        for (int s = 0; s < k; s++) {
            int from = order[s];
            System.arraycopy(centers, from * d, c, s * d, d);
            if (w != null) {
                w[s] = weights[from];
                System.arraycopy(covariances, from * d * d, cov, s * d * d, d * d);
            }
        }
        return new SegmentRule(mixture, k, c, w, cov);
    }
}
