/**
 * The segmentation model file and the placement of new customers.
 *
 * <p>{@link io.segmenta.core.model.ModelBuilder} makes a {@link io.segmenta.core.model.SegmentModel}
 * from a finished segmentation; {@link io.segmenta.core.model.ModelFile} writes it as JSON and reads
 * it back (Jackson's tree model: plain values only, no type information, nothing in the file names a
 * class or runs); {@link io.segmenta.core.model.SegmentModel#predict} places one customer and
 * {@link io.segmenta.core.model.BatchPredictor} a whole CSV file.
 *
 * <h2>The file, version 1</h2>
 * <pre>
 * format        "segmenta-model"
 * version       1 (a later version is refused with a message asking for a newer Segmenta)
 * training      table, table_rows, segmented_rows, rows_dropped, rows_excluded, date (ISO instant),
 *               seed, segmenta_version, metrics {wcss, silhouette, calinski_harabasz, davies_bouldin,
 *               noise (DBSCAN), bic, aic, log_likelihood (mixtures)}, spec {prep {features, scaling,
 *               missing {default, per_feature}, categorical {drop_first, rare_min_count, rare_min_share},
 *               derived [{column, kind, reference_date | reference_year}], outliers {method, parameter,
 *               action, seed}, log [features log1p-transformed; absent when none], log_below_minus_one ("leave out": customers below -1 in a logged feature were left out of the segmentation by the analyst's choice, and a new such customer is refused with that reason; absent, or "refuse", when the column was refused)}, algorithm {method, k, starts | linkage, height | eps, min_samples |
 *               covariance}, seed}
 * inputs[]      the input schema, one per column a customer needs:
 *               number/date: column, kind ("number" | "date"), feature, derivation (null | "tenure" |
 *               "age"), reference_date and date_pattern (tenure), reference_year (age), missing
 *               ("drop" | "mean" | "median" | "most-frequent" | "constant"), fill (null when
 *               dropped), log1p (true when the value, filled, becomes log(1 + value); absent when not: files
 *               written before it load unchanged), min, max (training range of the feature value), integral
 *               category: column, kind "category", levels {seen level: encoded level (rare levels map
 *               to "Other")}, indicators [encoded levels with a 0/1 feature], missing, fill
 * preparation   raw_features (what the inputs produce, in order), used (raw feature of each prepared
 *               feature), features (their names), scaling, center[], scale[] ((x - center) / scale),
 *               outliers {method, parameter, action, seed; IQR and z-score: checked, names, lower,
 *               upper (+ mean, std); Isolation Forest: threshold, names, mean, std
 *               (to name the most unusual feature), subsample, trees [{feature[], value[]} in
 *               pre-order: feature -1 marks a leaf whose value is its size, else value is the
 *               threshold below which a customer goes left]}
 * assignment    method; rule (in words); k-means and hierarchical: centroids[k][d],
 *               training_agreement (+ linkage); gmm: covariance, weights[k], means[k][d],
 *               covariances[k][d][d] or [k][d]; dbscan: eps, min_samples, core_points[m][d] in
 *               training-table order, core_segments[m] (1-based)
 * segments[]    id (1-based), name, description, colour (palette index), size, share,
 *               centroid[d] (prepared units), distances {members, exact, values (sorted distances
 *               to the centre, or 1,001 quantiles for segments above 1,000 customers)}
 * noise         DBSCAN: {name, size}
 * explanation   optional, descriptive only (never changes a prediction): drivers [{feature, measure
 *               ("eta_squared" | "cramers_v"), value (0 to 1)}] strongest first, warnings [{kind (e.g.
 *               "repeats_column", "skewed_amount"; a kind this Segmenta does not know is kept as it is),
 *               subject (absent for the whole result), message}] of the training segmentation, as in
 *               {@code cluster --json}. Absent in files written before it (read as no drivers); readers
 *               that predate it ignore it like any field they do not know, so the version stays 1.
 * notes[]       what a user of the model should know, in words (not read back)
 * </pre>
 *
 * <h2>Assignment rules</h2>
 * k-means: nearest centre (the rule that made the training labels, so training customers get them
 * back exactly). Gaussian mixture: the most probable component, with the EM's own arithmetic (exact
 * probabilities). DBSCAN: the segment of a core customer within eps, the first segment the training
 * scan reached when several are (how scikit-learn labels a border customer), else noise; exact for
 * every training customer. Hierarchical: nearest segment centre, an approximation (agglomerative
 * segments are not Voronoi cells); the model records the share of training customers it gives back
 * (on the Mall income and spending, k = 5: Ward 98.0%, complete 98.5%, average 99.0%, single 85.5%).
 *
 * <p>Every outlier rule travels with the model (IQR fences, z-scores, the Isolation Forest's trees
 * and threshold) and flags new customers exactly as in training.
 */
package io.segmenta.core.model;
