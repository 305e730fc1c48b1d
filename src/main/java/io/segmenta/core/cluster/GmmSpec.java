package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Objects;

/**
 * Gaussian mixture ({@link GaussianMixture}) fitted by EM from k-means starts.
 *
 * @param k          number of components (segments), at least 1
 * @param covariance full or diagonal covariance per component
 * @param starts     number of starts (scikit-learn's {@code n_init}), the highest likelihood kept; 0
 *                   chooses automatically ({@link GaussianMixture#autoStarts})
 */
public record GmmSpec(int k, Covariance covariance, int starts) implements AlgorithmSpec {
    public GmmSpec {
        Objects.requireNonNull(covariance, "covariance");
        if (k < 1) {
            throw new SegmentaException("The number of mixture components k must be at least 1 (got " + k + ").");
        }
        if (starts < 0) {
            throw new SegmentaException("The number of starts must be 0 (automatic) or more (got " + starts + ").");
        }
    }

    /** k components, full covariance, automatic starts. */
    public static GmmSpec of(int k) {
        return new GmmSpec(k, Covariance.FULL, 0);
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.GMM;
    }

    @Override
    public GmmSpec withK(int newK) {
        return new GmmSpec(newK, covariance, starts);
    }

    @Override
    public String describe() {
        return "Gaussian mixture (" + covariance.label() + " covariance), k = " + k;
    }
}
