package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/**
 * DBSCAN ({@link Dbscan}) with scikit-learn's conventions.
 *
 * @param eps        neighbourhood radius in prepared (e.g. standardised) units; a customer at a
 *                   distance of exactly eps is a neighbour
 * @param minSamples customers within eps, the customer itself included, that make a core customer
 *                   (scikit-learn's {@code min_samples}); at least 1
 */
public record DbscanSpec(double eps, int minSamples) implements AlgorithmSpec {
    /** scikit-learn's default eps. */
    public static final double DEFAULT_EPS = 0.5;
    /** scikit-learn's default min_samples (the customer itself included). */
    public static final int DEFAULT_MIN_SAMPLES = 5;

    public DbscanSpec {
        if (!(eps > 0) || !Double.isFinite(eps)) {
            throw new SegmentaException("DBSCAN needs a radius eps greater than 0 (got " + eps + "). The k-distance"
                    + " chart suggests one.");
        }
        if (minSamples < 1) {
            throw new SegmentaException("DBSCAN needs min samples of at least 1 (got " + minSamples + "); it counts"
                    + " the customer itself, as scikit-learn's min_samples.");
        }
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.DBSCAN;
    }

    /** 0: DBSCAN finds the number of segments. */
    @Override
    public int k() {
        return 0;
    }

    @Override
    public DbscanSpec withK(int k) {
        return this;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "DBSCAN, eps %.4g, min samples %d", eps, minSamples);
    }
}
