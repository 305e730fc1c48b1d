package io.segmenta.core.model;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Linkage;
import java.util.Objects;

/**
 * Nearest segment centre (Euclidean, prepared units; an exact tie goes to the lower segment id).
 *
 * <p>For k-means this is the rule that made the training labels: k-means ends with every customer
 * at its nearest centre, so the training customers get their training segments back. For
 * hierarchical clustering it is an approximation documented as such: agglomerative segments are
 * not Voronoi cells (a Ward segment can reach past the midpoint between two centres), so a few
 * training customers may sit nearer another segment's centre; {@link #trainingAgreement} is the
 * share of training customers whose nearest centre is their own segment's.
 *
 * @param algorithm         k-means or hierarchical
 * @param linkage           hierarchical: the linkage used in training; null for k-means
 * @param centroids         k x d centres, row-major, prepared units
 * @param k                 number of segments
 * @param trainingAgreement share (0 to 1) of training customers this rule puts in their training segment
 */
public record CentroidAssignment(Algorithm algorithm, Linkage linkage, double[] centroids, int k,
                                 double trainingAgreement) implements Assignment {
    public CentroidAssignment {
        Objects.requireNonNull(algorithm, "algorithm");
        if (algorithm != Algorithm.KMEANS && algorithm != Algorithm.HIERARCHICAL) {
            throw new IllegalArgumentException("nearest centre serves k-means and hierarchical, not " + algorithm);
        }
        if (k < 1 || centroids.length % k != 0 || centroids.length == 0) {
            throw new IllegalArgumentException(centroids.length + " centroid values for k = " + k);
        }
        centroids = centroids.clone();
    }

    @Override
    public int cols() {
        return centroids.length / k;
    }

    @Override
    public String rule() {
        return algorithm == Algorithm.KMEANS ? "nearest segment centre (the k-means rule)"
                : "nearest segment centre (an approximation of the " + (linkage == null ? "" : linkage.label() + " ")
                + "hierarchical segments)";
    }

    @Override
    public int assign(double[] x, int offset, double[] probabilities) {
        int d = centroids.length / k;
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int s = 0; s < k; s++) {
            double sum = 0;
            int o = s * d;
            for (int j = 0; j < d; j++) {
                double t = x[offset + j] - centroids[o + j];
                sum += t * t;
            }
            if (sum < bestDist) {
                bestDist = sum;
                best = s;
            }
        }
        return best;
    }

    /** A copy of the centres. */
    @Override
    public double[] centroids() {
        return centroids.clone();
    }
}
