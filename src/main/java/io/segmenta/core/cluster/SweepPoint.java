package io.segmenta.core.cluster;

/**
 * One k of a sweep (k-means, hierarchical or Gaussian mixture).
 *
 * @param k                number of segments
 * @param wcss             within-cluster sum of squares (k-means: of the best start)
 * @param silhouette       mean silhouette (sampled above {@link Silhouette#EXACT_LIMIT} rows); NaN at
 *                         k = 1 and where every segment is a single customer
 * @param calinskiHarabasz Calinski-Harabasz index; NaN where the silhouette is
 * @param daviesBouldin    Davies-Bouldin index; NaN where the silhouette is
 * @param sizes            customers per segment, descending
 * @param bic              Gaussian mixture BIC; NaN for the other methods
 * @param aic              Gaussian mixture AIC; NaN for the other methods
 */
public record SweepPoint(int k, double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin,
        int[] sizes, double bic, double aic) {

    /** A point without information criteria (k-means, hierarchical). */
    public SweepPoint(int k, double wcss, double silhouette, double calinskiHarabasz, double daviesBouldin,
            int[] sizes) {
        this(k, wcss, silhouette, calinskiHarabasz, daviesBouldin, sizes, Double.NaN, Double.NaN);
    }
}
