package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.Notice;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Segment step's view-model on Mall Customers with the real core, without the FX toolkit;
 * figures are scikit-learn's (mall_reference.json).
 */
class SegmentViewModelTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final SegmentViewModel vm = main.segmentStep();

    @TempDir
    Path tmp;

    @BeforeEach
    void openMall() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void defaultsToIncomeAndSpendingWithSeed42() {
        assertEquals(List.of(INCOME, SPENDING), vm.features().selected());
        assertEquals("Income + Spending", vm.features().matchingPresetProperty().get().label());
        assertEquals("42", vm.seedTextProperty().get());
        assertNull(vm.seedErrorProperty().get());
        assertTrue(vm.features().presets().stream().anyMatch(p -> p.label().equals("Income")));
    }

    @Test
    void findKSweepsOneToTenAndSetsKToTheRecommendation() {
        JsonNode ref = SharedData.mallReference().at("/kmeans/income_spending/standardized_sweep");
        vm.kProperty().set(3);
        vm.findK();
        var outcome = vm.sweepProperty().get();
        assertNotNull(outcome, () -> "sweep failed: " + main.notices().current());
        List<SweepPoint> points = outcome.result().points();
        assertEquals(10, points.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(i + 1, points.get(i).k());
            double sklearn = ref.get(i).get("wcss").asDouble();
            // scikit-learn's best of 50 starts: never more than 0.5% better than ours (ours may be lower)
            assertTrue(points.get(i).wcss() <= sklearn * 1.005, "WCSS at k = " + (i + 1) + ": " + points.get(i).wcss()
                    + " vs scikit-learn " + sklearn);
            if (i + 1 <= 5) {
                assertEquals(sklearn, points.get(i).wcss(), sklearn * 1e-6, "WCSS at k = " + (i + 1));
            }
        }
        assertEquals(outcome.result().recommendedK(), vm.kProperty().get());
        assertFalse(outcome.result().rule().isBlank());
        assertTrue(runner.getMessage().contains("recommended k = " + outcome.result().recommendedK()),
                runner.getMessage());
    }

    @Test
    void segmentMatchesScikitLearnAndFeedsScatterAndProfiles() {
        JsonNode ref = SharedData.mallReference().at("/kmeans/income_spending/standardized_k5");
        vm.kProperty().set(5);
        vm.segment();
        SegmentationResult r = vm.result();
        assertNotNull(r, () -> "segment failed: " + main.notices().current());
        assertEquals(5, r.k());
        assertEquals(ref.get("wcss").asDouble(), r.wcss(), 1e-6);
        assertEquals(ref.get("silhouette").asDouble(), r.silhouette().value(), 1e-6);
        int[] sizes = r.profiles().stream().mapToInt(SegmentProfile::size).sorted().toArray();
        assertEquals("[22, 23, 35, 39, 81]", Arrays.toString(sizes));
        assertEquals(200, Arrays.stream(sizes).sum());

        assertEquals(5, vm.segmentNames().size());
        assertTrue(vm.summaryProperty().get().startsWith("k-means · k = 5 · 200 customers · WCSS 65.6 · silhouette "
                + "0.555"), vm.summaryProperty().get());

        // scatter: Income x Spending by default, every customer coloured, centres at the segment means
        assertEquals(INCOME, vm.xAxisProperty().get());
        assertEquals(SPENDING, vm.yAxisProperty().get());
        ScatterData s = vm.scatterProperty().get();
        assertEquals(200, s.size());
        assertEquals(5, s.segments());
        assertTrue(Arrays.stream(s.group()).allMatch(g -> g >= 0 && g < 5));
        double[] centreX = s.centroidX().clone();
        Arrays.sort(centreX);
        assertEquals(25.7273, centreX[0], 1e-3);
        assertEquals(88.2, centreX[4], 1e-3);

        vm.yAxisProperty().set("Age");
        assertEquals("Age", vm.scatterProperty().get().yLabel());
        assertEquals(19, vm.scatterProperty().get().y()[0], 0);
    }

    /** Each chart's points are a pass over every customer: a result builds the 2D and the 3D data once each. */
    @Test
    void aResultBuildsEachChartOnce() {
        List<Object> scatters = new java.util.ArrayList<>();
        List<Object> clouds = new java.util.ArrayList<>();
        vm.scatterProperty().addListener((o, was, now) -> scatters.add(now));
        vm.visuals().cloudProperty().addListener((o, was, now) -> clouds.add(now));
        vm.features().select("Age", true);
        vm.kProperty().set(4);
        vm.segment();
        assertNotNull(vm.result(), () -> "segment failed: " + main.notices().current());
        assertEquals(1, scatters.size(), "2D data built " + scatters.size() + " times");
        assertEquals(1, clouds.size(), "3D data built " + clouds.size() + " times");
        assertNotNull(scatters.get(0));
        assertNotNull(clouds.get(0));
        assertEquals("PC1 · ", vm.scatterProperty().get().xLabel().substring(0, 6));
    }

    @Test
    void anInvalidSeedIsExplainedAndStartsNothing() {
        int jobs = runner.jobsRun();
        vm.seedTextProperty().set("forty-two");
        assertTrue(vm.seedErrorProperty().get().contains("not a whole number"));
        vm.segment();
        vm.findK();
        assertEquals(jobs, runner.jobsRun());
        assertNull(vm.result());
        Notice n = main.notices().current();
        assertEquals(Notice.Level.ERROR, n.level());
        assertTrue(n.text().contains("forty-two"), n.text());
        vm.seedTextProperty().set(" 7 ");
        assertNull(vm.seedErrorProperty().get());
    }

    @Test
    void noFeaturesIsExplained() {
        vm.features().choices().forEach(f -> f.setSelected(false));
        assertEquals("0 of 4 feature columns selected", vm.features().selectionTextProperty().get());
        vm.segment();
        assertNull(vm.result());
        assertEquals("No features are selected. Tick at least one feature column or choose a preset.",
                main.notices().current().text());
    }

    @Test
    void kLargerThanTheRowsIsExplained() throws IOException {
        Path small = tmp.resolve("three.csv");
        Files.writeString(small, "Customer,Income,Spending\nA,10,20\nB,30,40\nC,50,10\n", StandardCharsets.UTF_8);
        main.data().open(small);
        assertEquals(3, main.data().dataset().rowCount());
        assertEquals(List.of("Income", "Spending"), vm.features().selected());
        vm.kProperty().set(5);
        vm.segment();
        assertNull(vm.result());
        assertEquals("k = 5 is more than the 3 rows of three.csv. Choose a smaller k.", main.notices().current().text());
    }

    @Test
    void cancellingFindKKeepsThePreviousState() {
        runner.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0.2) {
                runner.cancel();
            }
        });
        vm.findK();
        assertNull(vm.sweepProperty().get());
        assertEquals("Cancelled: Finding k", runner.getMessage());
    }

    @Test
    void exportWritesEveryRowWithSegmentAndTheAnalystsNames() throws IOException {
        vm.segment();
        vm.rename(0, "Careful spenders");
        vm.rename(1, "   ");
        assertEquals("Careful spenders", vm.segmentNames().get(0));
        assertEquals(vm.result().profiles().stream().filter(p -> p.segment() == 1).findFirst().orElseThrow().name(),
                vm.segmentNames().get(1), "a blank name restores the automatic one");
        Path out = tmp.resolve("mall-segmented.csv");
        assertEquals("Mall_Customers-segmented.csv", vm.suggestedExportName());
        vm.export(out);
        assertEquals(Notice.Level.SUCCESS, main.notices().current().level(), () -> main.notices().current().text());
        assertTrue(main.notices().current().text().contains(out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(201, lines.size());
        assertTrue(lines.get(0).contains("Segment") && lines.get(0).contains("Segment name"), lines.get(0));
        int segmentOfFirst = vm.result().segmentOfRow()[0];
        String firstName = vm.segmentNames().get(segmentOfFirst);
        assertTrue(lines.get(1).startsWith("0001,Male,19,15,39,"), lines.get(1));
        assertTrue(lines.get(1).contains(firstName), lines.get(1) + " should name " + firstName);
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains("Careful spenders")));
    }

    @Test
    void theAnalystsDescriptionsBecomeAColumnOfTheExportOnceOneIsWritten() throws IOException {
        vm.segment();
        Path plain = tmp.resolve("plain.csv");
        vm.export(plain);
        assertEquals("CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100),Segment,Segment name",
                Files.readAllLines(plain, StandardCharsets.UTF_8).get(0), "no description, no column");

        vm.describe(0, "  Mail them the loyalty offer, first week of the month ");
        Path out = tmp.resolve("described.csv");
        vm.export(out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("CustomerID,Genre,Age,Annual Income (k$),Spending Score (1-100),Segment,Segment name,"
                + "Segment description", lines.get(0));
        int[] seg = vm.result().segmentOfRow();
        List<String[]> rows;
        try (com.opencsv.CSVReader csv = new com.opencsv.CSVReader(Files.newBufferedReader(out))) {
            rows = csv.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new AssertionError(e);
        }
        assertEquals(seg.length + 1, rows.size());
        for (int row = 0; row < seg.length; row++) {
            String[] cells = rows.get(row + 1);
            assertEquals(8, cells.length);
            assertEquals(vm.segmentNames().get(seg[row]), cells[6]);
            assertEquals(seg[row] == 0 ? "Mail them the loyalty offer, first week of the month" : "", cells[7],
                    "row " + (row + 1));
        }
    }
}
