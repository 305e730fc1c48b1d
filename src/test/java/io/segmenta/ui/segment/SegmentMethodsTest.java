package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.Comparison;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KDistance;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.MainViewModel;
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
 * The Segment step's four methods and the comparison of runs, on Mall Customers (standardised
 * Income + Spending) with the real core and a synchronous runner; figures are scikit-learn's
 * (mall_reference.json: AgglomerativeClustering per linkage at k = 5, DBSCAN for eps 0.3/0.4/0.5 with
 * min_samples 5, GaussianMixture BIC and AIC for k = 1..8).
 */
class SegmentMethodsTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final UiFixture fixture = new UiFixture(runner);
    private final MainViewModel main = fixture.vm();
    private final SegmentViewModel vm = main.segmentStep();
    private final MethodChoice method = vm.method();

    @TempDir
    Path tmp;

    @BeforeEach
    void openMall() {
        main.start(List.of(SharedData.dataset(SharedData.MALL).toString()));
        assertNotNull(main.data().dataset(), () -> "open failed: " + main.notices().current());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private SegmentationResult segment() {
        int before = runner.jobsRun();
        vm.segment();
        assertEquals(before + 1, runner.jobsRun(), () -> "refused: " + main.notices().current());
        SegmentationResult r = vm.result();
        assertNotNull(r, () -> "segment failed: " + main.notices().current());
        return r;
    }

    private static int[] sizesDesc(SegmentationResult r) {
        int[] s = r.clustering().sizes().clone();
        Arrays.sort(s);
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[s.length - 1 - i];
        }
        return out;
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asInt();
        }
        return out;
    }

    /** Exports the current result and reads it back, one array of cells per line (header first). */
    private List<String[]> export(String name) throws IOException {
        Path out = tmp.resolve(name);
        vm.export(out);
        try (var reader = new com.opencsv.CSVReader(Files.newBufferedReader(out, StandardCharsets.UTF_8))) {
            return reader.readAll();
        } catch (com.opencsv.exceptions.CsvException e) {
            throw new IOException(e);
        }
    }

    @Test
    void hierarchicalEveryLinkageMatchesScikitLearnAndDrawsItsTree() {
        JsonNode ref = SharedData.mallReference().at("/hierarchical_income_spending_standardized");
        method.algorithmProperty().set(Algorithm.HIERARCHICAL);
        vm.kProperty().set(5);
        for (Linkage l : Linkage.values()) {
            method.linkageProperty().set(l);
            SegmentationResult r = segment();
            JsonNode want = ref.get(l.name().toLowerCase(java.util.Locale.ROOT));
            assertArrayEquals(ints(want.get("sizes_desc")), sizesDesc(r), l.label());
            assertEquals(want.get("silhouette").asDouble(), r.silhouette().value(), 1e-6, l.label());
            assertEquals(HierarchicalSpec.byK(l, 5), r.spec().algorithm());
        }
        // Ward again, and the tree as the dendrogram draws it: the last 29 merges over 30 groups
        method.linkageProperty().set(Linkage.WARD);
        SegmentationResult ward = segment();
        var details = ward.clustering().hierarchy().orElseThrow();
        DendrogramChart.Layout layout = DendrogramChart.layout(new DendrogramChart.Tree(details.tree(),
                ward.clustering().labels(), ward.k(), details.cutHeight(), "Ward"));
        assertEquals(DendrogramChart.DEFAULT_LEAVES, layout.shown().leaves());
        assertEquals(200, Arrays.stream(layout.shown().leafSize()).sum());
        int[] perSegment = new int[5];
        for (int g = 0; g < layout.shown().leaves(); g++) {
            assertTrue(layout.leafSegment()[g] >= 0, "a cut into 5 never splits one of 30 groups");
            perSegment[layout.leafSegment()[g]] += layout.shown().leafSize()[g];
        }
        assertArrayEquals(ward.clustering().sizes(), perSegment);

        // cut at the height of that cut line: the same five segments
        method.cutAt(details.cutHeight());
        assertTrue(method.cutByHeightProperty().get());
        assertFalse(method.takesK());
        SegmentationResult byHeight = segment();
        assertEquals(5, byHeight.k());
        assertEquals(1.0, Comparison.adjustedRand(ward, byHeight), 1e-12);
        method.heightTextProperty().set("high");
        assertEquals("The cut height \"high\" is not a number. Enter a number such as 2.5.",
                method.errorProperty().get());
    }

    @Test
    void hierarchicalFindKCutsOneTreeAndRecommendsFive() {
        method.algorithmProperty().set(Algorithm.HIERARCHICAL);
        vm.kProperty().set(3);
        vm.findK();
        SweepResult s = vm.sweepProperty().get().sweep().orElseThrow();
        assertEquals(10, s.points().size());
        assertEquals(5, s.recommendedK());
        assertEquals(5, vm.kProperty().get());
        assertEquals(0.5538089226688662, s.point(5).silhouette(), 1e-6, "scikit-learn's Ward silhouette at k = 5");
    }

    @Test
    void dbscanMatchesScikitLearnWithNoiseAsItsOwnGroup() throws IOException {
        method.algorithmProperty().set(Algorithm.DBSCAN);
        assertEquals("0.5", method.epsTextProperty().get(), "scikit-learn's default eps");
        assertEquals("5", method.minSamplesTextProperty().get());
        assertTrue(method.hintProperty().get().contains("min samples counts the customer itself, as scikit-learn"),
                method.hintProperty().get());
        for (JsonNode want : SharedData.mallReference().at("/dbscan_income_spending_standardized")) {
            method.epsTextProperty().set(want.get("eps").asText());
            method.minSamplesTextProperty().set(want.get("min_samples_including_self").asText());
            SegmentationResult r = segment();
            assertEquals(want.get("clusters").asInt(), r.k(), "eps " + want.get("eps"));
            assertEquals(want.get("noise").asInt(), r.noise(), "eps " + want.get("eps"));
            assertArrayEquals(ints(want.get("sizes_desc")), sizesDesc(r));
            assertEquals("Noise · " + want.get("noise").asInt() + " customers", vm.noiseLegendProperty().get());
            assertTrue(vm.summaryProperty().get().contains("(" + want.get("noise").asInt() + " noise)"),
                    vm.summaryProperty().get());
        }
        // eps 0.5: 8 noise customers, exported as "Noise" without a segment number
        List<String[]> lines = export("dbscan.csv");
        assertEquals(201, lines.size());
        List<String> header = List.of(lines.get(0));
        int seg = header.indexOf("Segment");
        int name = header.indexOf("Segment name");
        long noise = lines.stream().skip(1).filter(c -> c[name].equals("Noise"))
                .peek(c -> assertEquals("", c[seg])).count();
        assertEquals(8, noise);
        int row = 0;
        while (!vm.result().isNoise(row)) {
            row++;
        }
        assertTrue(vm.visuals().describe(row).contains("noise (in no segment)"));
        assertTrue(vm.result().noiseSegment().isPresent(), "noise is profiled as its own group");
        assertEquals(8, vm.result().noiseSegment().get().size());
        assertFalse(Double.isNaN(vm.result().noiseSegment().get().median("Age")), "with its medians");
    }

    @Test
    void dbscanSuggestsEpsFromTheKDistanceChart() {
        method.algorithmProperty().set(Algorithm.DBSCAN);
        method.minSamplesTextProperty().set("5");
        int k = vm.kProperty().get();
        vm.findK();
        KDistance chart = vm.sweepProperty().get().kDistanceChart().orElseThrow(
                () -> new AssertionError("no k-distance chart: " + main.notices().current()));
        assertEquals(5, chart.minSamples());
        assertEquals(200, chart.sorted().length);
        assertTrue(chart.kneeIndex() > 0 && chart.suggestedEps() > 0.2 && chart.suggestedEps() < 0.8,
                () -> "suggested " + chart.suggestedEps());
        assertEquals(k, vm.kProperty().get(), "DBSCAN has no k to set");
        assertEquals("0.5", method.epsTextProperty().get(), "the analyst picks eps");
        method.useEps(chart.suggestedEps());
        assertEquals(MethodChoice.format(chart.suggestedEps()), method.epsTextProperty().get());
        SegmentationResult r = segment();
        assertEquals(Double.parseDouble(MethodChoice.format(chart.suggestedEps())),
                ((io.segmenta.core.cluster.DbscanSpec) r.spec().algorithm()).eps(), 0);
    }

    @Test
    void dbscanParametersAreValidatedBeforeAnythingRuns() {
        method.algorithmProperty().set(Algorithm.DBSCAN);
        int jobs = runner.jobsRun();
        method.epsTextProperty().set("wide");
        assertEquals("eps \"wide\" is not a number. Enter a number such as 0.5.", method.errorProperty().get());
        vm.segment();
        assertEquals(jobs, runner.jobsRun());
        assertEquals(method.errorProperty().get(), main.notices().current().text());
        method.epsTextProperty().set("-0.1");
        assertTrue(method.errorProperty().get().startsWith("eps must be greater than 0"));
        method.epsTextProperty().set("0.4");
        method.minSamplesTextProperty().set("0");
        assertEquals("min samples must be at least 1 (got 0); it counts the customer itself, as scikit-learn's "
                + "min_samples.", method.errorProperty().get());
        method.minSamplesTextProperty().set("5.5");
        assertTrue(method.errorProperty().get().startsWith("min samples \"5.5\" is not a whole number"));
        vm.findK();
        assertEquals(jobs, runner.jobsRun());
        method.minSamplesTextProperty().set("5");
        assertNull(method.errorProperty().get());
        // the seed does not matter to DBSCAN: a bad seed does not stop it
        vm.seedTextProperty().set("x");
        segment();
    }

    @Test
    void gaussianMixtureBicIsLowestAtFourAndGivesProbabilities() throws IOException {
        JsonNode ref = SharedData.mallReference().at("/gmm_income_spending_standardized_full");
        method.algorithmProperty().set(Algorithm.GMM);
        vm.findK();
        SweepResult s = vm.sweepProperty().get().sweep().orElseThrow();
        assertEquals(4, s.bicMinK());
        assertEquals(4, s.recommendedK());
        assertEquals(4, vm.kProperty().get());
        for (JsonNode want : ref) {
            // within 1% of scikit-learn's, or lower (a better mixture its starts missed), as the core's test
            SweepPoint p = s.point(want.get("k").asInt());
            assertTrue(p.bic() <= want.get("bic").asDouble() * 1.01, "BIC at k = " + want.get("k") + ": " + p.bic());
            assertTrue(p.aic() <= want.get("aic").asDouble() * 1.01, "AIC at k = " + want.get("k") + ": " + p.aic());
        }
        SegmentationResult r = segment();
        assertEquals(new GmmSpec(4, Covariance.FULL, 0), r.spec().algorithm());
        assertEquals(1055.5142462454212, r.clustering().bic(), 1055.5 * 0.01);
        assertTrue(vm.summaryProperty().get().contains("BIC 1,05"), vm.summaryProperty().get());
        for (int row = 0; row < 200; row++) {
            double p = vm.visuals().probability(row);
            assertTrue(p > 0.25 && p <= 1, "row " + row + ": " + p);
        }
        assertTrue(vm.visuals().hasProbabilities());
        assertTrue(vm.visuals().describe(0).contains(String.format(java.util.Locale.ROOT, "probability %.2f",
                vm.visuals().probability(0))), vm.visuals().describe(0));
        List<String[]> lines = export("gmm.csv");
        List<String> header = List.of(lines.get(0));
        int prob = header.indexOf("Segment probability");
        assertTrue(prob > 0, header.toString());
        assertEquals(vm.visuals().probability(0), Double.parseDouble(lines.get(1)[prob]), 5e-5);

        method.covarianceProperty().set(Covariance.DIAGONAL);
        SegmentationResult diag = segment();
        assertEquals(Covariance.DIAGONAL, ((GmmSpec) diag.spec().algorithm()).covariance());
    }

    @Test
    void everyRunIsKeptComparedAndCanBeShownAgain() {
        vm.kProperty().set(5);
        SegmentationResult kmeans = segment();
        vm.rename(0, "Core shoppers");
        method.algorithmProperty().set(Algorithm.HIERARCHICAL);
        SegmentationResult ward = segment();
        method.algorithmProperty().set(Algorithm.DBSCAN);
        method.epsTextProperty().set("0.4");
        SegmentationResult dbscan = segment();
        method.algorithmProperty().set(Algorithm.GMM);
        vm.kProperty().set(4);
        SegmentationResult gmm = segment();

        List<SegmentationRun> runs = List.copyOf(vm.runs());
        assertEquals(4, runs.size());
        assertEquals(List.of("Run 1", "Run 2", "Run 3", "Run 4"), runs.stream().map(SegmentationRun::label).toList());
        assertSame(gmm, vm.currentRunProperty().get().result());
        assertEquals(List.of(Algorithm.KMEANS, Algorithm.HIERARCHICAL, Algorithm.DBSCAN, Algorithm.GMM),
                runs.stream().map(r -> r.row().algorithm()).toList());
        assertEquals(15, runs.get(2).row().noise());
        assertTrue(Double.isNaN(runs.get(0).row().bic()) && !Double.isNaN(runs.get(3).row().bic()));
        assertEquals(kmeans.validity().calinskiHarabasz(), runs.get(0).row().calinskiHarabasz(), 0);
        assertEquals("DBSCAN, eps 0.4000, min samples 5", runs.get(2).method());

        // the second run offered itself against the first; that pair stays while others are added
        assertSame(runs.get(0), vm.comparison().compareAProperty().get());
        assertSame(runs.get(1), vm.comparison().compareBProperty().get());
        double ari = Comparison.adjustedRand(kmeans, ward);
        assertEquals("Adjusted Rand index of Run 1 and Run 2: " + String.format(java.util.Locale.ROOT, "%.3f", ari)
                + " (" + CompareRunsViewModel.readAri(ari) + ")", vm.comparison().agreementProperty().get());
        assertTrue(ari > 0.8, "k-means and Ward agree on Mall: " + ari);
        vm.comparison().compareBProperty().set(runs.get(2));
        assertTrue(vm.comparison().agreementProperty().get().startsWith("Adjusted Rand index of Run 1 and Run 3: "));

        vm.comparison().compareAll();
        CompareRunsViewModel.AriMatrix m = vm.comparison().ariMatrixProperty().get();
        assertNotNull(m);
        assertEquals(runs, m.runs());
        for (int i = 0; i < 4; i++) {
            assertEquals(1, m.values()[i][i], 0);
            for (int j = 0; j < 4; j++) {
                assertEquals(m.values()[i][j], m.values()[j][i], 0);
            }
        }
        assertEquals(ari, m.values()[0][1], 1e-12);
        assertEquals(Comparison.adjustedRand(dbscan, gmm), m.values()[2][3], 1e-12);

        // back to run 1: its segments, and the name given to it
        vm.makeCurrent(runs.get(0));
        assertSame(kmeans, vm.result());
        assertSame(runs.get(0), vm.currentRunProperty().get());
        assertEquals("Core shoppers", vm.segmentNames().get(0));
        assertEquals("", vm.noiseLegendProperty().get());
        assertEquals(4, vm.runs().size(), "showing a run again adds none");
        vm.makeCurrent(runs.get(2));
        assertEquals("Noise · 15 customers", vm.noiseLegendProperty().get());
        assertSame(m, vm.comparison().ariMatrixProperty().get(), "the matrix stays while the runs do");
    }

    @Test
    void atMostTwelveRunsAreKeptAndANewTableStartsAfresh() {
        vm.kProperty().set(2);
        for (int i = 0; i < KeptRuns.MAX_RUNS + 2; i++) {
            vm.kProperty().set(2 + i % 9);
            segment();
        }
        assertEquals(KeptRuns.MAX_RUNS, vm.runs().size());
        // a kept run holds 200 x 2 prepared doubles, three int maps of its 200 rows and the table's row map
        assertEquals(200 * 2 * 8 + 200 * 3 * 4 + 200 * 4, KeptRuns.footprint(vm.result()));
        assertEquals("Run 3", vm.runs().get(0).label(), "the oldest are let go");
        main.data().openSample();
        assertTrue(vm.runs().isEmpty());
        assertNull(vm.currentRunProperty().get());
        assertEquals("", vm.comparison().agreementProperty().get());
    }

    @Test
    void methodHintsSayWhatEachMethodDoes() {
        for (Algorithm a : Algorithm.values()) {
            method.algorithmProperty().set(a);
            assertFalse(method.hintProperty().get().isBlank(), a.label());
        }
        method.algorithmProperty().set(Algorithm.HIERARCHICAL);
        method.linkageProperty().set(Linkage.COMPLETE);
        String limit = io.segmenta.ui.Formats.count(io.segmenta.core.cluster.Hierarchical.maxMatrixRows(
                io.segmenta.core.cluster.Hierarchical.memoryLimit()));
        assertTrue(method.hintProperty().get().contains("up to " + limit + " customers on this computer"),
                method.hintProperty().get());
        method.linkageProperty().set(Linkage.WARD);
        assertFalse(method.hintProperty().get().contains("on this computer"), "Ward keeps no distance matrix");
        assertFalse(method.usesSeed(), "hierarchical clustering is deterministic");
        assertTrue(method.takesK());
        method.algorithmProperty().set(Algorithm.GMM);
        assertTrue(method.usesSeed());
    }
}
