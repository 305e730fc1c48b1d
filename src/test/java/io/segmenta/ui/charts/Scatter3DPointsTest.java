package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The 3D cloud's choice of points: the visible rows, the fixed sample above the limit, the axis scales. */
class Scatter3DPointsTest {
    @Test
    void visibleRowsLeaveOutHiddenSegmentsHiddenNoiseAndMissingValues() {
        Scatter3DData d = Scatter3DViewTest.data(20_000);
        for (Set<Integer> hidden : java.util.List.of(Set.<Integer>of(), Set.of(2), Set.of(0, 3), Set.of(-1),
                Set.of(-1, 1))) { // -1: DBSCAN noise
            int[] expected = IntStream.range(0, d.size()).filter(i -> !Double.isNaN(d.x()[i])
                    && !Double.isNaN(d.y()[i]) && !Double.isNaN(d.z()[i]) && !hidden.contains(d.group()[i])).toArray();
            assertArrayEquals(expected, Scatter3DPoints.visibleRows(d, hidden), "hidden " + hidden);
        }
    }

    /** The sample is the front of the seeded shuffle of the rows, as a shuffled copy of every row gave it. */
    @Test
    void theSampleIsTheFrontOfTheSeededShuffleOfTheRows() {
        Scatter3DData d = Scatter3DViewTest.data(50_000);
        int[] rows = Scatter3DPoints.visibleRows(d, Set.of(1));
        for (int m : new int[] {1, 500, 12_000, 20_000, rows.length}) {
            int[] copy = rows.clone();
            SeededShuffle.shuffle(copy, m);
            int[] expected = Arrays.copyOf(copy, m);
            Arrays.sort(expected);
            assertArrayEquals(expected, Scatter3DPoints.sample(rows, m), "m = " + m);
        }
    }

    @Test
    void anAxisScaleCentresItsValuesAndFitsThemInTheCube() {
        Scatter3DData d = Scatter3DViewTest.data(5_000);
        double lo = Arrays.stream(d.z()).filter(v -> !Double.isNaN(v)).min().orElseThrow();
        double hi = Arrays.stream(d.z()).filter(v -> !Double.isNaN(v)).max().orElseThrow();
        double[] s = Scatter3DPoints.scale(d.z());
        assertEquals((lo + hi) / 2, s[0], 0);
        assertEquals(2 * Scatter3DView.HALF / (hi - lo), s[1], 0);
        assertArrayEquals(new double[] {4, 1}, Scatter3DPoints.scale(new double[] {4, 4, Double.NaN}), "one value");
    }
}
