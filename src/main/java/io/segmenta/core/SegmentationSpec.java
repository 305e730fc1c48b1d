package io.segmenta.core;

import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.prep.PrepSpec;
import java.util.List;
import java.util.Objects;

/**
 * Every choice of one segmentation, as an immutable value: the same spec on the same data gives
 * the same result in the window, on the command line and when reopened.
 *
 * @param prep      features and their preparation
 * @param algorithm the clustering method and its parameters ({@link io.segmenta.core.cluster.KMeansSpec},
 *                  {@link io.segmenta.core.cluster.HierarchicalSpec}, {@link io.segmenta.core.cluster.DbscanSpec},
 *                  {@link io.segmenta.core.cluster.GmmSpec})
 * @param seed      random seed of k-means++ and of the Gaussian mixture's starts (hierarchical
 *                  clustering and DBSCAN are deterministic)
 */
public record SegmentationSpec(PrepSpec prep, AlgorithmSpec algorithm, long seed) {
    /** The default seed, as in the window and the command line. */
    public static final long DEFAULT_SEED = 42;

    public SegmentationSpec {
        Objects.requireNonNull(prep, "prep");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** k-means with {@code k} segments and {@code starts} k-means++ starts (0 = automatic). */
    public SegmentationSpec(PrepSpec prep, int k, long seed, int starts) {
        this(prep, new KMeansSpec(k, starts), seed);
    }

    /** k-means on standard-scaled features, automatic starts. */
    public static SegmentationSpec of(List<String> features, int k, long seed) {
        return new SegmentationSpec(PrepSpec.standard(features), KMeansSpec.of(k), seed);
    }

    /** Any method on standard-scaled features. */
    public static SegmentationSpec of(List<String> features, AlgorithmSpec algorithm, long seed) {
        return new SegmentationSpec(PrepSpec.standard(features), algorithm, seed);
    }

    /** The number of segments asked for; 0 when the method finds it (DBSCAN, hierarchical cut by height). */
    public int k() {
        return algorithm.k();
    }
}
