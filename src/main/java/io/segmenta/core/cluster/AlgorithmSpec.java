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
}
