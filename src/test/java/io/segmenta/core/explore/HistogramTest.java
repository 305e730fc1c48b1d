package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import org.junit.jupiter.api.Test;

/**
 * Bins against numpy 1.24 ({@code np.histogram(x, np.histogram_bin_edges(x, "auto"))} and
 * {@code np.histogram_bin_edges(x, "fd" / "sturges")}) and curves against scipy 1.10.1
 * ({@code k = stats.gaussian_kde(x); k.factor * x.std(ddof=1); k([x.min(), (x.min() + x.max()) / 2, x.max()])}),
 * computed once on Mall_Customers.csv with /usr/bin/python3.
 */
class HistogramTest {
    @Test
    void mallBinsAndCountsMatchNumpyAuto() {
        Dataset mall = MallData.load();
        HistogramResult age = Histogram.of(MallData.numeric(mall, MallData.AGE));
        assertEquals(9, age.binCount());
        assertArrayEquals(new int[] {31, 24, 43, 26, 13, 27, 12, 10, 14}, age.all().counts());
        assertEquals(18, age.edge(0));
        assertEquals(70, age.edge(9));
        assertEquals(52.0 / 9, age.binWidth(), 1e-12);
        assertEquals(Histogram.BinRule.AUTO, age.rule());
        HistogramResult income = Histogram.of(MallData.numeric(mall, MallData.INCOME));
        assertArrayEquals(new int[] {24, 22, 28, 38, 30, 36, 8, 6, 4, 4}, income.all().counts());
        HistogramResult spending = Histogram.of(MallData.numeric(mall, MallData.SPENDING));
        assertArrayEquals(new int[] {17, 20, 12, 30, 43, 21, 24, 16, 17}, spending.all().counts());
        double[] sorted = Stats.sortedPresent(MallData.numeric(mall, MallData.SPENDING));
        assertEquals(8, Histogram.autoBins(sorted, Histogram.BinRule.FREEDMAN_DIACONIS));
        assertEquals(9, Histogram.autoBins(sorted, Histogram.BinRule.STURGES));
        assertEquals(10, Histogram.autoBins(Stats.sortedPresent(MallData.numeric(mall, MallData.INCOME)),
                Histogram.BinRule.FREEDMAN_DIACONIS));
    }

    @Test
    void mallDensityCurvesMatchScipyGaussianKde() {
        Dataset mall = MallData.load();
        check(MallData.numeric(mall, MallData.AGE), 4.841272697933235,
                new double[] {0.01331818708752851, 0.01898060673285279, 0.0056246405669382});
        check(MallData.numeric(mall, MallData.INCOME), 9.102628016307795,
                new double[] {0.00527360423523666, 0.01302743241246297, 0.0007407688487711});
        check(MallData.numeric(mall, MallData.SPENDING), 8.949720438267983,
                new double[] {0.00442179657738601, 0.01568898744527095, 0.00407947805796165});
    }

    private static void check(NumericColumn c, double bandwidth, double[] atMinMidMax) {
        HistogramResult d = Histogram.of(c, Histogram.Options.defaults().withScale(Histogram.Scale.DENSITY)
                .withGridPoints(3));
        DescribeTest.rel(bandwidth, d.all().bandwidth(), 1e-12, c.name() + " bandwidth");
        for (int j = 0; j < 3; j++) {
            DescribeTest.rel(atMinMidMax[j], d.all().curve(j), 1e-10, c.name() + " density " + j);
        }
        // on the count scale the curve is the density times n times the bin width
        HistogramResult n = Histogram.of(c, Histogram.Options.defaults().withGridPoints(3));
        DescribeTest.rel(atMinMidMax[1] * 200 * n.binWidth(), n.all().curve(1), 1e-10, c.name() + " count curve");
        assertEquals(c.name(), n.column());
    }

    @Test
    void splitByGenderSharesBinsAndAddsUp() {
        Dataset mall = MallData.load();
        HistogramResult h = Histogram.of(MallData.numeric(mall, MallData.SPENDING),
                Grouping.of((CategoricalColumn) mall.column(MallData.GENRE)), Histogram.Options.defaults().withBins(5));
        assertNull(h.rule());
        assertEquals(5, h.binCount());
        assertEquals("Genre", h.grouping());
        assertEquals(2, h.groups().size());
        assertEquals(112, h.groups().get(0).n());
        assertEquals(88, h.groups().get(1).n());
        for (int i = 0; i < 5; i++) {
            assertEquals(h.all().count(i), h.groups().get(0).count(i) + h.groups().get(1).count(i));
        }
        assertTrue(h.maxHeight() >= h.all().maxHeight());
    }

    @Test
    void densityBarsHaveAreaOneAndSegmentsSplitToo() {
        NumericColumn c = new NumericColumn("x", new double[] {1, 2, 2, 3, 3, 3, 4, 4, 9, Double.NaN});
        HistogramResult h = Histogram.of(c, Grouping.segments(new int[] {0, 0, 0, 1, 1, 1, 1, -1, 1, 0}),
                Histogram.Options.defaults().withScale(Histogram.Scale.DENSITY).withBins(4));
        assertEquals(1, h.missing());
        assertEquals("Segment", h.grouping());
        for (HistogramSeries s : new HistogramSeries[] {h.all(), h.groups().get(0), h.groups().get(1)}) {
            double area = 0;
            for (int i = 0; i < h.binCount(); i++) {
                area += s.height(i) * h.binWidth();
            }
            assertEquals(1, area, 1e-12, s.name());
        }
        assertEquals("Segment 2", h.groups().get(1).name());
        assertEquals(9, h.all().n());
        assertEquals(3, h.groups().get(0).n());
        // the maximum falls in the last, closed bin
        assertEquals(1, h.all().count(3));
    }

    @Test
    void constantSingleAndMissingColumnsGiveNoCurve() {
        HistogramResult constant = Histogram.of(new NumericColumn("x", new double[] {5, 5, 5}));
        assertEquals(1, constant.binCount());
        assertEquals(4.5, constant.edge(0));
        assertEquals(5.5, constant.edge(1));
        assertEquals(3, constant.all().count(0));
        assertFalse(constant.all().hasCurve());
        assertTrue(Double.isNaN(constant.all().bandwidth()));
        HistogramResult empty = Histogram.of(new NumericColumn("x", new double[] {Double.NaN}));
        assertEquals(0, empty.binCount());
        assertEquals(0, empty.gridSize());
        assertEquals(0, empty.all().n());
        HistogramResult split = Histogram.of(new NumericColumn("x", new double[] {1, 2, 3, 4}),
                Grouping.segments(new int[] {0, 0, 0, 1}), Histogram.Options.defaults());
        assertFalse(split.groups().get(1).hasCurve());
        assertTrue(split.groups().get(0).hasCurve());
        assertEquals(200, split.gridSize());
        assertEquals(1, split.grid(0));
        assertEquals(4, split.grid(199));
    }

    @Test
    void binCountIsChecked() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> Histogram.Options.defaults().withBins(5000));
        assertEquals("The number of bins must be between 1 and 1000 (or automatic); got 5000.", e.getMessage());
        // heavy tails would ask Freedman-Diaconis for thousands of bins
        double[] v = new double[1000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 10;
        }
        v[999] = 1e7;
        assertEquals(Histogram.MAX_AUTO_BINS, Histogram.of(new NumericColumn("q", v)).binCount());
    }
}
