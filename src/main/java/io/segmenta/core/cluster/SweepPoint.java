package io.segmenta.core.cluster;

/**
 * k-means at one k of a sweep.
 *
 * @param k                number of segments
 * @param wcss             within-cluster sum of squares of the best start
 * @param silhouette       mean silhouette (sampled above {@link Silhouette#EXACT_LIMIT} rows); NaN at
 *                         k = 1 and where every segment is a single customer
 * @param calinskiHarabasz Calinski-Harabasz index; NaN where the silhouette is
 * @param daviesBouldin    Davies-Bouldin index; NaN where the silhouette is
 * @param sizes            customers per segment, descending
 */
public record SweepPoint(int k, double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin,
        int[] sizes) {
}
