package io.segmenta.core.model;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.math.PrecisionCholesky;
import java.util.Objects;

/**
 * A Gaussian mixture: the customer's membership probability of every component, and the most
 * probable component as its segment (ties: the lower id). Scoring repeats the arithmetic of
 * Segmenta's EM (scikit-learn's {@code predict_proba}) step for step: the Cholesky factor of each
 * covariance, its inverse by forward substitution, the log-determinant and the log-weights, then
 * the log-densities normalised by log-sum-exp. Training customers therefore get exactly their
 * training probabilities and segments back.
 */
public final class MixtureAssignment implements Assignment {
    private final Covariance covariance;
    private final double[] weights;
    private final double[] means;
    private final double[] covariances;
    private final int k;
    private final int d;
    /** Full: inverse lower Cholesky factor per component, k x d x d. Diagonal: 1 / sd, k x d. */
    private final double[] precChol;
    private final double[] logDet;
    private final double[] logWeights;

    /**
     * @param covariance  full or diagonal
     * @param weights     mixing weight per component (k), positive
     * @param means       component means, k x d row-major, prepared units
     * @param covariances k x d x d (full) or k x d (diagonal) covariances, regularisation included
     * @throws IllegalArgumentException naming the component whose parameters cannot be used (sizes,
     *                                  a weight that is not positive, a covariance that is not positive definite)
     */
    public MixtureAssignment(Covariance covariance, double[] weights, double[] means, double[] covariances) {
        this.covariance = Objects.requireNonNull(covariance, "covariance");
        this.weights = weights.clone();
        this.means = means.clone();
        this.covariances = covariances.clone();
        this.k = weights.length;
        if (k < 1 || means.length == 0 || means.length % k != 0) {
            throw new IllegalArgumentException(means.length + " mean values do not fit " + k + " components");
        }
        this.d = means.length / k;
        boolean full = covariance == Covariance.FULL;
        int per = full ? d * d : d;
        if (covariances.length != k * per) {
            throw new IllegalArgumentException(covariances.length + " covariance values do not fit " + k
                    + " components of " + d + " features");
        }
        logWeights = new double[k];
        for (int c = 0; c < k; c++) {
            if (!(weights[c] > 0) || !Double.isFinite(weights[c])) {
                throw new IllegalArgumentException("the weight of component " + (c + 1) + " is " + weights[c]
                        + "; weights must be positive");
            }
            logWeights[c] = Math.log(weights[c]);
        }
        if (full) {
            requireSymmetric();
        }
        precChol = new double[k * per];
        logDet = new double[k];
        int failed = PrecisionCholesky.compute(full, this.covariances, k, d, precChol, logDet);
        if (failed >= 0) {
            throw notPositiveDefinite(failed);
        }
    }

    private void requireSymmetric() {
        for (int c = 0; c < k; c++) {
            int o = c * d * d;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) {
                    if (covariances[o + a * d + b] != covariances[o + b * d + a]) {
                        throw new IllegalArgumentException("the covariance of component " + (c + 1)
                                + " is not symmetric");
                    }
                }
            }
        }
    }

    private static IllegalArgumentException notPositiveDefinite(int c) {
        return new IllegalArgumentException("the covariance of component " + (c + 1) + " is not positive definite");
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.GMM;
    }

    @Override
    public int k() {
        return k;
    }

    @Override
    public int cols() {
        return d;
    }

    @Override
    public String rule() {
        return "most probable mixture component (" + covariance.label() + " covariance)";
    }

    public Covariance covariance() {
        return covariance;
    }

    /** A copy of the mixing weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** A copy of the component means, k x d. */
    public double[] means() {
        return means.clone();
    }

    /** A copy of the covariances, k x d x d (full) or k x d (diagonal). */
    public double[] covariances() {
        return covariances.clone();
    }

    /**
     * {@inheritDoc} Allocates nothing when {@code probabilities} is given (it holds the
     * log-densities on the way).
     */
    @Override
    public int assign(double[] x, int offset, double[] probabilities) {
        double[] w = probabilities != null ? probabilities : new double[k];
        boolean full = covariance == Covariance.FULL;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            w[c] = PrecisionCholesky.weightedLogDensity(full, precChol, logDet, logWeights, means, c, d, x, offset);
            max = Math.max(max, w[c]);
        }
        double s = 0;
        for (int c = 0; c < k; c++) {
            s += Math.exp(w[c] - max);
        }
        double norm = Math.log(s) + max;
        int best = 0;
        double bestP = -1;
        for (int c = 0; c < k; c++) {
            double p = Math.exp(w[c] - norm);
            w[c] = p;
            if (p > bestP) {
                bestP = p;
                best = c;
            }
        }
        return best;
    }
}
