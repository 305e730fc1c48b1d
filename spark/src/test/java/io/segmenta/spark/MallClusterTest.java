package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.profile.BoxStats;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mall table on Spark: scikit-learn's k = 5 result, and a model the desktop reads and predicts with. */
class MallClusterTest {
    static final String FEATURES = "Annual Income (k$),Spending Score (1-100)";

    @TempDir
    static Path dir;
    static Path mall;
    static LocalSpark.Run run;
    static SegmentModel model;

    @BeforeAll
    static void runTheJob() {
        mall = SharedData.dataset(SharedData.MALL);
        run = LocalSpark.run("cluster", mall.toString(), "--features", FEATURES, "--k", "5",
                "--model", dir.resolve("mall.json").toString(), "--out", dir.resolve("segmented").toString(),
                "--profiles", dir.resolve("profiles.json").toString());
        assertEquals(0, run.code(), run.err());
        model = ModelFile.read(dir.resolve("mall.json"));
    }

    @Test
    void givesScikitLearnsSegments() {
        int[] sizes = model.segments().stream().mapToInt(ModelSegment::size).toArray();
        assertArrayEquals(new int[] {81, 39, 35, 23, 22}, sizes);
        JsonNode k5 = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_sweep")
                .get(4);
        assertEquals(5, k5.path("k").asInt());
        double reference = k5.path("wcss").asDouble();
        assertEquals(65.568, reference, 0.001);
        double wcss = model.training().metric("wcss");
        assertEquals(reference, wcss, 0.005 * reference, "WCSS within 0.5% of scikit-learn's");
        assertEquals(k5.path("silhouette").asDouble(), model.training().metric("silhouette"), 1e-6);
        assertEquals(k5.path("calinski_harabasz").asDouble(), model.training().metric("calinski_harabasz"), 1e-3);
        assertEquals(k5.path("davies_bouldin").asDouble(), model.training().metric("davies_bouldin"), 1e-6);
    }

    @Test
    void theDesktopPredictsEveryCustomersSegmentFromTheModelFile() {
        Map<String, Integer> desktop = LocalSpark.desktopPredictions(model, mall, "CustomerID");
        Map<String, Integer> job = LocalSpark.jobSegments(dir.resolve("segmented"), "CustomerID");
        assertEquals(200, job.size());
        assertEquals(job, desktop);
        assertTrue(job.values().stream().allMatch(s -> s >= 1 && s <= 5));
    }

    @Test
    void preparesAsTheDesktopAndNamesTheSegmentsAsTheDesktop() {
        Dataset data = CsvImporter.read(mall);
        SegmentationResult desktop = Segmenter.segment(data, SegmentationSpec.of(List.of(FEATURES.split(",")), 5,
                SegmentationSpec.DEFAULT_SEED), ProgressListener.NONE, CancellationToken.NONE);
        FittedPreparation mine = model.preparation();
        FittedPreparation theirs = desktop.features().fitted();
        assertEquals(theirs.inputs(), mine.inputs());
        assertArrayEquals(theirs.center(), mine.center(), 1e-12);
        assertArrayEquals(theirs.scale(), mine.scale(), 1e-12);
        assertEquals(desktop.names(), model.segments().stream().map(ModelSegment::name).toList());
        assertEquals(desktop.wcss(), model.training().metric("wcss"), 1e-9);
    }

    @Test
    void writesTheSegmentedTableAndTheProfiles() throws Exception {
        List<String> columns = List.of(LocalSpark.session().read().parquet(dir.resolve("segmented").toString())
                .columns());
        assertEquals(List.of("CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)", "Segment",
                "Segment name"), columns);
        JsonNode p = new ObjectMapper().readTree(Files.readString(dir.resolve("profiles.json")));
        assertEquals(5, p.path("segments").size());
        assertEquals(81, p.path("segments").get(0).path("size").asInt());
        assertEquals(model.segments().get(0).name(), p.path("segments").get(0).path("name").asText());
        assertTrue(p.path("segments").get(0).path("category_mix").has("Genre"));
        assertTrue(run.out().contains("Segment 1 \"" + model.segments().get(0).name() + "\": 81 customers"), run.out());
    }

    /**
     * The profiles' box figures against the desktop's {@link BoxStats} of the same segments: count, min and
     * max equal; each quartile a value within one rank of where the desktop interpolates; the whiskers and
     * outliers those of the job's quartiles, exactly.
     */
    @Test
    void boxFiguresAreTheDesktopsWithinOneRank() throws Exception {
        JsonNode p = new ObjectMapper().readTree(Files.readString(dir.resolve("profiles.json")));
        List<String> columns = List.of("Age", "Annual Income (k$)", "Spending Score (1-100)");
        List<Row> rows = LocalSpark.session().read().parquet(dir.resolve("segmented").toString()).collectAsList();
        for (int s = 1; s <= 5; s++) {
            JsonNode boxes = p.path("segments").get(s - 1).path("boxes");
            assertEquals(columns, iterable(boxes.fieldNames()));
            for (String c : columns) {
                int segment = s;
                double[] v = rows.stream().filter(r -> r.getInt(r.fieldIndex("Segment")) == segment)
                        .mapToDouble(r -> ((Number) r.get(r.fieldIndex(c))).doubleValue()).sorted().toArray();
                BoxStats desktop = BoxStats.ofSorted(v, 0, v.length);
                JsonNode job = boxes.path(c);
                String at = c + " in segment " + s;
                assertEquals(desktop.count(), job.path("count").asInt(), at);
                assertEquals(desktop.min(), job.path("min").asDouble(), 0.0, at);
                assertEquals(desktop.max(), job.path("max").asDouble(), 0.0, at);
                double[] q = {job.path("q1").asDouble(), job.path("median").asDouble(), job.path("q3").asDouble()};
                double[] p2 = {0.25, 0.5, 0.75};
                for (int i = 0; i < 3; i++) {
                    double pos = (v.length - 1) * p2[i];
                    double lo = v[Math.max(0, (int) Math.floor(pos) - 1)];
                    double hi = v[Math.min(v.length - 1, (int) Math.ceil(pos) + 1)];
                    assertTrue(q[i] >= lo && q[i] <= hi, at + " quartile " + p2[i] + ": " + q[i] + " not in [" + lo
                            + ", " + hi + "], the desktop's " + (i == 0 ? desktop.q1() : i == 1 ? desktop.median()
                            : desktop.q3()));
                }
                double low = q[0] - 1.5 * (q[2] - q[0]);
                double high = q[2] + 1.5 * (q[2] - q[0]);
                assertEquals(Arrays.stream(v).filter(x -> x >= low).min().orElseThrow(),
                        job.path("lower_whisker").asDouble(), 0.0, at);
                assertEquals(Arrays.stream(v).filter(x -> x <= high).max().orElseThrow(),
                        job.path("upper_whisker").asDouble(), 0.0, at);
                assertEquals(Arrays.stream(v).filter(x -> x < low || x > high).count(), job.path("outliers").asLong(),
                        at);
            }
        }
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new java.util.ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
