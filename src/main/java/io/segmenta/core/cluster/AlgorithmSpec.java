package io.segmenta.core.cluster;

/**
 * The clustering method and its parameters, as an immutable value: one of {@link KMeansSpec},
 * {@link HierarchicalSpec}, {@link DbscanSpec}, {@link GmmSpec}. {@link Clusterers#fit} runs any of
 * them and returns a {@link Clustering}.
 */
public sealed interface AlgorithmSpec permits KMeansSpec, HierarchicalSpec, DbscanSpec, GmmSpec {
    /** Which method. */
    Algorithm algorithm();

    /**
     * The number of segments asked for; 0 when the method finds it (DBSCAN, or hierarchical cut by
     * height).
     */
    int k();

    /** The same method and parameters with another number of segments (sweeps); DBSCAN returns itself. */
    AlgorithmSpec withK(int k);

    /** One line for people, e.g. "hierarchical (Ward), k = 5" or "DBSCAN, eps 0.4, min samples 5". */
    String describe();

    /**
     * The method with its usual parameters, for a chooser: k-means and Gaussian mixture (full
     * covariance) with automatic starts, Ward linkage, and DBSCAN with scikit-learn's defaults
     * (eps 0.5, min samples 5; DBSCAN ignores k).
     */
    static AlgorithmSpec defaults(Algorithm algorithm, int k) {
        return switch (algorithm) {
            case KMEANS -> KMeansSpec.of(k);
            case HIERARCHICAL -> HierarchicalSpec.byK(Linkage.WARD, k);
            case DBSCAN -> new DbscanSpec(DbscanSpec.DEFAULT_EPS, DbscanSpec.DEFAULT_MIN_SAMPLES);
            case GMM -> GmmSpec.of(k);
        };
    }
}
