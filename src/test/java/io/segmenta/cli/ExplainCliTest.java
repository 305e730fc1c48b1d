package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.testing.SharedData;
import org.junit.jupiter.api.Test;

/** {@code cluster}'s drivers, rules, warnings and {@code --stability}; {@code sweep}'s edge-of-range warning. */
class ExplainCliTest {
    private static final String FEATURES = "Annual Income (k$),Spending Score (1-100)";

    private static String mall() {
        return SharedData.dataset(SharedData.MALL).toString();
    }

    @Test
    void clusterJsonHasDriversRulesWarningsAndStability() throws Exception {
        CliTest.Run r = CliTest.cli("cluster", mall(), "--features", FEATURES, "--k", "5", "--stability", "5",
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("Spending Score (1-100)", j.path("drivers").get(0).path("feature").asText());
        assertEquals("eta_squared", j.path("drivers").get(0).path("measure").asText());
        assertEquals(0.8782, j.path("drivers").get(0).path("value").asDouble(), 1e-4);
        assertEquals(3, j.path("rules").path("depth").asInt());
        assertEquals(196, j.path("rules").path("correct").asInt());
        JsonNode first = j.path("rules").path("rules").get(0);
        assertEquals(1, first.path("segment").asInt());
        assertEquals("39.5 < Annual Income (k$) <= 69.5", first.path("conditions").get(0).asText());
        assertEquals(0, j.path("warnings").size());
        JsonNode s = j.path("stability");
        assertEquals(5, s.path("resamples").asInt());
        assertTrue(s.path("mean_adjusted_rand").asDouble() > 0.9, s.toString());
        assertTrue(s.path("verdict").asText().startsWith("Highly stable"), s.toString());
        assertEquals(5, s.path("segments").size());
    }

    @Test
    void clusterTextPrintsDriversRulesAndWarnings() {
        CliTest.Run r = CliTest.cli("cluster", mall(), "--features", "Genre,Age," + FEATURES, "--k", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Drivers (share in separating the segments, 0 to 1):"), r.out());
        assertTrue(r.out().contains("  Genre                                     0.92  Cramér's V"), r.out());
        assertTrue(r.out().contains("Warning: Each segment is almost entirely one level of Genre"), r.out());
        assertTrue(r.out().contains("Rules: These 8 rules (a decision tree of depth 3"), r.out());
    }

    @Test
    void aSkewedAmountWithoutTheLogTransformIsAWarningUntilLogged() throws Exception {
        String marketing = SharedData.dataset(SharedData.MARKETING).toString();
        CliTest.Run r = CliTest.cli("cluster", marketing, "--features", "Income,Recency", "--k", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode skewed = null;
        for (JsonNode w : r.json().path("warnings")) {
            if (w.path("kind").asText().equals("skewed_amount")) {
                skewed = w;
            }
        }
        assertTrue(skewed != null, r.out());
        assertEquals("Income", skewed.path("subject").asText());
        assertTrue(skewed.path("message").asText().contains("add --log \"Income\" on the command line"),
                skewed.toString());
        CliTest.Run logged = CliTest.cli("cluster", marketing, "--features", "Income,Recency", "--k", "4", "--log",
                "Income");
        assertEquals(0, logged.code(), logged.err());
        assertTrue(!logged.out().contains("strongly skewed"), logged.out());
    }

    @Test
    void aBadNumberOfRefitsIsRefused() {
        CliTest.Run r = CliTest.cli("cluster", mall(), "--features", FEATURES, "--k", "5", "--stability", "0");
        assertEquals(SegmentaCli.EXIT_INPUT, r.code());
        assertTrue(r.err().contains("--stability takes a number of refits from 1 to 1000 (got 0)."), r.err());
    }

    @Test
    void sweepWarnsWhenTheRecommendedKIsTheLargestSearched() throws Exception {
        CliTest.Run r = CliTest.cli("sweep", mall(), "--features", FEATURES, "--k-max", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode w = r.json().path("warnings");
        assertEquals(1, w.size(), r.out());
        assertEquals("k_at_edge", w.get(0).path("kind").asText());
        assertTrue(w.get(0).path("message").asText().startsWith("The recommended k = 4 is the largest k searched"
                + " (1 to 4)"), w.toString());
        CliTest.Run wide = CliTest.cli("sweep", mall(), "--features", FEATURES);
        assertTrue(!wide.out().contains("Warning:"), wide.out());
    }
}
