package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.HistogramSeries;
import io.segmenta.core.explore.Stats;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributionViewModelTest {
    private static final String AGE = "Age";

    @Test
    void ageHistogramWithAutomaticBinsAndItsRuleNamed() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.DISTRIBUTIONS)) {
            DistributionViewModel vm = f.explore.distributions();
            assertEquals(List.of("Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"), vm.columnChoices());
            assertEquals(AGE, vm.columnProperty().get(), "the first numeric column is shown first");
            HistogramResult h = vm.result().histogram();
            NumericColumn age = (NumericColumn) f.explore.dataset().column(AGE);
            int auto = Histogram.autoBins(Stats.sortedPresent(age), Histogram.BinRule.AUTO);
            assertEquals(9, auto, "numpy's rule asks for 9 bins over ages 18 to 70");
            // ages are whole numbers: 53 of them in bins of round(53 / 9) = 6, centred on the ages
            assertEquals(9, h.binCount());
            assertEquals(6, h.binWidth());
            assertEquals(17.5, h.edge(0));
            assertEquals(71.5, h.edge(9));
            assertEquals(Histogram.BinRule.AUTO, h.rule());
            for (int b = 0; b < h.binCount(); b++) {
                int lo = 18 + 6 * b;
                long n = Arrays.stream(age.toArray()).filter(v -> v >= lo && v <= lo + 5).count();
                assertEquals(n, h.all().count(b), "ages " + lo + " to " + (lo + 5));
            }
            assertTrue(h.all().hasCurve(), "a density curve comes with the bars");
            assertEquals(9, vm.binsProperty().get(), "the bin control shows the count");
            assertTrue(vm.autoBinsProperty().get());
            assertEquals("Automatic: 9 bins of 6 whole numbers each (numpy's \"auto\" rule: the larger of the "
                    + "Freedman–Diaconis and Sturges counts, rounded to whole numbers because Age holds whole numbers)",
                    vm.binTextProperty().get());
            assertTrue(vm.noteProperty().get().startsWith("200 values · bin width "), vm.noteProperty().get());
            assertTrue(vm.noteProperty().get().contains("Scott's bandwidth"));
        }
    }

    @Test
    void choosingABinCountTurnsAutomaticOff() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.DISTRIBUTIONS)) {
            DistributionViewModel vm = f.explore.distributions();
            vm.binsProperty().set(20);
            assertFalse(vm.autoBinsProperty().get());
            HistogramResult h = vm.result().histogram();
            assertEquals(18, h.binCount(), "53 ages in bins of round(53 / 20) = 3");
            assertNull(h.rule());
            assertEquals(3, h.binWidth(), 1e-12);
            assertEquals("18 bins of 3 whole numbers each: the nearest to the 20 you asked for, as Age holds whole "
                    + "numbers", vm.binTextProperty().get());
            vm.binsProperty().set(53);
            assertEquals("53 bins of 1 whole number each, chosen by you", vm.binTextProperty().get());
            vm.binsProperty().set(5_000);
            assertEquals(DistributionViewModel.MAX_BINS, vm.binsProperty().get(), "kept within 1..200");
            vm.autoBinsProperty().set(true);
            assertEquals(Histogram.BinRule.AUTO, vm.result().histogram().rule());
        }
    }

    @Test
    void splitByGenderGivesOneSeriesPerLevelOnSharedBins() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.DISTRIBUTIONS)) {
            DistributionViewModel vm = f.explore.distributions();
            assertEquals(List.of(GroupChoice.NONE, GroupChoice.category("Genre")), vm.splitChoices());
            vm.splitProperty().set(GroupChoice.category("Genre"));
            vm.scaleProperty().set(Histogram.Scale.DENSITY);
            HistogramResult h = vm.result().histogram();
            assertTrue(h.isSplit());
            assertEquals("Genre", h.grouping());
            assertEquals(List.of("Female", "Male"), h.groups().stream().map(HistogramSeries::name).toList());
            assertEquals(112, h.groups().get(0).n());
            assertEquals(88, h.groups().get(1).n());
            for (int b = 0; b < h.binCount(); b++) {
                assertEquals(h.all().count(b), h.groups().get(0).count(b) + h.groups().get(1).count(b), "bin " + b);
            }
            for (HistogramSeries s : h.groups()) {
                double area = 0;
                for (int b = 0; b < h.binCount(); b++) {
                    area += s.height(b) * h.binWidth();
                }
                assertEquals(1, area, 1e-9, "density bars of " + s.name() + " have area 1");
            }
            assertTrue(vm.noteProperty().get().contains("heights are densities"));
        }
    }

    @Test
    void aCategoryIsCountedPerLevelAndSplitBySegment() {
        try (ExploreFixture f = new ExploreFixture().mall().segment().show(ExploreTab.DISTRIBUTIONS)) {
            DistributionViewModel vm = f.explore.distributions();
            assertTrue(vm.splitChoices().contains(GroupChoice.SEGMENTS), "segments can split once there are some");
            vm.columnProperty().set("Genre");
            assertFalse(vm.numericChosen());
            LevelCounts l = vm.result().levels();
            assertEquals(List.of("Female", "Male"), l.levels());
            assertEquals(112, l.total(0));
            assertEquals(88, l.total(1));
            assertEquals("2 levels · 200 values", vm.noteProperty().get());
            assertEquals("", vm.binTextProperty().get());
            vm.splitProperty().set(GroupChoice.SEGMENTS);
            l = vm.result().levels();
            assertEquals("Segment", l.grouping());
            assertEquals(5, l.groups().size());
            assertTrue(l.groups().get(0).startsWith("1 · "), l.groups().toString());
            int women = 0;
            for (int g = 0; g < 5; g++) {
                women += l.count(g, 0);
                assertEquals(f.main.segmentStep().result().clustering().sizes()[g], l.count(g, 0) + l.count(g, 1),
                        "segment " + (g + 1));
            }
            assertEquals(112, women);
        }
    }

    @Test
    void segmentsGoneMeansTheSplitFallsBackToNone() {
        try (ExploreFixture f = new ExploreFixture().mall().segment().show(ExploreTab.DISTRIBUTIONS)) {
            DistributionViewModel vm = f.explore.distributions();
            vm.splitProperty().set(GroupChoice.SEGMENTS);
            assertEquals(5, vm.result().histogram().groups().size());
            f.mall();
            assertEquals(GroupChoice.NONE, vm.splitProperty().get(), "a new table has no segments yet");
            assertFalse(vm.splitChoices().contains(GroupChoice.SEGMENTS));
            assertFalse(vm.result().histogram().isSplit());
        }
    }

    @Test
    void decimalsKeepNumpysEqualWidthBins(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("spend.csv");
        StringBuilder b = new StringBuilder("Spend\n");
        for (int i = 0; i < 300; i++) {
            b.append(String.format(java.util.Locale.ROOT, "%.2f%n", 10 + 0.37 * i + (i % 7) * 0.11));
        }
        Files.writeString(csv, b);
        try (ExploreFixture f = new ExploreFixture().show(ExploreTab.DISTRIBUTIONS)) {
            f.main.data().open(csv);
            DistributionViewModel vm = f.explore.distributions();
            HistogramResult h = vm.result().histogram();
            NumericColumn spend = (NumericColumn) f.explore.dataset().column("Spend");
            assertEquals(Histogram.of(spend), h, "the same figures as the core's numpy-style histogram");
            assertEquals(10, h.edge(0));
            assertTrue(vm.binTextProperty().get().startsWith("Automatic: " + h.binCount() + " bins (numpy's"),
                    vm.binTextProperty().get());
        }
    }
}
