package io.segmenta.core.cluster;

/**
 * k-means specifics.
 *
 * @param starts     k-means++ starts that were run
 * @param iterations Lloyd iterations of the best start
 */
public record KMeansDetails(int starts, int iterations) implements ClusteringDetails {
}
