package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.NumericColumn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairPlotViewModelTest {
    @Test
    void everyCustomerIsAPointUncolouredAtFirstThenColouredByGender() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.PAIR_PLOT)) {
            PairPlotViewModel vm = f.explore.pairPlot();
            assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), vm.selectedColumns());
            assertEquals(GroupChoice.NONE, vm.colourByProperty().get(), "\"Colour by\" starts at None");
            assertEquals(false, vm.data().coloured());
            vm.colourByProperty().set(GroupChoice.category("Genre"));
            PairPlotData d = vm.data();
            assertEquals(3, d.size());
            assertEquals(200, d.shown());
            assertEquals(false, d.sampled());
            assertEquals(List.of("Female", "Male"), d.groups());
            NumericColumn age = (NumericColumn) f.explore.dataset().column("Age");
            assertArrayEquals(age.toArray(), d.values()[0], "points are the customers' values, in row order");
            long women = Arrays.stream(d.group()).filter(g -> g == 0).count();
            assertEquals(112, women);
            assertEquals(200, d.diagonal().get(2).all().n());
            assertEquals(2, d.diagonal().get(2).groups().size(), "the diagonal is split by the colours too");
            assertEquals("Points: all 200 customers; the diagonal shows each column's histogram. Colours: Genre.",
                    vm.noteProperty().get());
            assertEquals("3 of 3 numeric columns ticked (2 to 6)", vm.selectionTextProperty().get());
        }
    }

    /** Mall's ages and scores are whole numbers that repeat: jitter is offered and spreads the stacked points. */
    @Test
    void discreteColumnsCanBeJitteredWithinAGapAndTheHistogramsStayExact() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.PAIR_PLOT)) {
            PairPlotViewModel vm = f.explore.pairPlot();
            PairPlotData exact = vm.data();
            assertTrue(vm.jitterOfferedProperty().get(), "whole-number columns that repeat offer jitter");
            assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), exact.discreteColumns());
            assertTrue(vm.shownProperty().get() == exact, "drawn as they are until asked");
            vm.jitterProperty().set(true);
            PairPlotData drawn = vm.shownProperty().get();
            double[] age = exact.values()[0];
            double[] moved = drawn.values()[0];
            long distinctBefore = Arrays.stream(age).distinct().count();
            long distinctAfter = Arrays.stream(moved).distinct().count();
            assertTrue(distinctAfter > distinctBefore * 3, distinctBefore + " ages drawn as " + distinctAfter + " places");
            for (int i = 0; i < age.length; i++) {
                assertTrue(Math.abs(moved[i] - age[i]) <= 0.35 + 1e-12, "row " + i + " moved " + (moved[i] - age[i]));
            }
            assertArrayEquals(moved, exact.jittered().values()[0], "the same picture every time");
            assertTrue(drawn.diagonal() == exact.diagonal(), "the histograms count the true values");
            assertArrayEquals(age, vm.data().values()[0], "the figures themselves are not moved");
            assertTrue(vm.noteProperty().get().contains("Jittered: Age, Annual Income (k$), Spending Score (1-100)"),
                    vm.noteProperty().get());
            vm.jitterProperty().set(false);
            assertTrue(vm.shownProperty().get() == exact);
        }
    }

    @Test
    void twoToSixColumnsOrAHint() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.PAIR_PLOT)) {
            PairPlotViewModel vm = f.explore.pairPlot();
            vm.select(List.of("Age"));
            Computation<?> c = f.explore.computation(ExploreTab.PAIR_PLOT);
            assertEquals(Computation.State.EMPTY, c.state());
            assertNull(vm.data());
            assertEquals("Tick 2 to 6 numeric columns on the left (1 ticked).", c.hintProperty().get());
            vm.columns().get(2).setSelected(true);
            assertEquals(Computation.State.READY, c.state());
            assertEquals(List.of("Age", "Spending Score (1-100)"), vm.data().names());
            vm.colourByProperty().set(GroupChoice.NONE);
            assertEquals(false, vm.data().coloured());
            assertTrue(Arrays.stream(vm.data().group()).allMatch(g -> g == -1));
        }
    }

    @Test
    void aLargeTableIsSampledWithASeedAndTheTabSaysSo(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("large.csv");
        StringBuilder b = new StringBuilder("Id,Gender,Age,Income,Score\n");
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 12_000; i++) {
            b.append(String.format(Locale.ROOT, "C%05d,%s,%d,%.1f,%d%n", i, r.nextBoolean() ? "Female" : "Male",
                    18 + r.nextInt(60), 20 + 100 * r.nextDouble(), 1 + r.nextInt(99)));
        }
        Files.writeString(csv, b);
        try (ExploreFixture f = new ExploreFixture().show(ExploreTab.PAIR_PLOT)) {
            f.main.data().open(csv);
            PairPlotViewModel vm = f.explore.pairPlot();
            vm.colourByProperty().set(GroupChoice.category("Gender"));
            PairPlotData d = vm.data();
            assertEquals(12_000, d.rows());
            assertEquals(PairPlotData.MAX_POINTS, d.shown());
            assertTrue(d.sampled());
            assertEquals(12_000, d.diagonal().get(0).all().n(), "the diagonal counts every customer");
            assertEquals("Points: a random sample of 5,000 of 12,000 customers (seed 42); the diagonal histograms "
                    + "count every customer. Colours: Gender.", vm.noteProperty().get());
            double[] first = d.values()[0].clone();
            vm.colourByProperty().set(GroupChoice.NONE);
            assertEquals(GroupChoice.NONE, vm.colourByProperty().get());
            assertArrayEquals(first, vm.data().values()[0], "the same seed draws the same customers");
        }
    }

    @Test
    void selectionSamplingIsUniformSortedAndComplete() {
        int[] all = PairPlotData.sample(10, 20, 1);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, all);
        int[] s = PairPlotData.sample(1_000_000, 5_000, 42);
        assertEquals(5_000, s.length);
        for (int i = 1; i < s.length; i++) {
            assertTrue(s[i] > s[i - 1], "ascending, no repeats");
        }
        // each tenth of the rows holds about a tenth of the sample (binomial sd about 21)
        int[] tenths = new int[10];
        for (int row : s) {
            tenths[row / 100_000]++;
        }
        for (int t : tenths) {
            assertTrue(Math.abs(t - 500) < 100, Arrays.toString(tenths));
        }
        assertArrayEquals(s, PairPlotData.sample(1_000_000, 5_000, 42));
    }
}
