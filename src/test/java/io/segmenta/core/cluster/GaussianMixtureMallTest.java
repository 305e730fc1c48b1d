package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Gaussian mixtures of the Mall data against scikit-learn's GaussianMixture.
 *
 * <p>The reference is {@code GaussianMixture(k, covariance_type="full", random_state=42, n_init=20)}
 * (scikit-learn 1.2.1: these settings reproduce all eight reference BIC values exactly; n_init=10
 * misses k = 3 and 4 by 3% and 2%). It is the best of 20 k-means-initialised starts, not the best
 * mixture: with more starts scikit-learn itself finds lower BIC values at k = 3 (1104.9) and k = 7
 * (1070.9).
 */
class GaussianMixtureMallTest {
    /**
     * Initial segments of the start scikit-learn kept for each k (k = 1..8, one digit per customer):
     * <pre>
     * rs = check_random_state(42)
     * for init in range(20):
     *     labels = KMeans(n_clusters=k, n_init=1, random_state=rs).fit(X).labels_
     *     # then GaussianMixture._initialize from one-hot labels and EM as in fit_predict;
     *     # the start with the highest lower bound is kept
     * </pre>
     */
    private static final String[] SKLEARN_INITIAL_LABELS = {
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
        "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001010101010101010101010101010101010101010101010101010101010101011101110111111",
        "01010101010101010101010101010101010101010101011111111111111111111111111111111111111111111111111111111111111111111111111111121212121212121212121212121212121212121212121212121212121212122212121212222222",
        "22222222222222222222222222222222222222222222222222222222111111111111111111111111111111111111111111111111111111111111111111130313030313030303031303030303030303030303030303030303030303030303030303030303",
        "23232323232323232323232323232323232323232320230000000000000000000000000000000000000000000000000000000000000000000000000000041404141404141414140414141414141414141414141414141414141414141414141414141414",
        "24242424242424242424242424242424242424242421241111111111111111111111111111111111111111111111111111111111111111111111111111103010303010303030301030303030303030303030303030303030303035353535353535353535",
        "53235323232323235353532323535323232323535350530555000005000000000000000000000000000000000000000000000000000000000000000000046464646464646464640464646464646464646464646464646464646414141414141414141414",
        "42424242424242424242424242424242424242426266466666666666666666666666666666666660660066666000000000000000000000000000000000010501353505313535310131053131353135350131353135353131353131313137373737373737",
    };

    private static int[] digits(String s) {
        return s.chars().map(c -> c - '0').toArray();
    }

    @Test
    void emFromScikitLearnsInitialSegmentsGivesItsBicAndAicExactly() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        JsonNode ref = SharedData.mallReference().path("gmm_income_spending_standardized_full");
        assertEquals(8, ref.size());
        for (JsonNode point : ref) {
            int k = point.path("k").asInt();
            Clustering c = GaussianMixture.fitFrom(x, new GmmSpec(k, Covariance.FULL, 1),
                    digits(SKLEARN_INITIAL_LABELS[k - 1]));
            MixtureDetails m = c.mixture().orElseThrow();
            assertEquals(point.path("bic").asDouble(), m.bic(), 1e-9 * m.bic(), "BIC at k = " + k);
            assertEquals(point.path("aic").asDouble(), m.aic(), 1e-9 * m.aic(), "AIC at k = " + k);
            assertEquals(k * 5 + k - 1, m.parameters());
            for (int i = 0; i < x.rows(); i++) {
                double sum = 0;
                for (int s = 0; s < k; s++) {
                    sum += m.probability(i, s);
                }
                assertEquals(1, sum, 1e-12);
                assertEquals(m.maxProbability(i), m.probability(i, c.labels()[i]), 0.0);
            }
        }
    }

    /**
     * Segmenta's own seeded starts (automatic: 100 on this table) reach scikit-learn's BIC within 1%,
     * or a lower BIC (a better mixture) where scikit-learn's 20 starts missed it, and the same
     * minimum at k = 4.
     */
    @Test
    void seededStartsFindTheReferenceMixturesOrBetterAndTheMinimumAtFour() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        JsonNode ref = SharedData.mallReference().path("gmm_income_spending_standardized_full");
        int bestK = -1;
        double bestBic = Double.POSITIVE_INFINITY;
        for (JsonNode point : ref) {
            int k = point.path("k").asInt();
            Clustering c = GaussianMixture.fit(x, new GmmSpec(k, Covariance.FULL, 0), 42, ProgressListener.NONE,
                    CancellationToken.NONE);
            double bic = c.bic();
            double want = point.path("bic").asDouble();
            assertTrue(bic <= want * 1.01, "BIC at k = " + k + ": " + bic + " vs scikit-learn " + want);
            if (bic < bestBic) {
                bestBic = bic;
                bestK = k;
            }
        }
        assertEquals(4, bestK, "BIC minimum");
        assertEquals(1055.5142462454212, bestBic, 0.01 * bestBic);
    }

    @Test
    void automaticStartsFollowTheCost() {
        assertEquals(100, GaussianMixture.autoStarts(200, 2, 8));
        assertEquals(46, GaussianMixture.autoStarts(2_216, 13, 5));
        assertEquals(4, GaussianMixture.autoStarts(100_000, 6, 5));
        assertEquals(1, GaussianMixture.autoStarts(1_000_000, 6, 5));
        assertEquals(27, GaussianMixture.parameters(4, 3, Covariance.DIAGONAL));
        assertEquals(39, GaussianMixture.parameters(4, 3, Covariance.FULL));
    }
}
