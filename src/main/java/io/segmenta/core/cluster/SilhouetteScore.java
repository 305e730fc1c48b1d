package io.segmenta.core.cluster;

/**
 * A mean silhouette.
 *
 * @param value      mean silhouette, -1..1
 * @param sampled    true when computed on a random sample of rows rather than all of them
 * @param sampleSize number of rows it was computed on
 */
public record SilhouetteScore(double value, boolean sampled, int sampleSize) {
}
