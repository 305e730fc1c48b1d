package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.ReportMaker;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segmenta report}: the same report the core writes, a model beside it, and bad input refused. */
class ReportCliTest {
    private static final String FEATURES = "Annual Income (k$),Spending Score (1-100)";

    @Test
    void writesTheReportTheCoreWritesForTheSameChoices(@TempDir Path dir) throws Exception {
        Path mall = SharedData.dataset(SharedData.MALL);
        Path out = dir.resolve("report.html");
        Path model = dir.resolve("model.json");
        CliTest.Run r = cli("report", mall.toString(), "--features", FEATURES, "--k", "5", "--out", out.toString(),
                "--model", model.toString(), "--title", "Mall segments");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote report " + out.toAbsolutePath()), r.out());
        assertTrue(Files.isRegularFile(model), "the model file");

        Dataset data = CsvImporter.read(mall);
        var result = ReportMaker.segment(data, SegmentationSpec.of(List.of(FEATURES.split(",")), 5,
                SegmentationSpec.DEFAULT_SEED), ProgressListener.NONE, CancellationToken.NONE);
        String expected = SegmentReport.html(new ReportInput(data, result,
                ReportMaker.sweep(data, result, ProgressListener.NONE, CancellationToken.NONE), List.of(), List.of(),
                "Mall segments", LocalDate.now(), "model.json", SegmentaCli.versionText()));
        assertEquals(expected, Files.readString(out), "the command line writes what the core (and the window) write");
        assertTrue(expected.contains("segmenta predict --model model.json"));
    }

    @Test
    void refusesToOverwriteTheInputAndNeedsAnOutputFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("customers.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), csv);
        byte[] before = Files.readAllBytes(csv);
        CliTest.Run same = cli("report", csv.toString(), "--features", FEATURES, "--k", "5", "--out", csv.toString());
        assertEquals(SegmentaCli.EXIT_INPUT, same.code());
        assertTrue(same.err().contains("is the input file"), same.err());
        assertFalse(same.err().contains("Exception"), same.err());
        assertEquals(new String(before), new String(Files.readAllBytes(csv)), "the input is untouched");

        CliTest.Run none = cli("report", csv.toString(), "--features", FEATURES, "--k", "5");
        assertEquals(SegmentaCli.EXIT_USAGE, none.code());
        assertTrue(none.err().contains("--out"), none.err());
    }
}
