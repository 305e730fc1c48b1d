package io.segmenta.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.segmenta.cli.SegmentaCli;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/** The Mall model trained as {@code segmenta cluster} does, and a small HTTP client for the served API. */
final class Served {
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A Mall model and the segmented training table. */
    record Trained(Path model, Path segmented, Dataset table) {
        /** The training segment (1-based) of a data row. */
        int segment(int row) {
            return (int) ((io.segmenta.core.data.NumericColumn) table.column("Segment")).get(row);
        }
    }

    private Served() {
    }

    /** Runs {@code segmenta cluster Mall_Customers.csv --features Income,Spending --k K --model --out}. */
    static Trained mall(Path dir, int k, String name) {
        Path model = dir.resolve(name + ".json");
        Path out = dir.resolve(name + "-segmented.csv");
        String[] r = cli("cluster", SharedData.dataset(SharedData.MALL).toString(), "--features", INCOME + ","
                + SPENDING, "--k", Integer.toString(k), "--model", model.toString(), "--out", out.toString());
        assertEquals("0", r[0], r[2]);
        return new Trained(model, out, CsvImporter.read(out));
    }

    /** Runs the command line: {exit code, out, err}. */
    static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SegmentaCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    static HttpResponse<String> get(PredictionServer s, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri().resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(PredictionServer s, String path, String type, String body, String... headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri().resolve(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postJson(PredictionServer s, String path, String body) throws Exception {
        return post(s, path, "application/json", body);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static URI uri(PredictionServer s, String path) {
        return s.uri().resolve(path);
    }
}
