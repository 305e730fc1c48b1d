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
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
}
