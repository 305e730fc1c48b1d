package io.segmenta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DescribeCommandTest {
    private static final Map<String, String> REFERENCE_NAMES = Map.of("Age", "Age", "Income", "Annual Income (k$)",
            "Spending", "Spending Score (1-100)", "Male", "Genre = Male");

    /** Runs the command; returns exit code, stdout and stderr. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new DescribeCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.setExecutionExceptionHandler((ex, line, parse) -> {
            line.getErr().println("segmenta: " + ex.getMessage());
            return ex instanceof io.segmenta.core.SegmentaException ? 1 : 70;
        });
        int code = cmd.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private static void rel(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9, what);
    }

    @Test
    void jsonMatchesTheReferenceForBothMethods() throws Exception {
        String file = SharedData.dataset(SharedData.MALL).toString();
        JsonNode ref = SharedData.mallReference();
        for (String method : List.of("pearson", "spearman")) {
            String[] r = run(file, "--method", method, "--json");
            assertEquals("0", r[0], r[2]);
            JsonNode root = new ObjectMapper().readTree(r[1]);
            JsonNode cols = root.get("columns");
            for (String name : List.of("Age", "Income", "Spending")) {
                JsonNode e = ref.get("describe").get(name);
                JsonNode c = cols.get(REFERENCE_NAMES.get(name));
                assertEquals(200, c.get("count").asInt());
                assertEquals(0, c.get("missing").asInt());
                rel(e.get("mean").asDouble(), c.get("mean").asDouble(), name + " mean");
                rel(e.get("std_sample").asDouble(), c.get("std").asDouble(), name + " std");
                for (String f : List.of("min", "q1", "median", "q3", "max")) {
                    rel(e.get(f).asDouble(), c.get(f).asDouble(), name + " " + f);
                }
            }
            JsonNode genre = cols.get("Genre");
            assertEquals(ref.get("gender_counts").get("Female").asInt(), genre.get("levels").get("Female").asInt());
            assertEquals(ref.get("gender_counts").get("Male").asInt(), genre.get("levels").get("Male").asInt());
            assertEquals(200, genre.get("count").asInt());
            Map<String, JsonNode> pairs = new HashMap<>();
            root.get("correlations").forEach(p -> pairs.put(p.get("a").asText() + "~" + p.get("b").asText(), p));
            assertEquals(6, pairs.size());
            String rKey = method.equals("pearson") ? "pearson_r" : "spearman_rho";
            String pKey = method.equals("pearson") ? "pearson_p" : "spearman_p";
            for (Iterator<Map.Entry<String, JsonNode>> it = ref.get("correlations").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String[] ab = e.getKey().split("~");
                String a = REFERENCE_NAMES.get(ab[0]);
                String b = REFERENCE_NAMES.get(ab[1]);
                JsonNode p = pairs.containsKey(a + "~" + b) ? pairs.get(a + "~" + b) : pairs.get(b + "~" + a);
                rel(e.getValue().get(rKey).asDouble(), p.get("r").asDouble(), e.getKey() + " " + rKey);
                rel(e.getValue().get(pKey).asDouble(), p.get("p").asDouble(), e.getKey() + " " + pKey);
            }
            assertEquals(method, root.get("method").asText());
        }
    }

    @Test
    void humanOutputIsATable() {
        String[] r = run(SharedData.dataset(SharedData.MALL).toString());
        assertEquals("0", r[0], r[2]);
        String out = r[1];
        assertTrue(out.startsWith("Mall_Customers.csv: 200 rows, 5 columns"), out);
        assertTrue(out.contains("\n  Age                       200        0  38.85   13.969   18  28.75      36  49   70\n"),
                out);
        assertTrue(out.contains("\n  Genre       categorical    200        0  Female 112 (56%), Male 88 (44%)\n"), out);
        assertTrue(out.contains("Pearson correlations (r, two-sided p-value, complete pairs n)"), out);
        assertTrue(out.contains("\n  Age                 Spending Score (1-100)  -0.327  < 0.001  200\n"), out);
    }

    @Test
    void undefinedCorrelationsAreReportedNotThrown(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("flat.csv");
        Files.writeString(csv, "Age,Flat\n20,5\n30,5\n40,5\n50,5\n");
        String[] r = run(csv.toString(), "--json");
        assertEquals("0", r[0], r[2]);
        JsonNode pair = new ObjectMapper().readTree(r[1]).get("correlations").get(0);
        assertFalse(pair.has("r"));
        assertEquals("Flat does not vary (every value is 5), so it has no correlation with Age.",
                pair.get("undefined").asText());
    }

    @Test
    void builtInSampleIsDescribed() throws Exception {
        String[] r = run("@sample", "--json", "--method", "Spearman");
        assertEquals("0", r[0], r[2]);
        JsonNode root = new ObjectMapper().readTree(r[1]);
        assertEquals("spearman", root.get("method").asText());
        assertTrue(root.get("columns").size() >= 4, r[1]);
        assertTrue(root.get("correlations").size() >= 3, r[1]);
    }

    @Test
    void unknownMethodIsAClearError() {
        String[] r = run(SharedData.dataset(SharedData.MALL).toString(), "--method", "kendall");
        assertEquals("1", r[0]);
        assertEquals("segmenta: Unknown correlation method \"kendall\". Use pearson or spearman.", r[2].strip());
    }
}
