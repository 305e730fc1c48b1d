package io.segmenta.core.cluster;

/**
 * Gaussian mixture specifics, components in segment order (component s is segment s).
 *
 * @param covariance     full or diagonal
 * @param probabilities  soft membership, rows x k row-major: the probability that customer i
 *                       belongs to component s (each row sums to 1); the label is the most
 *                       probable component
 * @param weights        mixing weight of each component (sum 1)
 * @param means          component means, k x d row-major, in prepared units
 * @param covariances    component covariances in prepared units: k x d x d row-major (full) or
 *                       k x d variances (diagonal), regularisation included
 * @param logLikelihood  total log-likelihood of the rows under the fitted mixture
 * @param parameters     free parameters (scikit-learn's {@code _n_parameters()})
 * @param bic            Bayesian information criterion, -2 logL + parameters x ln(rows); lower is better
 * @param aic            Akaike information criterion, -2 logL + 2 x parameters; lower is better
 * @param iterations     EM iterations of the best start
 * @param converged      whether the best start converged (lower bound change below the tolerance)
 * @param starts         starts that were run
 */
public record MixtureDetails(Covariance covariance, double[] probabilities, double[] weights, double[] means,
        double[] covariances, double logLikelihood, int parameters, double bic, double aic, int iterations,
        boolean converged, int starts) implements ClusteringDetails {

    /** Number of components. */
    public int k() {
        return weights.length;
    }

    /** Probability that row {@code row} belongs to component {@code segment}. */
    public double probability(int row, int segment) {
        return probabilities[row * weights.length + segment];
    }

    /** The probability of the row's own (most probable) component. */
    public double maxProbability(int row) {
        int k = weights.length;
        double best = 0;
        for (int s = 0; s < k; s++) {
            best = Math.max(best, probabilities[row * k + s]);
        }
        return best;
    }
}
