package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class WholeNumberHistogramTest {
    @Test
    void oneBinPerChildCountCentredOnTheCounts() {
        // Kidhome: 0, 1 or 2 children; numpy's edges over 0..2 would give bins [0, 0.67), [0.67, 1.33), ...
        NumericColumn kids = new NumericColumn("Kidhome", new double[] {0, 0, 1, 2, 0, 1, Double.NaN, 0, 2, 1});
        assertTrue(WholeNumberHistogram.applies(kids));
        HistogramResult h = WholeNumberHistogram.of(kids, null, 0, Histogram.Scale.COUNT, 50);
        assertArrayEquals(new double[] {-0.5, 0.5, 1.5, 2.5}, h.edges());
        assertArrayEquals(new int[] {4, 3, 2}, h.all().counts());
        assertEquals(1, h.missing());
        assertTrue(WholeNumberHistogram.isWholeNumberBins(h));
        assertEquals(Histogram.BinRule.AUTO, h.rule());
    }

    @Test
    void everyBinHoldsTheSameNumberOfWholeValues() {
        double[] v = new double[53];
        for (int i = 0; i < v.length; i++) {
            v[i] = 18 + i;
        }
        NumericColumn age = new NumericColumn("Age", v);
        HistogramResult h = WholeNumberHistogram.of(age, null, 20, Histogram.Scale.COUNT, 0);
        assertEquals(18, h.binCount());
        for (int b = 0; b < 17; b++) {
            assertEquals(3, h.all().count(b), "bin " + b);
        }
        assertEquals(2, h.all().count(17), "the last bin is the only short one: 69 and 70 (71 does not occur)");
        assertEquals(71.5, h.edge(18));
    }

    @Test
    void densitiesHaveAreaOneAndCurvesMatchTheCoreKernel() {
        NumericColumn score = new NumericColumn("Score", new double[] {1, 2, 2, 3, 3, 3, 4, 4, 5, 9});
        Grouping g = new Grouping("Half", List.of("first", "second"), new int[] {0, 0, 0, 0, 0, 1, 1, 1, 1, 1});
        HistogramResult h = WholeNumberHistogram.of(score, g, 3, Histogram.Scale.DENSITY, 20);
        for (var s : h.groups()) {
            double area = 0;
            for (int b = 0; b < h.binCount(); b++) {
                area += s.height(b) * h.binWidth();
            }
            assertEquals(1, area, 1e-12, s.name());
        }
        double[] values = score.toArray();
        double[] expected = Histogram.kde(values, Histogram.scottBandwidth(values), h.grid());
        assertArrayEquals(expected, h.all().curve(), 1e-15);
    }

    @Test
    void decimalsAndHugeSpansAreNotWholeNumberColumns() {
        assertFalse(WholeNumberHistogram.applies(new NumericColumn("Spend", new double[] {1.5, 2, 3})));
        assertFalse(WholeNumberHistogram.applies(new NumericColumn("Id", new double[] {1, 5_000_000})));
        assertFalse(WholeNumberHistogram.applies(new NumericColumn("Empty", new double[] {Double.NaN})));
        assertFalse(WholeNumberHistogram.isWholeNumberBins(Histogram.of(new NumericColumn("x",
                new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))));
    }
}
