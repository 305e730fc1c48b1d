package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.testing.DefaultLocale;
import io.segmenta.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SegmentaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String mall() {
        return SharedData.dataset(SharedData.MALL).toString();
    }

    @Test
    void inspectJson() throws Exception {
        Run r = cli("inspect", mall(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(200, j.path("rows").asInt());
        JsonNode cols = j.path("columns");
        assertEquals(5, cols.size());
        assertEquals("CustomerID", cols.get(0).path("name").asText());
        assertEquals("identifier", cols.get(0).path("type").asText());
        assertEquals("categorical", cols.get(1).path("type").asText());
        assertEquals("numeric", cols.get(3).path("type").asText());
        assertEquals(0, cols.get(3).path("missing").asInt());
    }

    @Test
    void numbersPrintWithADecimalPointWhateverTheSystemLocale() throws Exception {
        DefaultLocale.with(Locale.GERMANY, () -> {
            Run r = cli("cluster", mall(), "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("WCSS 65.5684, silhouette 0.5547, Calinski-Harabasz 248.65"), r.out());
            assertTrue(r.out().contains("( 40.5%)  Annual Income (k$) 55.30"), r.out());
            assertEquals(Locale.GERMANY, Locale.getDefault(), "the caller's locale is restored");
            return null;
        });
    }

    @Test
    void inspectText() {
        Run r = cli("inspect", mall());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Mall_Customers.csv: 200 rows, 5 columns"), r.out());
    }

    @Test
    void sweepJsonMatchesScikitLearn() throws Exception {
        Run r = cli("sweep", mall(), "--features", "Annual Income (k$),Spending Score (1-100)", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        JsonNode ref = SharedData.mallReference().path("kmeans").path("income_spending").path("standardized_sweep");
        assertEquals(10, j.path("results").size());
        for (int i = 0; i < 10; i++) {
            JsonNode got = j.path("results").get(i);
            JsonNode want = ref.get(i);
            assertEquals(want.path("k").asInt(), got.path("k").asInt());
            assertEquals(want.path("wcss").asDouble(), got.path("wcss").asDouble(), 0.005 * want.path("wcss").asDouble());
            if (i == 0) {
                assertFalse(got.has("silhouette"), "no silhouette at k = 1");
            } else {
                assertEquals(want.path("silhouette").asDouble(), got.path("silhouette").asDouble(), 0.005);
            }
        }
        assertEquals(5, j.path("recommended_k").asInt());
    }

    @Test
    void clusterJsonAndSegmentedCsv(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("segmented.csv");
        Run r = cli("cluster", mall(), "--features", "annual income (k$), Spending Score (1-100)", "--k", "5",
                "--seed", "42", "--out", out.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(5, j.path("k").asInt());
        assertEquals(65.56840815571681, j.path("wcss").asDouble(), 1e-9);
        assertEquals(0.5546571631111091, j.path("silhouette").asDouble(), 1e-9);
        JsonNode first = j.path("segments").get(0);
        assertEquals(1, first.path("id").asInt());
        assertEquals(81, first.path("size").asInt());
        assertEquals("Average income, average spending", first.path("name").asText());
        assertEquals(55.2963, first.path("means").path("Annual Income (k$)").asDouble(), 1e-4);
        List<String> lines = Files.readAllLines(out);
        assertEquals(201, lines.size());
        assertEquals("CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100),Segment,Segment name", lines.get(0));
        assertTrue(lines.get(1).startsWith("0001,Male,19,15,39,"), lines.get(1));
    }

    @Test
    void clusterTextOnTheSample() {
        Run r = cli("cluster", "@sample", "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("customers in 5 segments"), r.out());
        assertTrue(r.out().contains("Note: "), "the sample's missing cells are reported");
        Run one = cli("cluster", "@sample", "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "5",
                "--starts", "1");
        assertTrue(one.out().contains(", 1 start)"), one.out());
        Run gmm = cli("cluster", "@sample", "--features", "Annual Income (k$),Spending Score (1-100)", "--k", "3",
                "--algorithm", "gmm", "--starts", "1");
        assertTrue(gmm.out().contains("best of 1 start)"), gmm.out());
    }

    /** A child JVM with a small heap, as a user with a too-large table runs it: one message, no stack trace. */
    @Test
    void aTableLargerThanTheHeapIsOneMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("Name,Age,Income\n");
        for (int i = 0; i < 600_000; i++) {
            text.append("customer-").append(i).append(',').append(18 + i % 50).append(',').append(i % 137).append('\n');
        }
        Files.writeString(csv, text);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-cp", System.getProperty("java.class.path"), "io.segmenta.Launcher", "inspect", csv.toString())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(SegmentaCli.EXIT_INPUT, p.exitValue(), out + err);
        assertTrue(err.startsWith("segmenta: not enough memory: the table and the work on it do not fit in the "), err);
        assertTrue(err.contains("-Xmx4g"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), "no stack trace: " + err);
    }

    @Test
    void errorsAreOneClearMessageWithANonZeroCode(@TempDir Path dir) {
        Run missing = cli("inspect", dir.resolve("nope.csv").toString());
        assertEquals(SegmentaCli.EXIT_INPUT, missing.code());
        assertTrue(missing.err().startsWith("segmenta: "), missing.err());
        assertTrue(missing.err().contains("nope.csv"), missing.err());
        assertFalse(missing.err().contains("at io.segmenta"), "no stack trace");

        Run column = cli("cluster", mall(), "--features", "Income", "--k", "3");
        assertEquals(SegmentaCli.EXIT_INPUT, column.code());
        assertTrue(column.err().contains("There is no column \"Income\""), column.err());

        Run bigK = cli("cluster", mall(), "--features", "Age", "--k", "500");
        assertEquals(SegmentaCli.EXIT_INPUT, bigK.code());
        assertTrue(bigK.err().contains("k = 500 is larger than the 200 customers"), bigK.err());

        Run id = cli("sweep", mall(), "--features", "CustomerID");
        assertEquals(SegmentaCli.EXIT_INPUT, id.code());
        assertTrue(id.err().contains("identifier column and cannot be a feature"), id.err());

        Path typo = dir.resolve("typo.csv");
        try {
            java.nio.file.Files.writeString(typo, "Age,Income\n30,40\n41,5O\n52,61\n25,33\n38,70\n44,52\n29,47\n"
                    + "61,38\n35,80\n47,59\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Run text = cli("cluster", typo.toString(), "--features", "Age,Income", "--k", "2", "--json");
        assertEquals(SegmentaCli.EXIT_INPUT, text.code());
        assertTrue(text.err().contains("Warning: Column \"Income\" is read as text, not as numbers: 1 of its 10 values "
                + "is not a number (line 3: \"5O\")"), text.err());
        assertTrue(text.err().contains("segmenta: Column \"Income\" is a text column and cannot be a feature: 1 of its "
                + "10 values is not a number (line 3: \"5O\"). Correct the cells"), text.err());
        assertEquals("", text.out(), "nothing half-written on the standard output");

        Run usage = cli("cluster", mall(), "--k", "3");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("Missing required option: '--features=A,B'"), usage.err());
    }

    @Test
    void helpOnEachCommand() {
        for (String cmd : List.of("inspect", "sweep", "cluster", "bench")) {
            Run r = cli(cmd, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: segmenta " + cmd), r.out());
        }
        Run top = cli("--help");
        assertTrue(top.out().contains("inspect") && top.out().contains("cluster"));
    }

    @Test
    void aRunBuildsItsCommandAloneAndHelpListsThemAllInOrder() {
        assertEquals(List.of("cluster"), List.copyOf(SegmentaCli.commandLine("cluster").getSubcommands().keySet()));
        assertEquals(SegmentaCli.COMMANDS, List.copyOf(SegmentaCli.commandLine(null).getSubcommands().keySet()));
        Run top = cli("--help");
        String commands = top.out().substring(top.out().indexOf("Commands:"));
        int at = 0;
        for (String c : SegmentaCli.COMMANDS) {
            int next = commands.indexOf("\n  " + c + " ");
            assertTrue(next > at, c + " listed after the one before:\n" + commands);
            at = next;
        }
        Run helpOn = cli("help", "sweep");
        assertEquals(0, helpOn.code());
        assertTrue(helpOn.out().startsWith("Usage: segmenta sweep"), helpOn.out());
        Run typo = cli("clustr");
        assertEquals(2, typo.code());
    }

    @Test
    void benchRunsOnASmallTable() {
        Run r = cli("bench", "--rows", "2000", "--runs", "1", "--sweep-runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CSV load"), r.out());
        assertTrue(r.out().contains("Median times:"), r.out());
        assertTrue(r.out().contains("k sweep 1..10"), r.out());
    }
}
