package io.segmenta.core.cluster;

/**
 * A k-means clustering.
 *
 * @param k          number of segments
 * @param labels     segment of every row, 0..k-1, renumbered so that segment 0 is the largest (ties:
 *                   by centroid in lexicographic order)
 * @param centroids  k x cols row-major centroids in the units of the input matrix, in the same order
 * @param wcss       within-cluster sum of squares (scikit-learn's inertia): the sum over rows of the
 *                   squared distance to their centroid
 * @param iterations Lloyd iterations of the best start
 * @param sizes      rows per segment, descending
 * @param starts     number of k-means++ starts that were run
 */
public record KMeansResult(int k, int[] labels, double[] centroids, double wcss, int iterations, int[] sizes,
        int starts) {

    /** A copy of centroid {@code segment}. */
    public double[] centroid(int segment) {
        int d = centroids.length / k;
        double[] c = new double[d];
        System.arraycopy(centroids, segment * d, c, 0, d);
        return c;
    }
}
