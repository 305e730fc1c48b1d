package io.segmenta.spark;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.KMeansSpec;
import java.util.Locale;
import org.apache.spark.ml.clustering.BisectingKMeans;
import org.apache.spark.ml.clustering.BisectingKMeansModel;
import org.apache.spark.ml.clustering.GaussianMixture;
import org.apache.spark.ml.clustering.GaussianMixtureModel;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.distribution.MultivariateGaussian;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark MLlib's clustering on the prepared vectors: k-means with k-means|| starts (several seeded
 * runs, the lowest within-segment sum of squares kept), bisecting k-means, or a Gaussian mixture
 * (full covariances; several seeded runs, the highest likelihood kept). Hierarchical clustering and
 * DBSCAN are refused: both compare every customer with every other one.
 */
final class Clusterer {
    /** Lloyd iterations of each k-means run (scikit-learn's default). */
    static final int KMEANS_ITERATIONS = 300;
    /** Centre movement at which a k-means run has converged (tight, so centres are the members' means). */
    static final double KMEANS_TOLERANCE = 1e-9;
    static final int GMM_ITERATIONS = 200;
    static final double GMM_TOLERANCE = 1e-4;
    /** Runs when --starts is 0: more on small tables, fewer on large ones. */
    static final int SMALL_TABLE = 100_000;

    /** The methods that run on Spark. */
    enum Method {
        KMEANS("kmeans", "k-means (MLlib, k-means|| starts)"),
        BISECTING("bisecting", "bisecting k-means (MLlib)"),
        GMM("gmm", "Gaussian mixture (MLlib, full covariances)");

        final String key;
        final String label;

        Method(String key, String label) {
            this.key = key;
            this.label = label;
        }

        /**
         * The method named on the command line.
         *
         * @throws SegmentaException for hierarchical and DBSCAN (saying why and what to use) or an unknown name
         */
        static Method parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            switch (t) {
                case "kmeans", "k-means":
                    return KMEANS;
                case "bisecting", "bisecting-kmeans":
                    return BISECTING;
                case "gmm":
                    return GMM;
                case "hierarchical":
                    throw new SegmentaException("Hierarchical clustering compares every pair of customers (memory and "
                            + "time grow with the square of the rows), so it does not run on Spark. Use --algorithm "
                            + "bisecting (a divisive hierarchy that scales) or kmeans; or cluster a sample on the desktop.");
                case "dbscan":
                    throw new SegmentaException("DBSCAN searches every customer's neighbourhood among all the others, "
                            + "which Spark MLlib does not offer at scale, so it does not run on Spark. Use --algorithm gmm "
                            + "(segments of different shapes and sizes) or kmeans; or run DBSCAN on a sample on the desktop.");
                default:
                    throw new SegmentaException("--algorithm \"" + text + "\" is not a method. Methods on Spark: kmeans, "
                            + "bisecting, gmm.");
            }
        }

        /** The core's spec this method is saved as in the model file (bisecting k-means places by nearest centre). */
        AlgorithmSpec spec(int k, int starts) {
            return this == GMM ? new GmmSpec(k, Covariance.FULL, starts) : new KMeansSpec(k, starts);
        }

        /** The method of a core spec (--spec). */
        static Method of(AlgorithmSpec spec) {
            if (spec.algorithm() == Algorithm.GMM) {
                if (((GmmSpec) spec).covariance() != Covariance.FULL) {
                    throw new SegmentaException("The model's Gaussian mixture has diagonal covariances; Spark MLlib fits "
                            + "full ones only. Run the desktop model with full covariances, or use --algorithm gmm.");
                }
                return GMM;
            }
            return parse(spec.algorithm().key());
        }
    }

    /** A fitted rule and its objective (WCSS for the centre methods, log-likelihood for a mixture). */
    record Fitted(SegmentRule rule, double objective, int runs) {
    }

    private Clusterer() {
    }

    /** Runs when the user asked for {@code starts} (0: automatic). */
    static int runs(int starts, long rows, Method m) {
        if (starts < 0) {
            throw new SegmentaException("--starts takes 0 (automatic) or a number of runs (got " + starts + ").");
        }
        if (starts > 0) {
            return m == Method.BISECTING ? 1 : starts;
        }
        return m == Method.BISECTING ? 1 : rows <= SMALL_TABLE ? 10 : 3;
    }

    /** Fits {@code k} segments on the vectors of {@code prepared} (every row has one). */
    static Fitted fit(Dataset<Row> prepared, Method method, int k, long seed, int runs) {
        String f = RowPreparation.FEATURES;
        return switch (method) {
            case KMEANS -> {
                KMeansModel best = null;
                double bestCost = Double.POSITIVE_INFINITY;
                for (int run = 0; run < runs; run++) {
                    KMeansModel m = new KMeans().setK(k).setSeed(seed + run).setInitMode("k-means||")
                            .setMaxIter(KMEANS_ITERATIONS).setTol(KMEANS_TOLERANCE).setFeaturesCol(f).fit(prepared);
                    double cost = m.summary().trainingCost();
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = m;
                    }
                }
                yield new Fitted(centres(best.clusterCenters(), k), bestCost, runs);
            }
            case BISECTING -> {
                BisectingKMeansModel m = new BisectingKMeans().setK(k).setSeed(seed).setMaxIter(KMEANS_ITERATIONS)
                        .setFeaturesCol(f).fit(prepared);
                yield new Fitted(centres(m.clusterCenters(), k), m.summary().trainingCost(), 1);
            }
            case GMM -> {
                GaussianMixtureModel best = null;
                double bestLl = Double.NEGATIVE_INFINITY;
                for (int run = 0; run < runs; run++) {
                    GaussianMixtureModel m = new GaussianMixture().setK(k).setSeed(seed + run)
                            .setMaxIter(GMM_ITERATIONS).setTol(GMM_TOLERANCE).setFeaturesCol(f).fit(prepared);
                    double ll = m.summary().logLikelihood();
                    if (ll > bestLl) {
                        bestLl = ll;
                        best = m;
                    }
                }
                yield new Fitted(mixture(best), bestLl, runs);
            }
        };
    }

    private static SegmentRule centres(Vector[] centers, int k) {
        if (centers.length < k) {
            throw new SegmentaException("Bisecting k-means found only " + centers.length + " segments that can be "
                    + "split apart, not " + k + ". Choose k of at most " + centers.length + ", or --algorithm kmeans.");
        }
        int d = centers[0].size();
        double[] c = new double[k * d];
        for (int s = 0; s < k; s++) {
            System.arraycopy(centers[s].toArray(), 0, c, s * d, d);
        }
        return new SegmentRule(false, k, c, null, null);
    }

    private static SegmentRule mixture(GaussianMixtureModel m) {
        int k = m.getK();
        MultivariateGaussian[] g = m.gaussians();
        int d = g[0].mean().size();
        double[] means = new double[k * d];
        double[] cov = new double[k * d * d];
        for (int s = 0; s < k; s++) {
            System.arraycopy(g[s].mean().toArray(), 0, means, s * d, d);
            // symmetric, so MLlib's column-major order is the row-major order the core reads
            System.arraycopy(g[s].cov().toArray(), 0, cov, s * d * d, d * d);
        }
        return new SegmentRule(true, k, means, m.weights().clone(), cov);
    }
}
