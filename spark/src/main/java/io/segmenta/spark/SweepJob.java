package io.segmenta.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.GaussianMixture;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.KMeansSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta-spark sweep TABLE --features A,B --k-min 2 --k-max 10}: the preparation fitted
 * once, then the method for every k: the within-segment sum of squares (k-means, bisecting) or BIC
 * (mixture), and the standard silhouette on one seeded sample of prepared customers (the same rows
 * for every k).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Fit the method for every k in a range on Spark; print WCSS (or BIC) and the silhouette per k."})
final class SweepJob implements Callable<Integer> {
    /** One k of the sweep. */
    record Point(int k, double wcss, double bic, double silhouette) {
    }

    @Mixin
    JobOptions options;

    @Option(names = "--k-min", defaultValue = "2", description = "Smallest k. Default: ${DEFAULT-VALUE}.")
    int kMin;

    @Option(names = "--k-max", defaultValue = "10", description = "Largest k. Default: ${DEFAULT-VALUE}.")
    int kMax;

    @Option(names = "--json", paramLabel = "FILE.json", description = "Also write the sweep as JSON to this new file.")
    String json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (kMin < 1 || kMax < kMin) {
            throw new SegmentaException("--k-min and --k-max give the range of k to try, 1 <= k-min <= k-max (got "
                    + kMin + " and " + kMax + ").");
        }
        SparkSession spark = SegmentaSpark.session(options.master);
        SparkTable table = SparkTable.read(spark, options.input, options.format);
        JobOptions.Spec s = options.specFile != null ? options.fromModel(spec) : options.spec(table, kMin);
        List<Point> points = sweep(spark, table, s, kMin, kMax);
        PrintWriter w = spec.commandLine().getOut();
        boolean mixture = s.method() == Clusterer.Method.GMM;
        w.printf(Locale.ROOT, "%s: %s, k from %d to %d%n", table.name(), s.method().label, kMin, kMax);
        w.println(mixture ? "k\tBIC\tsilhouette" : "k\tWCSS\tsilhouette");
        for (Point p : points) {
            w.printf(Locale.ROOT, "%d\t%.4f\t%.4f%n", p.k(), mixture ? p.bic() : p.wcss(), p.silhouette());
        }
        w.println("Silhouette: the standard (Euclidean) one, by Segmenta's core, on a seeded sample of at most 10000 "
                + "prepared customers.");
        if (json != null) {
            JobFiles.writeText(spark, json, json(table, s, points));
            w.println("Sweep: " + json);
        }
        return 0;
    }

    static List<Point> sweep(SparkSession spark, SparkTable table, JobOptions.Spec s, int kMin, int kMax) {
        PreparationFitter.Prepared prepared = PreparationFitter.fit(spark, table, s.spec().prep());
        Dataset<Row> vectors = RowPreparation.apply(spark, table.rows(), new PrepRecipe(prepared.fitted()))
                .select(RowPreparation.FEATURES).where(col(RowPreparation.FEATURES).isNotNull())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long n = vectors.count();
            if (kMin > n) {
                throw new SegmentaException("k = " + kMin + " is larger than the " + n + " customers that can be "
                        + "segmented.");
            }
            int starts = s.spec().algorithm() instanceof KMeansSpec km ? km.starts()
                    : ((GmmSpec) s.spec().algorithm()).starts();
            int runs = Clusterer.runs(starts, n, s.method());
            DataMatrix sample = SampledSilhouette.sample(vectors, s.spec().seed());
            List<Point> points = new ArrayList<>();
            for (int k = kMin; k <= Math.min(kMax, n); k++) {
                Clusterer.Fitted f = Clusterer.fit(vectors, s.method(), k, s.spec().seed(), runs);
                double silhouette = k < 2 ? Double.NaN : SampledSilhouette.score(sample, f.rule());
                if (f.rule().mixture()) {
                    int p = GaussianMixture.parameters(k, f.rule().cols(), Covariance.FULL);
                    points.add(new Point(k, Double.NaN, -2 * f.objective() + p * Math.log(n), silhouette));
                } else {
                    points.add(new Point(k, f.objective(), Double.NaN, silhouette));
                }
            }
            return points;
        } finally {
            vectors.unpersist();
        }
    }

    private static String json(SparkTable table, JobOptions.Spec s, List<Point> points) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("table", table.name());
        root.put("algorithm", s.method().key);
        root.put("silhouette", "standard (Euclidean), Segmenta's core, seeded sample of at most 10000 customers");
        ArrayNode a = root.putArray("sweep");
        for (Point p : points) {
            ObjectNode o = a.addObject();
            o.put("k", p.k());
            if (Double.isFinite(p.wcss())) {
                o.put("wcss", p.wcss());
            }
            if (Double.isFinite(p.bic())) {
                o.put("bic", p.bic());
            }
            if (Double.isFinite(p.silhouette())) {
                o.put("silhouette", p.silhouette());
            }
        }
        try {
            return m.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new SegmentaException("Cannot write the sweep: " + e.getMessage());
        }
    }
}
