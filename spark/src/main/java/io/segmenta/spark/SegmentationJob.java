package io.segmenta.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.GaussianMixture;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.model.DistanceProfile;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * One segmentation on Spark: the preparation fitted at scale and applied by the core, MLlib's
 * clustering, every customer labelled by the core's assignment rule, the segments numbered by size
 * as the core numbers them, and the figures the model file and the profiles need, from
 * distributed aggregations.
 */
final class SegmentationJob {
    /** Percentile grid accuracy for the distance profiles of large segments (relative rank error 1/accuracy). */
    static final int PERCENTILE_ACCURACY = 10_000;

    /**
     * The outcome.
     *
     * @param labelled  the table with the prepared vector, outlier reason, segment (0-based), probability, distance
     * @param centroids per segment, the mean of its members (k x d, prepared units)
     */
    record Outcome(SparkTable table, SegmentationSpec spec, Clusterer.Method method, int runs,
                   PreparationFitter.Prepared prepared, Dataset<Row> labelled, SegmentRule rule, double[] centroids,
                   long[] sizes, long segmented, long dropped, long excluded, Map<String, Double> metrics,
                   DistanceProfile[] distances) {
        int k() {
            return sizes.length;
        }
    }

    private SegmentationJob() {
    }

    static Outcome run(SparkSession spark, SparkTable table, SegmentationSpec spec, Clusterer.Method method) {
        PreparationFitter.Prepared prepared = PreparationFitter.fit(spark, table, spec.prep());
        Dataset<Row> rows = RowPreparation.apply(spark, table.rows(), new PrepRecipe(prepared.fitted()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> vectors = rows.select(RowPreparation.FEATURES).where(col(RowPreparation.FEATURES).isNotNull())
                .persist(StorageLevel.MEMORY_AND_DISK());
        long n = vectors.count();
        int k = spec.k();
        if (k > n) {
            throw new SegmentaException("k = " + k + " is larger than the " + n + " customers that can be segmented. "
                    + "Choose k of at most " + n + ".");
        }
        int runs = Clusterer.runs(spec.algorithm() instanceof io.segmenta.core.cluster.KMeansSpec km ? km.starts()
                : ((io.segmenta.core.cluster.GmmSpec) spec.algorithm()).starts(), n, method);
        Clusterer.Fitted fitted = Clusterer.fit(vectors, method, k, spec.seed(), runs);

        // number the segments by size, as the core does, then label every row by the reordered rule
        Dataset<Row> first = Labelling.label(spark, vectors, fitted.rule(), null);
        long[] rawSizes = sizes(first, k);
        int[] order = Labelling.bySize(rawSizes, fitted.rule());
        SegmentRule rule = fitted.rule().reordered(order);
        double[] centroids = rule.mixture() ? memberMeans(first, order, rule) : rule.centers();
        vectors.unpersist();
        Dataset<Row> labelled = Labelling.label(spark, rows, rule, centroids).persist(StorageLevel.MEMORY_AND_DISK());

        Row counts = labelled.agg(count(lit(1)),
                sum(when(col(Labelling.SEGMENT).isNotNull(), 1).otherwise(0)),
                sum(when(col(RowPreparation.FEATURES).isNull().and(col(RowPreparation.OUTLIER).isNull()), 1)
                        .otherwise(0)),
                sum(when(col(RowPreparation.FEATURES).isNull().and(col(RowPreparation.OUTLIER).isNotNull()), 1)
                        .otherwise(0))).first();
        rows.unpersist(); // the labelled table, now cached, holds every column
        long segmented = counts.getLong(1);
        long[] sizes = sizes(labelled, k);
        Map<String, Double> metrics = new LinkedHashMap<>();
        DistanceProfile[] distances = new DistanceProfile[k];
        double wcss = fit(labelled, sizes, centroids, rule, spec.seed(), distances, metrics);
        if (rule.mixture()) {
            int d = rule.cols();
            int p = GaussianMixture.parameters(k, d, Covariance.FULL);
            double ll = fitted.objective();
            metrics.put("bic", -2 * ll + p * Math.log(segmented));
            metrics.put("aic", -2 * ll + 2.0 * p);
            metrics.put("log_likelihood", ll);
        }
        metrics.put("wcss", wcss);
        return new Outcome(table, spec, method, fitted.runs(), prepared, labelled, rule, centroids, sizes, segmented,
                counts.getLong(2), counts.getLong(3), reorder(metrics), distances);
    }

    /** wcss first, then the validity indices, then the mixture's figures: the order of the model file. */
    private static Map<String, Double> reorder(Map<String, Double> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("wcss", m.get("wcss"));
        Validity.putIndices(m.getOrDefault("silhouette", Double.NaN), m.getOrDefault("calinski_harabasz", Double.NaN),
                m.getOrDefault("davies_bouldin", Double.NaN), out::put);
        for (String key : List.of("bic", "aic", "log_likelihood")) {
            if (m.containsKey(key) && Double.isFinite(m.get(key))) {
                out.put(key, m.get(key));
            }
        }
        return out;
    }

    private static long[] sizes(Dataset<Row> labelled, int k) {
        long[] sizes = new long[k];
        for (Row r : labelled.where(col(Labelling.SEGMENT).isNotNull()).groupBy(Labelling.SEGMENT).count()
                .collectAsList()) {
            sizes[r.getInt(0)] = r.getLong(1);
        }
        return sizes;
    }

    /** A mixture's segment centres: its members' means (the component mean for a component without members). */
    private static double[] memberMeans(Dataset<Row> first, int[] order, SegmentRule rule) {
        int k = rule.k();
        int d = rule.cols();
        double[] out = rule.centers().clone();
        int[] newOf = new int[k];
        for (int s = 0; s < k; s++) {
            newOf[order[s]] = s;
        }
        for (Row r : first.groupBy(Labelling.SEGMENT).agg(Summarizer.mean(col(RowPreparation.FEATURES)))
                .collectAsList()) {
            double[] mean = ((Vector) r.get(1)).toArray();
            System.arraycopy(mean, 0, out, newOf[r.getInt(0)] * d, d);
        }
        return out;
    }

    /**
     * The within-segment sum of squares, each segment's distance profile, and the indices that
     * come from aggregates (Calinski-Harabasz, Davies-Bouldin); the silhouette on a sample.
     */
    private static double fit(Dataset<Row> labelled, long[] sizes, double[] centroids, SegmentRule rule, long seed,
                              DistanceProfile[] distances, Map<String, Double> metrics) {
        int k = sizes.length;
        int d = rule.cols();
        double[] grid = new double[DistanceProfile.GRID];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (double) i / (DistanceProfile.GRID - 1);
        }
        Column dist = col(Labelling.DISTANCE);
        Dataset<Row> members = labelled.where(col(Labelling.SEGMENT).isNotNull());
        double wcss = 0;
        double[] meanDistance = new double[k];
        for (Row r : members.groupBy(Labelling.SEGMENT).agg(sum(dist.multiply(dist)), avg(dist),
                functions.percentile_approx(dist, lit(grid), lit(PERCENTILE_ACCURACY))).collectAsList()) {
            int s = r.getInt(0);
            wcss += r.getDouble(1);
            meanDistance[s] = r.getDouble(2);
            if (sizes[s] > DistanceProfile.EXACT_LIMIT) {
                List<Double> q = r.getList(3);
                distances[s] = new DistanceProfile((int) sizes[s], q.stream().mapToDouble(Double::doubleValue).toArray(),
                        false);
            }
        }
        // small segments keep every distance, as the core does
        int[] small = java.util.stream.IntStream.range(0, k).filter(s -> sizes[s] <= DistanceProfile.EXACT_LIMIT)
                .toArray();
        if (small.length > 0) {
            double[][] byS = new double[k][];
            int[] filled = new int[k];
            for (int s : small) {
                byS[s] = new double[(int) sizes[s]];
            }
            Object[] wanted = Arrays.stream(small).boxed().toArray();
            for (Row r : members.where(col(Labelling.SEGMENT).isin(wanted)).select(Labelling.SEGMENT, Labelling.DISTANCE)
                    .collectAsList()) {
                int s = r.getInt(0);
                byS[s][filled[s]++] = r.getDouble(1);
            }
            for (int s : small) {
                distances[s] = DistanceProfile.of(byS[s]);
            }
        }
        long n = Arrays.stream(sizes).sum();
        double[] grand = new double[d];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < d; j++) {
                grand[j] += centroids[s * d + j] * sizes[s] / n;
            }
        }
        double between = 0;
        for (int s = 0; s < k; s++) {
            between += sizes[s] * squared(centroids, s * d, grand, 0, d);
        }
        metrics.put("calinski_harabasz", k > 1 && n > k && wcss > 0 ? (between / (k - 1)) / (wcss / (n - k))
                : Double.NaN);
        double db = 0;
        for (int i = 0; i < k; i++) {
            double worst = 0;
            for (int j = 0; j < k; j++) {
                if (j != i) {
                    double m = Math.sqrt(squared(centroids, i * d, centroids, j * d, d));
                    worst = Math.max(worst, m == 0 ? 0 : (meanDistance[i] + meanDistance[j]) / m);
                }
            }
            db += worst;
        }
        metrics.put("davies_bouldin", k > 1 ? db / k : Double.NaN);
        metrics.put("silhouette", SampledSilhouette.score(SampledSilhouette.sample(labelled, seed), rule));
        return wcss;
    }

    private static double squared(double[] a, int ao, double[] b, int bo, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double t = a[ao + j] - b[bo + j];
            sum += t * t;
        }
        return sum;
    }
}
