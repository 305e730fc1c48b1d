package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch prediction of files of new customers, on models of the built-in sample (no shared data needed). */
class BatchPredictorTest {
    private static final String HEADER = "CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)";

    @TempDir
    Path dir;

    /** A file of {@code n} generated customers, every 7th with a bad age. */
    private Path generated(int n) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (int i = 0; i < n; i++) {
            String age = i % 7 == 3 ? "unknown" : Integer.toString(18 + i % 53);
            lines.add(i + "," + (i % 2 == 0 ? "Female" : "Male") + "," + age + "," + (15 + i % 120) + ","
                    + (1 + i * 37 % 99));
        }
        Path p = dir.resolve("new.csv");
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void everyRowIsKeptAndBadOnesAreReportedByLine() throws Exception {
        SegmentModel model = ModelFileErrorsTest.sampleModel();
        Path in = generated(5000);
        Path out = dir.resolve("out.csv");
        List<Double> fractions = new ArrayList<>();
        BatchSummary s = BatchPredictor.run(model, in, out, (f, m) -> {
            synchronized (fractions) {
                fractions.add(f);
            }
        }, CancellationToken.NONE);
        int bad = (int) java.util.stream.IntStream.range(0, 5000).filter(i -> i % 7 == 3).count();
        assertEquals(5000, s.rows());
        assertEquals(bad, s.failed());
        assertEquals(5000 - bad, s.assigned());
        assertEquals(5000 - bad, java.util.Arrays.stream(s.counts()).sum());
        assertEquals(bad, s.errors().size());
        assertEquals(5, s.errors().get(0).line());
        assertEquals(3, s.errors().get(0).row());
        assertEquals("line 5: The value \"unknown\" of Age is not a number. Give a number such as 42 or 3.5.",
                s.errors().get(0).describe());
        assertEquals(12, s.errors().get(1).line());
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        assertTrue(fractions.stream().allMatch(f -> f >= 0 && f <= 1));
        Dataset written = CsvImporter.read(out);
        assertEquals(5000, written.rowCount());
        for (int row = 0; row < 5000; row++) {
            boolean failed = row % 7 == 3;
            assertEquals(failed, written.column("Segment").isMissing(row), "row " + row);
            assertEquals(failed, !written.column("Error").isMissing(row), "row " + row);
        }
        // the same rows placed one by one agree
        Dataset input = CsvImporter.read(in);
        for (int row = 0; row < 40; row++) {
            if (row % 7 == 3) {
                continue;
            }
            Prediction p = model.predict(ModelRoundTripTest.customer(input, model, row));
            assertEquals(Integer.toString(p.number()), written.column("Segment").format(row));
            assertEquals(Texts.fixed(p.distance(), 4), written.column("Distance").format(row));
        }
    }

    @Test
    void cancellingLeavesNoFileBehind() throws Exception {
        SegmentModel model = ModelFileErrorsTest.sampleModel();
        Path in = generated(50_000);
        Path out = dir.resolve("out.csv");
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressListener progress = (f, m) -> {
            if (f > 0.6) {
                cancel.set(true);
            }
        };
        assertThrows(CancelledException.class, () -> BatchPredictor.run(model, in, out, progress, cancel::get));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList());
        }
    }

    @Test
    void columnsAreMatchedByNameThenIgnoringCase() throws Exception {
        SegmentModel model = ModelFileErrorsTest.sampleModel();
        Path in = dir.resolve("case.csv");
        Files.writeString(in, "GENDER,age ,annual income (k$),Spending Score (1-100),extra\nMale,30,50,50,x\n");
        BatchSummary s = BatchPredictor.run(model, in, dir.resolve("o.csv"), ProgressListener.NONE,
                CancellationToken.NONE);
        assertEquals(1, s.assigned());
        assertEquals(3, s.notes().stream().filter(n -> n.contains("is used for the model's")).count());
        Files.writeString(in, "Gender,age,AGE,Annual Income (k$),Spending Score (1-100)\nMale,30,31,50,50\n");
        SegmentaException e = assertThrows(SegmentaException.class, () -> BatchPredictor.run(model, in,
                dir.resolve("o.csv"), ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("has several columns that could be Age: age, AGE"), e.getMessage());
    }

    @Test
    void aMixtureWritesProbabilities() throws Exception {
        SegmentModel model = ModelFileErrorsTest.sampleMixture();
        Path in = generated(300);
        Path out = dir.resolve("out.csv");
        BatchPredictor.run(model, in, out, ProgressListener.NONE, CancellationToken.NONE);
        Dataset written = CsvImporter.read(out);
        assertTrue(written.hasColumn("Probability"));
        assertFalse(written.hasColumn("Distance"));
        Dataset input = CsvImporter.read(in);
        for (int row = 0; row < 20; row++) {
            Prediction p = model.predict(ModelRoundTripTest.customer(input, model, row));
            assertEquals(Texts.fixed(p.probabilities()[p.segment()], 4), written.column("Probability").format(row));
            double sum = 0;
            for (double v : p.probabilities()) {
                sum += v;
            }
            assertEquals(1.0, sum, 1e-12);
        }
    }

    @Test
    void numbersFormattedForTheFile() {
        assertEquals("0.0001", Texts.fixed(0.00012, 4));
        assertEquals("12.5", Texts.fixed(12.5, 4));
        assertEquals("3", Texts.fixed(3.00001, 4));
        assertEquals("0", Texts.fixed(-0.00001, 4));
        assertEquals("-2.25", Texts.fixed(-2.25, 2));
        assertEquals("100", Texts.fixed(100, 1));
        assertEquals("", Texts.fixed(Double.NaN, 1));
    }

    @Test
    void aCustomerWithAnEmptyRequiredValueIsRefusedButNotTheOthers() {
        SegmentModel model = ModelFileErrorsTest.sampleModel();
        SegmentaException e = assertThrows(SegmentaException.class, () -> model.predict(Map.of("Gender", "Male",
                "Age", "", "Annual Income (k$)", "50", "Spending Score (1-100)", "50")));
        assertTrue(e.getMessage().contains("Age is missing"), e.getMessage());
    }
}
