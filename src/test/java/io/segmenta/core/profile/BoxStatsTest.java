package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.testing.SharedData;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The box figures found by selection are those of a sort, to the last bit, on real and awkward values. */
class BoxStatsTest {
    private static void same(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] shuffled = values.clone();
        BoxStats expected = BoxStats.ofSorted(sorted, 0, sorted.length);
        assertEquals(expected, BoxStats.of(shuffled, 0, shuffled.length), () -> Arrays.toString(values));
    }

    @Test
    void mallColumnsGiveTheSortedFigures() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        for (String name : new String[] {"Age", "Annual Income (k$)", "Spending Score (1-100)"}) {
            NumericColumn c = (NumericColumn) mall.column(name);
            double[] v = new double[c.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = c.get(i);
            }
            same(v);
            for (int n = 1; n <= 12; n++) {
                same(Arrays.copyOf(v, n)); // every interpolation position of small groups
            }
        }
    }

    @Test
    void awkwardOrdersAndTiesGiveTheSortedFigures() {
        SplittableRandom r = new SplittableRandom(17);
        for (int t = 0; t < 300; t++) {
            int n = 1 + r.nextInt(t < 200 ? 40 : 5000);
            double[] v = new double[n];
            int kind = t % 5;
            for (int i = 0; i < n; i++) {
                v[i] = switch (kind) {
                    case 0 -> r.nextGaussian();
                    case 1 -> r.nextInt(4);              // many ties
                    case 2 -> i;                         // ascending
                    case 3 -> n - i;                     // descending
                    default -> i % 2 == 0 ? 1e6 * r.nextDouble() : -3; // outliers and a repeated value
                };
            }
            same(v);
        }
    }

    @Test
    void emptyIsEmpty() {
        assertEquals(BoxStats.EMPTY, BoxStats.of(new double[0], 0, 0));
    }
}
