package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.ReportMaker;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export report...: the Segment step writes the core's report of the shown run, with the analyst's words. */
class ReportExportTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final SegmentViewModel vm = main.segmentStep();

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void writesTheSameReportAsTheCoreWithTheAnalystsNamesAndDescriptions() throws Exception {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        vm.kProperty().set(5);
        vm.segment();
        vm.rename(0, "Mainstream");
        vm.describe(1, "Send the premium catalogue");
        assertEquals("Mall_Customers-report.html", vm.suggestedReportName());
        Path out = tmp.resolve("mall-report.html");
        vm.exportReport(out);
        assertEquals(Notice.Level.SUCCESS, main.notices().current().level(), () -> main.notices().current().text());
        assertTrue(main.notices().current().text().contains(out.toString()));

        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("1. Mainstream"), "the analyst's name");
        assertTrue(html.contains("Send the premium catalogue"), "the analyst's description");
        SegmentationResult r = vm.result();
        String core = SegmentReport.html(new ReportInput(main.data().dataset(), r,
                ReportMaker.sweep(main.data().dataset(), r, ProgressListener.NONE, CancellationToken.NONE),
                List.copyOf(vm.segmentNames()), List.copyOf(vm.descriptions()), null, LocalDate.now(), null,
                "development build"));
        assertEquals(core, html, "the window writes what segmenta report writes for the same run");
        assertFalse(html.contains("Placing new customers"), "no model saved, no section on using it");
    }

    @Test
    void onceTheRunIsSavedAsAModelTheReportSaysHowToPlaceNewCustomersAsTheCommandLinesDoes() throws Exception {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        vm.segment();
        Path model = tmp.resolve("mall-model.json");
        main.predict().saveModel(model);
        assertEquals(Notice.Level.SUCCESS, main.notices().current().level(), () -> main.notices().current().text());
        Path out = tmp.resolve("mall-report.html");
        vm.exportReport(out);
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("<h2>Placing new customers</h2>"), "the section segmenta report --model writes");
        assertTrue(html.contains("segmenta predict --model mall-model.json"), "with the model's file name");
        SegmentationResult r = vm.result();
        String core = SegmentReport.html(new ReportInput(main.data().dataset(), r,
                ReportMaker.sweep(main.data().dataset(), r, ProgressListener.NONE, CancellationToken.NONE),
                List.copyOf(vm.segmentNames()), List.copyOf(vm.descriptions()), null, LocalDate.now(), "mall-model.json",
                "development build"));
        assertEquals(core, html);

        // another run has no model until it is saved
        vm.kProperty().set(3);
        vm.segment();
        vm.exportReport(out);
        assertFalse(Files.readString(out, StandardCharsets.UTF_8).contains("Placing new customers"));
    }

    @Test
    void withoutARunThereIsNothingToReport() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        Path out = tmp.resolve("none.html");
        vm.exportReport(out);
        assertEquals(Notice.Level.ERROR, main.notices().current().level());
        assertFalse(Files.exists(out));
    }
}
