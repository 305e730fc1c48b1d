package io.segmenta.core.model;

import io.segmenta.core.cluster.Algorithm;

/**
 * How a model places a prepared customer (a row in the training matrix's units) in a segment:
 * {@link CentroidAssignment} (k-means; hierarchical, by nearest centroid), {@link MixtureAssignment}
 * (Gaussian mixture, most probable component) or {@link CoreAssignment} (DBSCAN, a core customer
 * within eps). Implementations are immutable and safe to share between threads.
 */
public sealed interface Assignment permits CentroidAssignment, MixtureAssignment, CoreAssignment {
    /** The label of a customer in no segment (DBSCAN noise). */
    int NOISE = -1;

    /** The clustering method the model was trained with. */
    Algorithm algorithm();

    /** Number of segments. */
    int k();

    /** Number of prepared features. */
    int cols();

    /** The rule in one line, for people (e.g. "nearest segment centre"). */
    String rule();

    /**
     * The segment of the prepared customer at {@code x[offset..offset+cols)}, or {@link #NOISE}.
     *
     * @param probabilities filled with the k membership probabilities (mixtures); may be null, and is
     *                      left untouched by the other methods
     */
    int assign(double[] x, int offset, double[] probabilities);
}
