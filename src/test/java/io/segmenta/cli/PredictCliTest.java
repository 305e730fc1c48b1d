package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cluster --model} saves a model; {@code predict} places one customer or a whole file with it. */
class PredictCliTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";
    private static final String FEATURES = "Gender,Age," + INCOME + "," + SPENDING;

    @TempDir
    Path dir;

    /** A k = 4 model of the built-in sample. */
    private Path sampleModel() throws Exception {
        Path model = dir.resolve("model.json");
        CliTest.Run r = cli("cluster", "@sample", "--features", FEATURES, "--k", "4", "--model", model.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(model.toString(), r.json().path("model").asText());
        assertTrue(Files.readString(model).contains("\"format\" : \"segmenta-model\""));
        return model;
    }

    private Path csv(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void oneCustomerAsJson() throws Exception {
        Path model = sampleModel();
        CliTest.Run r = cli("predict", "--model", model.toString(), "--value", "Gender=Female", "--value", "age=30",
                "--value", INCOME + "=70", "--value", SPENDING + "=80", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        int segment = j.path("segment").asInt();
        assertTrue(segment >= 1 && segment <= 4, r.out());
        assertFalse(j.path("name").asText().isEmpty());
        assertEquals(segment - 1, j.path("colour").asInt());
        JsonNode distances = j.path("distances");
        assertEquals(4, distances.size());
        double own = distances.get(segment - 1).path("distance").asDouble();
        for (JsonNode d : distances) {
            assertTrue(own <= d.path("distance").asDouble());
        }
        assertEquals(own, j.path("distance").asDouble(), 0.0);
        double pct = j.path("distance_percentile").asDouble();
        assertTrue(pct >= 0 && pct <= 100, r.out());
        assertEquals(0, j.path("warnings").size(), r.out());
        assertTrue(j.path("probabilities").isMissingNode());
    }

    @Test
    void theModelsDriversAndTrainingWarningsArePrintedWithAPrediction() throws Exception {
        Path model = dir.resolve("marketing-model.json");
        CliTest.Run made = cli("cluster", SharedData.dataset(SharedData.MARKETING).toString(), "--features",
                "Income,Recency", "--k", "4", "--model", model.toString());
        assertEquals(0, made.code(), made.err());
        CliTest.Run r = cli("predict", "--model", model.toString(), "--value", "Income=52000", "--value",
                "Recency=40");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Model: What separates the segments most (0 to 1): "), r.out());
        assertTrue(r.out().contains("Model: When the model was made: Income is strongly skewed (skewness 6.76, over"
                + " 2)"), r.out());
    }

    @Test
    void oneUnusualCustomerAsText() throws Exception {
        Path model = sampleModel();
        CliTest.Run r = cli("predict", "--model", model.toString(), "--value", "Gender=Robot", "--value", "Age=95",
                "--value", INCOME + "=70", "--value", SPENDING + "=80");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Segment "), r.out());
        assertTrue(r.out().contains("Warning: Gender: the level \"Robot\" was not seen"), r.out());
        assertTrue(r.out().contains("Warning: Age = 95, above the training range (18 to 70)."), r.out());
    }

    @Test
    void badValuesNameTheColumn() throws Exception {
        Path model = sampleModel();
        CliTest.Run r = cli("predict", "--model", model.toString(), "--value", "Gender=Male", "--value", "Age=thirty",
                "--value", INCOME + "=70", "--value", SPENDING + "=80");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("\"thirty\" of Age is not a number"), r.err());
        r = cli("predict", "--model", model.toString(), "--value", "Gender=Male", "--value", "Age=30");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("lacks values for " + INCOME + ", " + SPENDING), r.err());
        r = cli("predict", "--model", model.toString(), "--value", "Gender=Male", "--value", "Agee=30");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("The model has no column Agee. It needs Gender, Age,"), r.err());
        r = cli("predict", "--model", model.toString(), "--value", "Age");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Write COLUMN=VALUE"), r.err());
    }

    @Test
    void usageErrors() throws Exception {
        Path model = sampleModel();
        assertEquals(2, cli("predict", "--model", model.toString()).code());
        assertEquals(2, cli("predict", "--model", model.toString(), "--in", "x.csv").code());
        CliTest.Run both = cli("predict", "--model", model.toString(), "--in", "x.csv", "--out", "y.csv", "--value",
                "Age=3");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("not both"), both.err());
        assertEquals(2, cli("predict", "--value", "Age=3").code());
    }

    @Test
    void aFileWithBadRowsKeepsEveryRow() throws Exception {
        Path model = sampleModel();
        Path in = csv("new.csv",
                "id,age,Gender,Annual Income (k$),Spending Score (1-100),Note",
                "a1,30,Female,70,80,first",
                "a2,thirty,Male,40,20,bad age",
                "a3,45,Male,,50,no income",
                "a4,52,Robot,60,40,unseen level",
                "\"a5\",\"61\",Female,\"35\",\"12\",\"quoted, with comma\"",
                "a6,19,Female,300,99,high income");
        Path out = dir.resolve("out.csv");
        CliTest.Run r = cli("predict", "--model", model.toString(), "--in", in.toString(), "--out", out.toString(),
                "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(6, j.path("rows").asInt());
        assertEquals(4, j.path("assigned").asInt());
        assertEquals(2, j.path("failed").asInt());
        assertEquals(2, j.path("warned").asInt());
        JsonNode errors = j.path("errors");
        assertEquals(2, errors.size());
        assertEquals(3, errors.get(0).path("line").asInt());
        assertEquals(2, errors.get(0).path("row").asInt());
        assertTrue(errors.get(0).path("message").asText().contains("\"thirty\" of Age is not a number"));
        assertEquals(4, errors.get(1).path("line").asInt());
        assertTrue(errors.get(1).path("message").asText().contains(INCOME + " is empty, and the model needs it"));
        assertTrue(j.path("notes").toString().contains("\\\"age\\\" of new.csv is used for the model's \\\"Age\\\""),
                j.path("notes").toString());
        int total = 0;
        for (JsonNode s : j.path("segments")) {
            total += s.path("customers").asInt();
        }
        assertEquals(4, total);

        Dataset written = CsvImporter.read(out);
        assertEquals(List.of("id", "age", "Gender", INCOME, SPENDING, "Note", "Segment", "Segment name", "Distance",
                "Distance percentile", "Warning", "Error"), written.columnNames());
        assertEquals(6, written.rowCount());
        assertEquals("quoted, with comma", written.column("Note").format(4));
        assertEquals("", written.column("Segment").format(1));
        assertTrue(written.column("Error").format(1).contains("not a number"));
        assertFalse(written.column("Segment").format(3).isEmpty());
        assertTrue(written.column("Warning").format(3).contains("\"Robot\" was not seen in training"));
        assertTrue(written.column("Warning").format(5).contains(INCOME + " = 300, above the training range"));
        assertEquals("", written.column("Error").format(0));
        // the input is unchanged
        assertTrue(Files.readString(in).startsWith("id,age,Gender,"));
    }

    @Test
    void fileProblemsStopWithAMessage() throws Exception {
        Path model = sampleModel();
        Path lacking = csv("lacking.csv", "Age,Gender", "30,Male");
        CliTest.Run r = cli("predict", "--model", model.toString(), "--in", lacking.toString(), "--out",
                dir.resolve("o.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("lacking.csv lacks the columns " + INCOME + ", " + SPENDING
                + " that the model needs"), r.err());
        assertFalse(Files.exists(dir.resolve("o.csv")));
        Path ok = csv("ok.csv", "Age,Gender,Annual Income (k$),Spending Score (1-100)", "30,Male,50,50");
        r = cli("predict", "--model", model.toString(), "--in", ok.toString(), "--out", ok.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("never overwrites the file it reads"), r.err());
        Path future = dir.resolve("future.json");
        Files.writeString(future, Files.readString(model).replace("\"version\" : 1,", "\"version\" : 2,"));
        r = cli("predict", "--model", future.toString(), "--in", ok.toString(), "--out", dir.resolve("o.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("is a model of format version 2"), r.err());
    }

    @Test
    void theTrainingFileComesBackWithItsSegments() throws Exception {
        Path mall = SharedData.dataset(SharedData.MALL);
        Path model = dir.resolve("mall.json");
        Path segmented = dir.resolve("segmented.csv");
        CliTest.Run c = cli("cluster", mall.toString(), "--features", INCOME + "," + SPENDING, "--algorithm", "gmm",
                "--k", "5", "--model", model.toString(), "--out", segmented.toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("Wrote model " + model.toAbsolutePath()), c.out());
        Path out = dir.resolve("predicted.csv");
        CliTest.Run p = cli("predict", "--model", model.toString(), "--in", mall.toString(), "--out", out.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().startsWith("Mall_Customers.csv: placed 200 of 200 customers in "), p.out());
        Dataset a = CsvImporter.read(segmented);
        Dataset b = CsvImporter.read(out);
        for (int row = 0; row < 200; row++) {
            assertEquals(a.column("Segment").format(row), b.column("Segment").format(row));
            assertEquals(a.column("Segment name").format(row), b.column("Segment name").format(row));
            assertEquals(a.column("Segment probability").format(row), b.column("Probability").format(row));
        }
    }
}
