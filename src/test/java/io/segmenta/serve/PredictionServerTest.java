package io.segmenta.serve;

import static io.segmenta.serve.Served.INCOME;
import static io.segmenta.serve.Served.SPENDING;
import static io.segmenta.serve.Served.get;
import static io.segmenta.serve.Served.json;
import static io.segmenta.serve.Served.post;
import static io.segmenta.serve.Served.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server started in this JVM on a free loopback port with the Mall model (income and spending,
 * k = 5, trained as {@code segmenta cluster} does): every way of asking gives every training customer
 * its training segment, the same answer as {@code segmenta predict}; errors are problem documents
 * with fitting statuses; nothing a customer sent reaches the log.
 */
class PredictionServerTest {
    @TempDir
    static Path dir;
    static Served.Trained mall;
    static Dataset training;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PredictionServer server;

    @BeforeAll
    static void train() {
        mall = Served.mall(dir, 5, "mall");
        training = mall.table();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PredictionServer start(ServeOptions o) {
        server = PredictionServer.start(o);
        return server;
    }

    private ServeOptions local() {
        return ServeOptions.local(mall.model(), 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private String logText() {
        server.close();
        return log.toString(StandardCharsets.UTF_8);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static ObjectNode customer(int row) {
        ObjectNode c = Served.JSON.createObjectNode();
        c.put(INCOME, ((NumericColumn) training.column(INCOME)).get(row));
        c.put(SPENDING, ((NumericColumn) training.column(SPENDING)).get(row));
        return c;
    }

    @Test
    void everyTrainingCustomerGetsItsSegmentBackOneByOneInABatchAsCsvAndThroughMlflow() throws Exception {
        PredictionServer s = start(local());
        int n = training.rowCount();
        assertEquals(200, n);
        ArrayNode all = Served.JSON.createArrayNode();
        ArrayNode split = Served.JSON.createArrayNode();
        StringBuilder csv = new StringBuilder("CustomerID," + INCOME + "," + SPENDING + "\n");
        for (int row = 0; row < n; row++) {
            ObjectNode c = customer(row);
            all.add(c);
            split.addArray().add(c.get(INCOME)).add(c.get(SPENDING));
            csv.append(row + 1).append(',').append(number(c.get(INCOME).asDouble())).append(',')
                    .append(number(c.get(SPENDING).asDouble())).append('\n');
            HttpResponse<String> one = postJson(s, "api/v1/predict", c.toString());
            assertEquals(200, one.statusCode(), one.body());
            assertEquals(mall.segment(row), json(one).path("segment").asInt(), "row " + row);
        }
        HttpResponse<String> batch = postJson(s, "api/v1/predict", all.toString());
        assertEquals(200, batch.statusCode(), batch.body());
        JsonNode answers = json(batch);
        assertEquals(n, answers.size());
        for (int row = 0; row < n; row++) {
            assertEquals(mall.segment(row), answers.get(row).path("segment").asInt(), "batch row " + row);
        }

        HttpResponse<String> file = post(s, "api/v1/predict", "text/csv", csv.toString());
        assertEquals(200, file.statusCode(), file.body());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        Path answered = dir.resolve("answered.csv");
        Files.writeString(answered, file.body());
        Dataset back = CsvImporter.read(answered);
        assertEquals(List.of("CustomerID", INCOME, SPENDING, "Segment", "Segment name", "Distance",
                "Distance percentile", "Warning", "Error"), back.columnNames());
        for (int row = 0; row < n; row++) {
            assertEquals(mall.segment(row), (int) ((NumericColumn) back.column("Segment")).get(row), "csv row " + row);
        }

        ObjectNode mlflow = Served.JSON.createObjectNode();
        mlflow.putObject("dataframe_split").put("orient", "split").set("data", split);
        ((ObjectNode) mlflow.get("dataframe_split")).putArray("columns").add(INCOME).add(SPENDING);
        JsonNode predictions = json(postJson(s, "invocations", mlflow.toString())).path("predictions");
        assertEquals(n, predictions.size());
        ObjectNode records = Served.JSON.createObjectNode();
        records.set("dataframe_records", all);
        JsonNode fromRecords = json(postJson(s, "invocations", records.toString())).path("predictions");
        ObjectNode instances = Served.JSON.createObjectNode();
        instances.set("instances", split);
        JsonNode fromInstances = json(postJson(s, "invocations", instances.toString())).path("predictions");
        for (int row = 0; row < n; row++) {
            assertEquals(mall.segment(row), predictions.get(row).path("segment").asInt(), "mlflow row " + row);
            assertEquals(predictions.get(row), fromRecords.get(row));
            assertEquals(predictions.get(row), fromInstances.get(row));
            assertEquals(answers.get(row), predictions.get(row));
        }
        ObjectNode inputs = Served.JSON.createObjectNode();
        inputs.putObject("inputs").set(INCOME, Served.JSON.createArrayNode().add(15).add(137));
        ((ObjectNode) inputs.get("inputs")).set(SPENDING, Served.JSON.createArrayNode().add(39).add(83));
        JsonNode columnar = json(postJson(s, "invocations", inputs.toString())).path("predictions");
        assertEquals(answers.get(0), columnar.get(0));
    }

    @Test
    void oneCustomerIsAnsweredExactlyAsSegmentaPredictJsonAnswers() throws Exception {
        PredictionServer s = start(local());
        String[] cli = Served.cli("predict", "--model", mall.model().toString(), "--value", INCOME + "=70",
                "--value", SPENDING + "=120", "--json");
        assertEquals("0", cli[0], cli[2]);
        JsonNode expected = Served.JSON.readTree(cli[1]);
        HttpResponse<String> r = postJson(s, "api/v1/predict", "{\"" + INCOME + "\": 70, \"spending score (1-100)\": "
                + "\"120\"}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(expected, json(r));
        assertTrue(json(r).path("warnings").get(0).asText().contains("above the training range"), r.body());
        assertFalse(json(r).path("description").asText().isEmpty());
        for (String field : List.of("segment", "name", "description", "distance", "distance_percentile", "warnings")) {
            assertTrue(json(r).has(field), "the issue's field " + field + " in " + r.body());
        }
        double pct = json(r).path("distance_percentile").asDouble(-1);
        assertTrue(pct >= 0 && pct <= 100, r.body());
        assertTrue(json(r).path("colour_hex").asText().matches("#[0-9A-F]{6}"));
    }

    @Test
    void theModelHealthReadinessAndApiDescriptionAreServed() throws Exception {
        PredictionServer s = start(local());
        JsonNode m = json(get(s, "api/v1/model"));
        assertEquals("segmenta-model", m.path("format").asText());
        assertEquals(1, m.path("format_version").asInt());
        assertEquals("k-means", m.path("method").asText());
        assertEquals(5, m.path("k").asInt());
        int size = 0;
        for (JsonNode seg : m.path("segments")) {
            assertFalse(seg.path("name").asText().isEmpty());
            assertFalse(seg.path("description").asText().isEmpty());
            size += seg.path("size").asInt();
        }
        assertEquals(200, size);
        JsonNode income = m.path("inputs").get(0);
        assertEquals(INCOME, income.path("name").asText());
        assertEquals("number", income.path("type").asText());
        assertEquals(15, income.path("min").asDouble(), 0);
        assertEquals(137, income.path("max").asDouble(), 0);
        assertEquals("Mall_Customers.csv", m.path("training").path("table").asText());
        assertFalse(m.path("training").path("date").asText().isEmpty());
        assertEquals(SPENDING, m.path("drivers").get(0).path("feature").asText());
        assertEquals("eta_squared", m.path("drivers").get(0).path("measure").asText());
        assertEquals(0, m.path("training_warnings").size());
        assertEquals("ok", json(get(s, "health")).path("status").asText());
        assertEquals("ready", json(get(s, "ready")).path("status").asText());
        JsonNode api = json(get(s, "openapi.json"));
        assertTrue(api.path("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/v1/predict", "/invocations", "/api/v1/model", "/health", "/ready")) {
            assertTrue(api.path("paths").has(path), path);
        }
        HttpResponse<String> page = get(s, "");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"app.js\""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        HttpResponse<String> check = postJson(s, "api/v1/check", "{\"" + INCOME + "\": \"abc\", \"" + SPENDING
                + "\": \"150\"}");
        assertEquals("error", json(check).path("fields").path(INCOME).path("level").asText());
        assertEquals("warning", json(check).path("fields").path(SPENDING).path("level").asText());
    }

    private static void assertProblem(HttpResponse<String> r, int status, String detailPart) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode p = json(r);
        assertEquals(status, p.path("status").asInt());
        assertFalse(p.path("title").asText().isEmpty());
        assertTrue(p.path("detail").asText().contains(detailPart), p.path("detail").asText());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }

    @Test
    void badRequestsGetProblemDocumentsWithFittingStatuses() throws Exception {
        PredictionServer s = start(local().withLimits(4096, ServeOptions.DEFAULT_TIMEOUT));
        assertProblem(postJson(s, "api/v1/predict", "{\"" + INCOME + "\": 15,"), 400, "not valid JSON (line 1");
        assertProblem(postJson(s, "api/v1/predict", ""), 400, "no body");
        assertProblem(postJson(s, "api/v1/predict", "42"), 400, "a number");
        assertProblem(postJson(s, "api/v1/predict", "[{}, 3]"), 400, "the array[1] is a number");
        assertProblem(postJson(s, "invocations", "{\"instances\": [], \"inputs\": []}"), 400, "exactly one of");
        assertProblem(post(s, "api/v1/predict", "text/plain", "15,39"), 415, "text/plain");
        assertProblem(post(s, "api/v1/predict", null, "{}"), 415, "no Content-Type");
        assertProblem(post(s, "invocations", "text/csv", "a\n1\n"), 415, "application/json");
        assertProblem(postJson(s, "api/v1/predict", "[" + "{\"a\": 1},".repeat(600) + "{}]"), 413, "4,096 bytes");
        assertProblem(get(s, "api/v2/predict"), 404, "/api/v2/predict");
        assertProblem(get(s, "api/v1/predict"), 405, "GET");

        HttpResponse<String> one = postJson(s, "api/v1/predict", "{\"" + INCOME + "\": \"lots\"}");
        assertProblem(one, 422, "\"lots\" of " + INCOME + " is not a number");
        JsonNode errors = json(one).path("errors");
        assertEquals(2, errors.size(), one.body());
        assertEquals(INCOME, errors.get(0).path("field").asText());
        assertEquals(SPENDING, errors.get(1).path("field").asText());
        assertTrue(errors.get(1).path("detail").asText().contains("missing"));
        assertProblem(postJson(s, "api/v1/predict", "{\"" + INCOME + "\": [1, 2], \"" + SPENDING + "\": 3}"), 422,
                "an object or an array");

        HttpResponse<String> batch = postJson(s, "api/v1/predict", "[{\"" + INCOME + "\": 15, \"" + SPENDING
                + "\": 39}, {\"" + INCOME + "\": \"x\", \"" + SPENDING + "\": 39}, {\"" + INCOME + "\": 137, \""
                + SPENDING + "\": 83}]");
        assertEquals(200, batch.statusCode(), batch.body());
        JsonNode b = json(batch);
        assertEquals(mall.segment(0), b.get(0).path("segment").asInt());
        assertEquals(1, b.get(1).path("row").asInt());
        assertTrue(b.get(1).path("segment").isNull());
        assertEquals(INCOME, b.get(1).path("errors").get(0).path("field").asText());
        assertTrue(b.get(1).path("error").asText().contains("(row 1)"), b.get(1).toString());
        assertEquals(mall.segment(199), b.get(2).path("segment").asInt());

        HttpResponse<String> noColumn = post(s, "api/v1/predict", "text/csv", "Age\n31337.25\n");
        assertProblem(noColumn, 422, INCOME);
        assertFalse(noColumn.body().contains("segmenta-serve-"), noColumn.body());
        String text = logText();
        assertTrue(text.contains("POST /api/v1/predict 422"), text);
        assertTrue(text.contains("POST /api/v1/predict 413"), text);
        for (String value : List.of("lots", "\"x\"", "31337", "Age")) {
            assertFalse(text.contains(value), "the log holds a customer's value " + value + ":\n" + text);
        }
    }

    @Test
    void aBodyWithoutContentLengthIsStillLimited() throws Exception {
        PredictionServer s = start(local().withLimits(2048, ServeOptions.DEFAULT_TIMEOUT));
        byte[] big = ("[" + "{\"a\": 1},".repeat(400) + "{}]").getBytes(StandardCharsets.UTF_8);
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(s.uri().resolve("api/v1/predict"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> r = Served.HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertProblem(r, 413, "2,048 bytes");
    }

    @Test
    void corsIsOffUnlessAnOriginIsGiven() throws Exception {
        PredictionServer s = start(local());
        HttpResponse<String> r = get(s, "health", "Origin", "https://crm.example.com");
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        s.close();
        PredictionServer c = start(local().withCors("https://crm.example.com"));
        HttpResponse<String> allowed = get(c, "health", "Origin", "https://crm.example.com");
        assertEquals("https://crm.example.com", allowed.headers().firstValue("Access-Control-Allow-Origin")
                .orElse(""), allowed.headers().toString());
        HttpResponse<String> other = get(c, "health", "Origin", "https://evil.example.com");
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void numbersInAnswersDoNotDependOnTheLocale() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            PredictionServer s = start(local());
            HttpResponse<String> r = post(s, "api/v1/predict", "text/csv", INCOME + "," + SPENDING + "\n15,39\n");
            assertTrue(r.body().contains(",0.8241,") || r.body().matches("(?s).*,\\d+\\.\\d{4},.*"), r.body());
        } finally {
            Locale.setDefault(before);
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
