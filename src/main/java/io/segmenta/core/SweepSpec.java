package io.segmenta.core;

import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.prep.PrepSpec;
import java.util.List;
import java.util.Objects;

/**
 * A sweep to choose k: the method of {@code algorithm} run for every k in [kMin, kMax] on the same
 * prepared features (k-means, hierarchical, Gaussian mixture). For DBSCAN, which has no k, the
 * sweep computes the k-distance chart for {@code algorithm}'s min samples instead, and kMin and kMax
 * are not used.
 *
 * @param algorithm the method and its other parameters; its own k is replaced by each k of the sweep
 */
public record SweepSpec(PrepSpec prep, AlgorithmSpec algorithm, int kMin, int kMax, long seed) {
    public SweepSpec {
        Objects.requireNonNull(prep, "prep");
        Objects.requireNonNull(algorithm, "algorithm");
        if (kMin < 1) {
            throw new SegmentaException("The smallest k of a sweep must be at least 1 (got " + kMin + ").");
        }
        if (kMax < kMin) {
            throw new SegmentaException("The largest k (" + kMax + ") is smaller than the smallest k (" + kMin + ").");
        }
    }

    /** A k-means sweep with {@code starts} k-means++ starts per k (0 = automatic). */
    public SweepSpec(PrepSpec prep, int kMin, int kMax, long seed, int starts) {
        this(prep, new KMeansSpec(kMin, starts), kMin, kMax, seed);
    }

    /** A k-means sweep on standard-scaled features, automatic starts. */
    public static SweepSpec of(List<String> features, int kMin, int kMax, long seed) {
        return new SweepSpec(PrepSpec.standard(features), kMin, kMax, seed, 0);
    }

    /** The k-distance chart for DBSCAN with {@code minSamples} on standard-scaled features. */
    public static SweepSpec kDistance(List<String> features, int minSamples) {
        return new SweepSpec(PrepSpec.standard(features), new DbscanSpec(1, minSamples), 1, 1,
                SegmentationSpec.DEFAULT_SEED);
    }
}
