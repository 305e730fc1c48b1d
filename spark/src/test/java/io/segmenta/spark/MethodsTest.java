package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gaussian mixture, bisecting k-means and the k sweep on Spark, checked by the desktop and scikit-learn. */
class MethodsTest {
    @TempDir
    Path dir;

    private SegmentModel clusterMall(String method, int k) {
        Path mall = SharedData.dataset(SharedData.MALL);
        LocalSpark.Run run = LocalSpark.run("cluster", mall.toString(), "--features", MallClusterTest.FEATURES,
                "--k", Integer.toString(k), "--algorithm", method, "--starts", "2",
                "--model", dir.resolve(method + ".json").toString(), "--out", dir.resolve(method).toString());
        assertEquals(0, run.code(), run.err());
        SegmentModel model = ModelFile.read(dir.resolve(method + ".json"));
        Map<String, Integer> desktop = LocalSpark.desktopPredictions(model, mall, "CustomerID");
        Map<String, Integer> job = LocalSpark.jobSegments(dir.resolve(method), "CustomerID");
        assertEquals(job, desktop, "the desktop places every customer where the job did");
        assertEquals(200, model.segments().stream().mapToInt(ModelSegment::size).sum());
        return model;
    }

    @Test
    void gaussianMixtureModelsPredictWithProbabilities() {
        SegmentModel m = clusterMall("gmm", 5);
        assertTrue(m.hasProbabilities());
        assertTrue(Double.isFinite(m.training().metric("bic")));
        assertTrue(List.of(LocalSpark.session().read().parquet(dir.resolve("gmm").toString()).columns())
                .contains("Segment probability"));
    }

    @Test
    void bisectingKMeansPlacesAtTheNearestCentre() {
        SegmentModel m = clusterMall("bisecting", 5);
        assertEquals(5, m.k());
        // bisecting splits one segment at a time and stops at a local solution: never below k-means' optimum
        assertTrue(m.training().metric("wcss") >= 0.995 * 65.568, "WCSS " + m.training().metric("wcss"));
    }

    @Test
    void sweepGivesScikitLearnsWcssAndSilhouettePerK() {
        Path mall = SharedData.dataset(SharedData.MALL);
        LocalSpark.Run run = LocalSpark.run("sweep", mall.toString(), "--features", MallClusterTest.FEATURES,
                "--k-min", "2", "--k-max", "5");
        assertEquals(0, run.code(), run.err());
        JsonNode sweep = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_sweep");
        String[] lines = run.out().split("\\R");
        for (int k = 2; k <= 5; k++) {
            String[] cells = lines[k].split("\t");
            assertEquals(Integer.toString(k), cells[0]);
            JsonNode ref = sweep.get(k - 1);
            assertEquals(ref.path("wcss").asDouble(), Double.parseDouble(cells[1]), 0.005 * ref.path("wcss").asDouble(),
                    "WCSS at k = " + k);
            assertEquals(ref.path("silhouette").asDouble(), Double.parseDouble(cells[2]), 0.01, "silhouette at k = " + k);
        }
    }
}
