package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.cli.CliTest.Run;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster} and {@code sweep} with --algorithm hierarchical, dbscan and gmm, against scikit-learn. */
class CliAlgorithmsTest {
    private static final String FEATURES = "Annual Income (k$),Spending Score (1-100)";

    private static String mall() {
        return SharedData.dataset(SharedData.MALL).toString();
    }

    private static int[] sizes(JsonNode j) {
        int[] s = new int[j.path("segments").size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = j.path("segments").get(i).path("size").asInt();
        }
        return s;
    }

    @Test
    void hierarchicalByKAndByHeight() throws Exception {
        JsonNode ref = SharedData.mallReference().path("hierarchical_income_spending_standardized").path("complete");
        Run r = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "hierarchical", "--linkage",
                "complete", "--k", "5", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("hierarchical", j.path("algorithm").asText());
        assertEquals("complete", j.path("linkage").asText());
        assertEquals(List.of(79, 39, 38, 23, 21), java.util.Arrays.stream(sizes(j)).boxed().toList());
        assertEquals(ref.path("silhouette").asDouble(), j.path("silhouette").asDouble(), 1e-12);
        assertTrue(j.has("calinski_harabasz") && j.has("davies_bouldin"));
        assertFalse(j.has("bic") || j.has("noise"));

        Run h = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "hierarchical", "--height", "5");
        assertEquals(0, h.code(), h.err());
        assertTrue(h.out().contains("customers in 5 segments"), h.out());
        assertTrue(h.out().contains("Method: hierarchical (Ward), cut at height 5.000\n"), h.out());
    }

    @Test
    void dbscanReportsNoiseAndExportsItAsNoise(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dbscan.csv");
        Run r = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "dbscan", "--eps", "0.4",
                "--min-samples", "5", "--json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(4, j.path("k").asInt());
        assertEquals(15, j.path("noise").asInt());
        assertEquals(List.of(115, 32, 27, 11), java.util.Arrays.stream(sizes(j)).boxed().toList());
        assertEquals("Noise", j.path("noise_profile").path("name").asText());
        assertEquals(15, j.path("noise_profile").path("size").asInt());
        assertEquals(0.4780592455223125, j.path("silhouette").asDouble(), 1e-12);
        assertTrue(j.path("validity_note").asText().contains("noise customers are left out"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(15, lines.stream().filter(l -> l.endsWith(",,Noise")).count());

        Run text = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "dbscan", "--eps", "0.4");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("\n     Noise "), text.out());
        assertTrue(text.out().contains("15 noise customers"), text.out());
    }

    @Test
    void gaussianMixtureClusterAndSweep() throws Exception {
        Run r = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "gmm", "--k", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1055.5142462454212, j.path("bic").asDouble(), 0.01 * 1055.5);
        assertEquals(979.6529468148165, j.path("aic").asDouble(), 0.01 * 979.65);
        assertEquals("full", j.path("covariance").asText());

        Run s = CliTest.cli("sweep", mall(), "--features", FEATURES, "--algorithm", "gmm", "--k-max", "8", "--json");
        assertEquals(0, s.code(), s.err());
        JsonNode sj = s.json();
        JsonNode ref = SharedData.mallReference().path("gmm_income_spending_standardized_full");
        assertEquals(8, sj.path("results").size());
        for (int i = 0; i < 8; i++) {
            double want = ref.get(i).path("bic").asDouble();
            assertTrue(sj.path("results").get(i).path("bic").asDouble() <= want * 1.01, "k = " + (i + 1));
        }
        assertEquals(4, sj.path("bic_min_k").asInt());
        assertEquals(4, sj.path("recommended_k").asInt());

        Run diag = CliTest.cli("sweep", mall(), "--features", FEATURES, "--algorithm", "gmm", "--covariance", "diag",
                "--k-max", "4");
        assertEquals(0, diag.code(), diag.err());
        assertTrue(diag.out().contains("BIC") && diag.out().contains("*"), diag.out());
    }

    @Test
    void kDistanceSweepSuggestsEps() throws Exception {
        Run r = CliTest.cli("sweep", mall(), "--features", FEATURES, "--algorithm", "dbscan", "--min-samples", "5",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode kd = r.json().path("k_distance");
        assertEquals(5, kd.path("min_samples").asInt());
        assertEquals(0.432589864294557, kd.path("suggested_eps").asDouble(), 1e-9);
        assertEquals(200, kd.path("chart").size());
        Run text = CliTest.cli("sweep", mall(), "--features", FEATURES, "--algorithm", "dbscan");
        assertTrue(text.out().contains("Suggested eps = 0.4326"), text.out());
    }

    @Test
    void sweepOverHierarchicalCutsOneTree() throws Exception {
        Run r = CliTest.cli("sweep", mall(), "--features", FEATURES, "--algorithm", "hierarchical", "--k-min", "2",
                "--k-max", "8", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode five = r.json().path("results").get(3);
        assertEquals(5, five.path("k").asInt());
        assertEquals(0.5538089226688662, five.path("silhouette").asDouble(), 1e-12);
        assertEquals(5, r.json().path("recommended_k").asInt());
    }

    @Test
    void optionsThatDoNotFitTheMethodAreClearErrors() {
        Run noK = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "gmm");
        assertEquals(2, noK.code());
        assertTrue(noK.err().contains("--k is required for gmm"), noK.err());
        Run kmeansNoK = CliTest.cli("cluster", mall(), "--features", FEATURES);
        assertEquals(2, kmeansNoK.code());
        assertTrue(kmeansNoK.err().contains("--k is required for kmeans"), kmeansNoK.err());
        Run dbK = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "dbscan", "--k", "3");
        assertEquals(2, dbK.code());
        assertTrue(dbK.err().contains("DBSCAN finds the number of segments itself"), dbK.err());
        Run noEps = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "dbscan");
        assertEquals(2, noEps.code());
        assertTrue(noEps.err().contains("DBSCAN needs --eps"), noEps.err());
        Run wrong = CliTest.cli("cluster", mall(), "--features", FEATURES, "--k", "3", "--linkage", "ward");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("--linkage does not apply to kmeans"), wrong.err());
        Run both = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "hierarchical", "--k", "3",
                "--height", "2");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("either --k (number of segments) or --height"), both.err());
        Run unknown = CliTest.cli("cluster", mall(), "--features", FEATURES, "--k", "3", "--algorithm", "optics");
        assertEquals(SegmentaCli.EXIT_INPUT, unknown.code());
        assertTrue(unknown.err().contains("Unknown algorithm \"optics\""), unknown.err());
        Run nothing = CliTest.cli("cluster", mall(), "--features", FEATURES, "--algorithm", "dbscan", "--eps", "0.01");
        assertEquals(SegmentaCli.EXIT_INPUT, nothing.code());
        assertTrue(nothing.err().contains("found no segment"), nothing.err());
        Run help = CliTest.cli("cluster", "--help");
        assertTrue(help.out().contains("--algorithm") && help.out().contains("--min-samples"), help.out());
    }
}
