package io.segmenta.core.model;

import io.segmenta.core.SegmentationSpec;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a model was trained on and how well it did.
 *
 * @param table           the training table's name (e.g. Mall_Customers.csv)
 * @param tableRows       rows of the training table
 * @param segmentedRows   training customers in the clustering (noise included)
 * @param rowsDropped     rows left out for a missing value
 * @param rowsExcluded    rows left out as outliers
 * @param trained         when the model was made
 * @param seed            the segmentation's random seed
 * @param metrics         validity and fit figures by name (wcss, silhouette, calinski_harabasz,
 *                        davies_bouldin; noise for DBSCAN; bic, aic, log_likelihood for mixtures),
 *                        finite values only, in that order
 * @param spec            every choice of the segmentation
 * @param segmentaVersion the Segmenta version that made the model ("development build" from classes)
 */
public record TrainingSummary(String table, int tableRows, int segmentedRows, int rowsDropped, int rowsExcluded,
                              Instant trained, long seed, Map<String, Double> metrics, SegmentationSpec spec,
                              String segmentaVersion) {
    public TrainingSummary {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(trained, "trained");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(segmentaVersion, "segmentaVersion");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A metric, NaN when the model does not have it. */
    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }
}
