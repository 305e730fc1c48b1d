package io.segmenta.core;

import io.segmenta.core.cluster.Algorithm;

/**
 * One run in a side-by-side comparison of segmentations ({@link Comparison#table}).
 *
 * @param label             the run's label, e.g. "Run 2"
 * @param algorithm         the method
 * @param method            the method with its parameters, e.g. "hierarchical (Ward), k = 5"
 * @param features          the prepared features, comma separated
 * @param k                 segments found
 * @param customers         customers clustered (noise included)
 * @param noise             DBSCAN noise customers (0 otherwise)
 * @param wcss              within-segment sum of squares (noise left out)
 * @param silhouette        mean silhouette (noise left out); NaN where undefined
 * @param silhouetteSampled whether the silhouette was estimated on a sample
 * @param calinskiHarabasz  higher is better; NaN where undefined
 * @param daviesBouldin     lower is better; NaN where undefined
 * @param bic               Gaussian mixture BIC; NaN for the other methods
 * @param aic               Gaussian mixture AIC; NaN for the other methods
 */
public record ComparisonRow(String label, Algorithm algorithm, String method, String features, int k, int customers,
        int noise, double wcss, double silhouette, boolean silhouetteSampled, double calinskiHarabasz,
        double daviesBouldin, double bic, double aic) {
}
