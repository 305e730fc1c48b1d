package io.segmenta.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.InputCheck;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.Prediction;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.Step;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Predict step's view-model on the built-in sample with the real core, without the FX toolkit. */
class PredictViewModelTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final PredictViewModel vm = main.predict();

    @TempDir
    Path tmp;

    @BeforeEach
    void segmentTheSample() {
        main.start(List.of());
        assertNotNull(main.data().dataset(), () -> "sample: " + main.notices().current());
        main.segmentStep().features().choices().forEach(f -> f.selectedProperty().set(
                List.of("Gender", "Age", INCOME, SPENDING).contains(f.name())));
        main.segmentStep().kProperty().set(4);
        main.segmentStep().segment();
        assertNotNull(main.segmentStep().result(), () -> "segment: " + main.notices().current());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void fill(String gender, String age, String income, String spending) {
        vm.customer().field("Gender").setText(gender);
        vm.customer().field("Age").setText(age);
        vm.customer().field(INCOME).setText(income);
        vm.customer().field(SPENDING).setText(spending);
    }

    @Test
    void showingTheStepUsesTheCurrentSegmentationWithItsNames() {
        assertNull(vm.model());
        main.segmentStep().rename(0, "Loyal regulars");
        main.stepProperty().set(Step.PREDICT);
        SegmentModel m = vm.model();
        assertNotNull(m, () -> "model: " + main.notices().current());
        assertEquals("Loyal regulars", m.segments().get(0).name());
        assertEquals("Current segmentation of customers_sample.csv", vm.modelSourceProperty().get());
        assertTrue(vm.modelSummaryProperty().get().startsWith("k-means · 4 segments · features Gender=Male, Age, "),
                vm.modelSummaryProperty().get());
        // the model says what drove its segments, under its summary
        assertTrue(vm.modelNotes().stream().anyMatch(n -> n.startsWith("What separates the segments most (0 to 1): ")),
                vm.modelNotes().toString());
        assertEquals(List.of("Gender", "Age", INCOME, SPENDING), vm.customer().fields().stream().map(InputField::label).toList());
        assertTrue(vm.customer().fields().get(0).isChoice());
        assertEquals(List.of("Female", "Male"), vm.customer().fields().get(0).choices());
        assertEquals("18 to 70", vm.customer().field("Age").hint());
        assertTrue(m.segments().get(0).description().contains("customers ("), "an automatic description");
        // renaming again makes the model stale: it is made again while the step is on show
        main.segmentStep().rename(1, "Bargain hunters");
        assertEquals("Bargain hunters", vm.model().segments().get(1).name());
        main.segmentStep().describe(1, "Come for the sales, leave with little.");
        assertEquals("Come for the sales, leave with little.", vm.model().segments().get(1).description());
    }

    @Test
    void theFormValidatesAsTheUserTypes() {
        main.stepProperty().set(Step.PREDICT);
        InputField age = vm.customer().field("Age");
        assertEquals(InputCheck.Level.ERROR, age.check().level(), "empty and required");
        assertFalse(age.touchedProperty().get(), "an untouched field shows no error yet");
        assertFalse(vm.customer().canPredictBinding().get());
        age.setText("3O");
        assertTrue(age.touchedProperty().get());
        assertTrue(age.check().isError());
        assertTrue(age.check().message().contains("\"3O\" of Age is not a number"), age.check().message());
        age.setText("95");
        assertTrue(age.check().isWarning());
        assertEquals("Age = 95, above the training range (18 to 70).", age.check().message());
        age.setText("35");
        assertEquals(InputCheck.Level.OK, age.check().level());
        vm.customer().field("Gender").setText("Robot");
        assertTrue(vm.customer().field("Gender").check().isWarning());
        fill("Female", "35", "70", "80");
        assertTrue(vm.customer().canPredictBinding().get());
        vm.customer().field(SPENDING).setText("");
        assertFalse(vm.customer().canPredictBinding().get());
        assertTrue(vm.customer().field(SPENDING).check().message().contains("Spending Score (1-100) is needed"));
    }

    @Test
    void theTrainingIsolationForestFlagsAnUnusualNewCustomerInTheForm() {
        main.prepare().outliers().methodProperty().set(io.segmenta.core.prep.OutlierMethod.ISOLATION_FOREST);
        main.segmentStep().segment();
        assertNotNull(main.segmentStep().result(), () -> "segment: " + main.notices().current());
        main.stepProperty().set(Step.PREDICT);
        assertTrue(vm.model().notes().stream().noneMatch(n -> n.contains("Isolation Forest")),
                "the model holds the forest: " + vm.model().notes());
        fill("Male", "90", "400", "1");
        vm.customer().predict();
        Prediction odd = vm.customer().prediction();
        assertNotNull(odd, vm.customer().predictionErrorProperty().get());
        assertTrue(odd.warnings().stream().anyMatch(w -> w.startsWith("An outlier by the training rule, Isolation "
                + "Forest") && w.contains("anomaly score")), odd.warnings().toString());
        fill("Female", "35", "60", "50");
        vm.customer().predict();
        Prediction typical = vm.customer().prediction();
        assertNotNull(typical, vm.customer().predictionErrorProperty().get());
        assertTrue(typical.warnings().stream().noneMatch(w -> w.startsWith("An outlier")), typical.warnings()
                .toString());
    }

    @Test
    void predictPlacesTheCustomerLikeTheModelAndClearsWhenTheFormChanges() {
        main.stepProperty().set(Step.PREDICT);
        vm.customer().predict();
        assertNull(vm.customer().prediction());
        assertTrue(vm.customer().predictionErrorProperty().get().contains("Gender is needed"), vm.customer().predictionErrorProperty().get());
        assertTrue(vm.customer().fields().stream().allMatch(f -> f.touchedProperty().get()), "Predict shows every field's error");
        fill("Female", "35", "70", "80");
        vm.customer().predict();
        Prediction p = vm.customer().prediction();
        assertNotNull(p, vm.customer().predictionErrorProperty().get());
        assertNull(vm.customer().predictionErrorProperty().get());
        assertEquals(vm.model().predict(java.util.Map.of("Gender", "Female", "Age", "35", INCOME, "70", SPENDING,
                "80")).segment(), p.segment());
        assertEquals(4, p.distances().length);
        assertTrue(OneCustomerViewModel.typicality(p).contains("% of its customers"));
        assertEquals("Segment " + p.number() + " of 4", OneCustomerViewModel.segmentLine(vm.model(), p));
        vm.customer().field("Age").setText("36");
        assertNull(vm.customer().prediction(), "a result never shows values the form no longer holds");
        vm.customer().predict();
        assertNotNull(vm.customer().prediction());
        vm.customer().clearForm();
        assertNull(vm.customer().prediction());
        assertEquals("", vm.customer().field("Age").text());
        assertFalse(vm.customer().field("Age").touchedProperty().get());
    }

    @Test
    void saveAndOpenAModelFile() throws Exception {
        Path file = tmp.resolve(vm.suggestedModelName());
        assertEquals("customers_sample-model.json", file.getFileName().toString());
        assertTrue(vm.canSaveBinding().get());
        vm.saveModel(file);
        assertEquals(Notice.Level.SUCCESS, main.notices().current().level(), main.notices().current().text());
        assertTrue(Files.exists(file));
        assertNotNull(vm.model(), "saving with no model in use uses the saved one");
        // values typed stay when another model of the same columns is opened
        fill("Male", "40", "60", "50");
        vm.openModel(file);
        assertTrue(vm.modelSourceProperty().get().startsWith("Model file customers_sample-model.json"));
        assertEquals("40", vm.customer().field("Age").text());
        assertEquals(ModelFile.toJson(ModelFile.read(file)), ModelFile.toJson(vm.model()));
        // a damaged file: the message names it, and the model in use stays
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, Files.readString(file).substring(0, 200));
        SegmentModel before = vm.model();
        vm.openModel(bad);
        assertEquals(Notice.Level.ERROR, main.notices().current().level());
        assertTrue(main.notices().current().text().contains("bad.json ends too early"));
        assertEquals(before, vm.model());
    }

    @Test
    void aFileOfCustomersWithBadRows() throws Exception {
        main.stepProperty().set(Step.PREDICT);
        Path in = tmp.resolve("new.csv");
        Files.write(in, List.of("Gender,Age,Annual Income (k$),Spending Score (1-100)", "Female,30,70,80",
                "Male,x,40,20", "Male,45,,50", "Female,52,60,40"), StandardCharsets.UTF_8);
        Path out = tmp.resolve(CustomerFileViewModel.suggestedOutputName(in));
        assertEquals("new-predicted.csv", out.getFileName().toString());
        List<Double> progress = new ArrayList<>();
        runner.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.file().predictFile(in, out);
        assertFalse(vm.file().batchRunningProperty().get());
        assertNotNull(vm.file().batch(), vm.file().batchTextProperty().get());
        assertEquals(2, vm.file().batch().assigned());
        assertEquals(2, vm.file().batch().failed());
        assertTrue(vm.file().batchTextProperty().get().startsWith("Placed 2 of 4 customers in "), vm.file().batchTextProperty().get());
        assertTrue(vm.file().batchTextProperty().get().contains("2 rows without a segment"));
        assertEquals(List.of("line 3: The value \"x\" of Age is not a number. Give a number such as 42 or 3.5.",
                "line 4: Annual Income (k$) is empty, and the model needs it (training left out customers without "
                        + "Annual Income (k$))."), vm.file().batchErrors());
        assertEquals(Notice.Level.WARNING, main.notices().current().level());
        assertTrue(progress.stream().anyMatch(v -> v > 0.5), "progress was reported");
        Dataset written = CsvImporter.read(out);
        assertEquals(4, written.rowCount());
    }

    @Test
    void cancellingAFileLeavesNothing() throws Exception {
        main.stepProperty().set(Step.PREDICT);
        Path in = tmp.resolve("many.csv");
        List<String> lines = new ArrayList<>();
        lines.add("Gender,Age,Annual Income (k$),Spending Score (1-100)");
        for (int i = 0; i < 20_000; i++) {
            lines.add((i % 2 == 0 ? "Male" : "Female") + "," + (18 + i % 50) + "," + (20 + i % 100) + "," + (1 + i % 99));
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        runner.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0.3) {
                vm.file().cancel();
            }
        });
        Path out = tmp.resolve("out.csv");
        vm.file().predictFile(in, out);
        assertFalse(vm.file().batchRunningProperty().get());
        assertNull(vm.file().batch());
        assertEquals("Cancelled: nothing was written.", vm.file().batchTextProperty().get());
        assertFalse(Files.exists(out));
    }

    @Test
    void theScatterShowsTheTableInItsSegmentsAndTheNewCustomer() throws Exception {
        main.stepProperty().set(Step.PREDICT);
        assertEquals(List.of("Age", INCOME, SPENDING), vm.plotAxes(), "plain numeric inputs");
        assertEquals("Age", vm.plotXProperty().get());
        assertEquals(INCOME, vm.plotYProperty().get());
        var plot = vm.plotProperty().get();
        assertNotNull(plot);
        assertEquals(main.data().dataset().rowCount(), plot.size());
        assertEquals(main.segmentStep().result().segmentOfRow(), plot.group(), "the segmentation's own labels");
        assertTrue(vm.plotNoteProperty().get().startsWith("The customers of customers_sample.csv in their segments"));
        // centres in original units: the segment means of the clustered customers
        var r = main.segmentStep().result();
        double[] means = r.centroidsOriginal();
        int d = r.features().cols();
        int age = r.features().featureNames().indexOf("Age");
        for (int s = 0; s < 4; s++) {
            assertEquals(means[s * d + age], plot.centroidX()[s], 1e-9);
        }
        assertNull(vm.highlightProperty().get());
        fill("Male", "41", "88", "17");
        vm.customer().predict();
        var h = vm.highlightProperty().get();
        assertNotNull(h);
        assertEquals(41, h.x(), 1e-9);
        assertEquals(88, h.y(), 1e-9);
        assertEquals(vm.customer().prediction().segment(), h.segment());
        vm.plotYProperty().set(SPENDING);
        assertEquals(17, vm.highlightProperty().get().y(), 1e-9);
        assertEquals(SPENDING, vm.plotProperty().get().yLabel());
        // a redraw plots the table's own column: no copy of every row each time (80 MB at 10,000,000 rows)
        assertSame(((io.segmenta.core.data.NumericColumn) main.data().dataset().column("Age")).sharedValues(),
                vm.plotProperty().get().x());
        assertSame(plot.x(), vm.plotProperty().get().x(), "the x axis did not change");
        // and the model's job worked out its range ahead: a value written into the array since is not seen
        double[] ages = plot.x();
        double kept = ages[0];
        ages[0] = 1e9;
        try {
            assertEquals(70, io.segmenta.core.chart.ScatterMapping.rangeOf(ages)[1], "the range known before");
        } finally {
            ages[0] = kept;
        }

        // a model from a file places the open table itself, in the background
        Path file = tmp.resolve("m.json");
        vm.saveModel(file);
        vm.openModel(file);
        assertTrue(vm.modelSourceProperty().get().startsWith("Model file m.json"));
        int[] groups = vm.plotProperty().get().group();
        int[] seg = r.segmentOfRow();
        for (int row = 0; row < seg.length; row++) {
            assertEquals(seg[row] >= 0 ? seg[row] : io.segmenta.core.model.BatchPredictions.FAILED, groups[row],
                    "row " + row);
        }
    }

    @Test
    void anExampleCustomerFillsTheFormWithValuesTheModelAccepts() throws Exception {
        main.stepProperty().set(Step.PREDICT);
        vm.customer().fillExample();
        assertTrue(vm.customer().fields().stream().noneMatch(f -> f.check().isError()));
        double age = PredictionPlot.original(vm.model(), "Age", vm.model().segments().get(0).centroid());
        assertEquals(Long.toString(Math.round(age)), vm.customer().field("Age").text());
        assertEquals("Female", vm.customer().field("Gender").text());
        vm.customer().predict();
        assertNotNull(vm.customer().prediction(), vm.customer().predictionErrorProperty().get());

        // derived inputs: a birth year and a date, from a model of the marketing table
        Dataset mk = CsvImporter.read(io.segmenta.testing.SharedData.dataset(io.segmenta.testing.SharedData.MARKETING));
        var spec = new io.segmenta.core.SegmentationSpec(io.segmenta.core.model.ModelRoundTripTestAccess.everything(),
                io.segmenta.core.cluster.KMeansSpec.of(3), 42);
        var r = io.segmenta.core.Segmenter.segment(mk, spec, io.segmenta.core.work.ProgressListener.NONE,
                io.segmenta.core.work.CancellationToken.NONE);
        Path file = tmp.resolve("marketing.json");
        ModelFile.write(io.segmenta.core.model.ModelBuilder.build(mk, r, null, java.time.Instant.now(), "test"), file);
        vm.openModel(file);
        vm.customer().fillExample();
        assertTrue(vm.customer().fields().stream().noneMatch(f -> f.check().isError()),
                () -> vm.customer().fields().stream().map(f -> f.label() + "=" + f.text() + ": " + f.check().message()).toList()
                        .toString());
        assertTrue(vm.customer().field("Dt_Customer").text().matches("\\d{4}-\\d{2}-\\d{2}"), vm.customer().field("Dt_Customer").text());
        assertTrue(vm.customer().field("Year_Birth").text().matches("19\\d\\d"), vm.customer().field("Year_Birth").text());
        vm.customer().predict();
        assertNotNull(vm.customer().prediction(), vm.customer().predictionErrorProperty().get());
    }
}
