package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scatter's fit-to-data mapping, whose axes' ranges are kept per array of values. */
class ScatterMappingTest {
    private static ScatterData points(double[] x, double[] y) {
        return ScatterData.centred(x, y, new int[x.length], 1, "x", "y");
    }

    @Test
    void eachDataIsFittedByItsOwnRangesWhateverWasMappedBefore() {
        ScatterData small = points(new double[] {0, 10, Double.NaN, 4}, new double[] {0, 5, 3, Double.NaN});
        ScatterData wide = points(new double[] {100, 200, 150}, new double[] {-50, 50, 0});
        ScatterMapping first = ScatterMapping.of(small, null, Double.NaN, Double.NaN, 600, 400);
        assertTrue(first.x0 <= 0 && first.x1 >= 10 && first.x1 < 20, first.x0 + ".." + first.x1);
        assertTrue(first.y0 <= 0 && first.y1 >= 5 && first.y1 < 10, first.y0 + ".." + first.y1);
        ScatterMapping other = ScatterMapping.of(wide, null, Double.NaN, Double.NaN, 600, 400);
        assertTrue(other.x0 <= 100 && other.x0 > 50 && other.x1 >= 200, other.x0 + ".." + other.x1);
        assertTrue(other.y0 <= -50 && other.y1 >= 50, other.y0 + ".." + other.y1);
        ScatterMapping again = ScatterMapping.of(small, null, Double.NaN, Double.NaN, 600, 400);
        assertEquals(first.x0, again.x0);
        assertEquals(first.x1, again.x1);
        assertEquals(first.y0, again.y0);
        assertEquals(first.y1, again.y1);
        // the same data with a highlighted point far out: the range widens for it, and the data's own is untouched
        ScatterMapping out = ScatterMapping.of(small, null, 50, 2, 600, 400);
        assertTrue(out.x1 >= 50, "the highlighted point is in view: " + out.x1);
        assertEquals(first.x1, ScatterMapping.of(small, null, Double.NaN, Double.NaN, 600, 400).x1);
    }

    @Test
    void anAxisRangeWorkedOutAheadServesEveryScatterOfItAndEachWidensItForItsOwnCentres() {
        double[] x = {0, 10, 4, Double.NaN};
        double[] y = {0, 1, 2, 3};
        ScatterMapping.rememberRange(x); // as the run's job does for the components
        ScatterMapping plain = ScatterMapping.of(points(x, y), null, Double.NaN, Double.NaN, 600, 400);
        assertTrue(plain.x0 <= 0 && plain.x1 >= 10 && plain.x1 < 20, plain.x0 + ".." + plain.x1);
        ScatterData farCentre = new ScatterData(x, y, new int[4], new double[] {30}, new double[] {1}, "x", "y");
        ScatterMapping far = ScatterMapping.of(farCentre, null, Double.NaN, Double.NaN, 600, 400);
        assertTrue(far.x0 <= 0 && far.x1 >= 30, "the centre is in view: " + far.x0 + ".." + far.x1);
        assertEquals(plain.x1, ScatterMapping.of(points(x, y), null, Double.NaN, Double.NaN, 600, 400).x1,
                "the axis's own range is untouched");
    }
}
