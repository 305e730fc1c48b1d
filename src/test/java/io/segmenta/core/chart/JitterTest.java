package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.testing.SharedData;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class JitterTest {
    private static double[] mall(String column) throws Exception {
        Dataset d = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        return ((NumericColumn) d.column(column)).toArray();
    }

    @Test
    void mallAgesAreDiscreteAndJitterStaysWithinAThirdOfAYear() throws Exception {
        double[] age = mall("Age");
        double a = Jitter.amplitude(age);
        assertEquals(Jitter.FRACTION * 1, a, 1e-12, "ages are whole years: the smallest gap is 1");
        double[] drawn = Jitter.apply(age, a, Jitter.seed("Age"));
        int moved = 0;
        for (int i = 0; i < age.length; i++) {
            assertTrue(Math.abs(drawn[i] - age[i]) <= a, "row " + i + " moved " + (drawn[i] - age[i]));
            // still nearer its own age than any other: the bands of neighbouring ages do not meet
            assertEquals(age[i], Math.rint(drawn[i]), 0, "row " + i);
            moved += drawn[i] != age[i] ? 1 : 0;
        }
        assertEquals(age.length, moved, "every point moves");
        assertArrayEquals(drawn, Jitter.apply(age, a, Jitter.seed("Age")), "the same picture every time");
        assertFalse(java.util.Arrays.equals(drawn, Jitter.apply(age, a, Jitter.seed("Spending Score (1-100)"))),
                "another axis, other moves");
    }

    @Test
    void spendingScoreIsDiscreteThoughItHasMoreThanFiftyValues() throws Exception {
        double[] score = mall("Spending Score (1-100)");
        assertTrue(java.util.Arrays.stream(score).distinct().count() > Jitter.MAX_DISTINCT);
        assertEquals(0.35, Jitter.amplitude(score), 1e-12, "whole numbers that repeat");
    }

    @Test
    void continuousValuesAreNotJittered() {
        SplittableRandom r = new SplittableRandom(7);
        double[] spend = new double[500];
        for (int i = 0; i < spend.length; i++) {
            spend[i] = r.nextDouble() * 1000;
        }
        assertEquals(0, Jitter.amplitude(spend), "500 distinct fractions");
        double[] ids = new double[500];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i + 1;
        }
        assertEquals(0, Jitter.amplitude(ids), "whole numbers that never repeat (an identifier)");
        assertEquals(0, Jitter.amplitude(new double[] {3, 3, 3, Double.NaN}), "one value: no gap to fill");
    }

    @Test
    void fewDistinctFractionsUseTheirSmallestGapAndNaNStaysMissing() {
        double[] v = {0.5, 1.0, 2.0, 0.5, Double.NaN, 2.0};
        double a = Jitter.amplitude(v);
        assertEquals(0.35 * 0.5, a, 1e-12);
        double[] drawn = Jitter.apply(v, a, 1);
        assertTrue(Double.isNaN(drawn[4]));
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                assertTrue(Math.abs(drawn[i] - v[i]) <= a);
            }
        }
        assertEquals("Age (jittered)", Jitter.title("Age"));
    }

    @Test
    void aJitteredScatterKeepsTheTrueCentresAndSaysWhichAxisMoved() {
        double[] x = {1, 1, 2, 2, 3, 3};
        double[] y = {0.1, 0.7, 0.3, 0.9, 0.2, 0.4};
        int[] group = {0, 0, 1, 1, 1, -1};
        ScatterData s = Jitter.scatter(x, y, group, ScatterData.groupMeans(x, group, 2), ScatterData.groupMeans(y, group, 2),
                "Children", "Share", Jitter.amplitude(x), 0);
        assertEquals("Children (jittered)", s.xLabel());
        assertEquals("Share", s.yLabel());
        assertArrayEquals(new double[] {1, 7 / 3.0}, s.centroidX(), 1e-12, "centres of the true values");
        assertTrue(y == s.y(), "the axis not jittered is drawn as it is");
        for (int i = 0; i < x.length; i++) {
            assertTrue(s.x()[i] != x[i] && Math.abs(s.x()[i] - x[i]) <= 0.35);
        }
    }
    /** The one-pass answer for values that are not whole numbers is the sorted answer, on every kind of column. */
    @Test
    void valuesThatAreNotWholeGiveTheSameAmplitudeAsSortingThem() {
        SplittableRandom r = new SplittableRandom(3);
        for (int kind = 0; kind < 5; kind++) {
            double[] v = new double[20_000];
            for (int i = 0; i < v.length; i++) {
                v[i] = switch (kind) {
                    case 0 -> r.nextGaussian(); // continuous: not discrete
                    case 1 -> r.nextInt(40) * 0.5; // 40 half steps: discrete, gap 0.5
                    case 2 -> r.nextInt(50) * 0.25 + (i % 997 == 0 ? Double.NaN : 0); // 50 values and missing cells
                    case 3 -> r.nextInt(51) * 0.1 + 0.05; // 51 values: not discrete
                    default -> i % 2 == 0 ? -0.0 : 0.5; // -0.0 and 0.5
                };
            }
            assertEquals(sortedAmplitude(v), Jitter.amplitude(v), 1e-15, "kind " + kind);
        }
        assertEquals(0, Jitter.amplitude(new double[] {0.5, 0.5, Double.NaN}), "one distinct value");
    }

    /** The rule as written before the one-pass path: sort the finite values, count, take the smallest gap. */
    private static double sortedAmplitude(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int distinct = 0;
        boolean whole = true;
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            whole &= v[i] == Math.rint(v[i]);
            if (i == 0 || v[i] != v[i - 1]) {
                distinct++;
                if (i > 0) {
                    gap = Math.min(gap, v[i] - v[i - 1]);
                }
            }
        }
        boolean discrete = distinct <= Jitter.MAX_DISTINCT || whole && distinct < v.length;
        return discrete && distinct >= 2 ? Jitter.FRACTION * gap : 0;
    }
}
