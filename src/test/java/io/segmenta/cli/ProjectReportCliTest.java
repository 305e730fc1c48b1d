package io.segmenta.cli;

import static io.segmenta.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.projectfile.DataFile;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectFiles;
import io.segmenta.core.projectfile.ProjectRun;
import io.segmenta.core.projectfile.TableSource;
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

/** {@code segmenta report --project P.segmenta}: the selected run of a saved project, as the window reports it. */
class ProjectReportCliTest {
    private static final List<String> FEATURES = List.of("Annual Income (k$)", "Spending Score (1-100)");
    private static final List<String> NAMES = List.of("Careful", "Standard", "Target", "Spendthrift", "Sensible");
    private static final List<String> SAID = List.of("Keep them", "", "Loyalty club", "", "Newsletter");

    private static Project project(Path data) {
        Dataset d = CsvImporter.read(data);
        SegmentationSpec four = SegmentationSpec.of(FEATURES, 4, 42);
        SegmentationSpec five = SegmentationSpec.of(FEATURES, 5, 42);
        return new Project("test", "2026-12-06T10:00:00Z", TableSource.file(data, DataFile.fingerprint(data), null, d),
                null, List.of(new ProjectRun(1, four, List.of("a", "b", "c", "d"), List.of("", "", "", "")),
                new ProjectRun(2, five, NAMES, SAID)), 2, null, null, "SEGMENT");
    }

    @Test
    void reportsTheSelectedRunWithItsNamesAsTheWindowDoes(@TempDir Path dir) throws Exception {
        Path mall = dir.resolve("Mall_Customers.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), mall);
        Path p = dir.resolve("mall.segmenta");
        ProjectFiles.write(project(mall), p);
        Path out = dir.resolve("report.html");

        CliTest.Run r = cli("report", "--project", p.toString(), "--out", out.toString(), "--title", "Mall");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Wrote report " + out.toAbsolutePath()), r.out());

        Dataset data = CsvImporter.read(mall);
        SegmentationResult result = Segmenter.segment(data, SegmentationSpec.of(FEATURES, 5, 42), ProgressListener.NONE,
                CancellationToken.NONE);
        String expected = SegmentReport.html(new ReportInput(data, result, ReportMaker.sweep(data, result,
                ProgressListener.NONE, CancellationToken.NONE), NAMES, SAID, "Mall", LocalDate.now(), null,
                SegmentaCli.versionText()));
        assertEquals(expected, Files.readString(out));
        assertTrue(expected.contains("Loyalty club"));
    }

    @Test
    void refusesAChangedDataFileUnlessAskedAndNeedsNoFeatures(@TempDir Path dir) throws Exception {
        Path mall = dir.resolve("Mall_Customers.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), mall);
        Path p = dir.resolve("mall.segmenta");
        ProjectFiles.write(project(mall), p);
        Files.writeString(mall, Files.readString(mall).replace("0200,Male,30,137,83", "0200,Male,31,137,83"));
        Path out = dir.resolve("report.html");

        CliTest.Run refused = cli("report", "--project", p.toString(), "--out", out.toString());
        assertEquals(SegmentaCli.EXIT_INPUT, refused.code(), refused.err());
        assertTrue(refused.err().contains("changed since"), refused.err());
        assertTrue(Files.notExists(out));

        CliTest.Run accepted = cli("report", "--project", p.toString(), "--out", out.toString(), "--accept-changed-data");
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.err().contains("changed since the project was saved"), accepted.err());

        CliTest.Run both = cli("report", mall.toString(), "--project", p.toString(), "--out", out.toString());
        assertEquals(SegmentaCli.EXIT_USAGE, both.code());
        assertTrue(both.err().contains("give no FILE"), both.err());

        CliTest.Run noFeatures = cli("report", mall.toString(), "--out", out.toString());
        assertEquals(SegmentaCli.EXIT_USAGE, noFeatures.code());
        assertTrue(noFeatures.err().contains("Missing required option: '--features=A,B'"), noFeatures.err());
    }
}
