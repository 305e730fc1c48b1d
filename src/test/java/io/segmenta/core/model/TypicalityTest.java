package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The typicality sentence reads the natural way round: "closer than" for the typical, "farther than" beyond. */
class TypicalityTest {
    private static String words(double percentile, double distance) {
        return new Prediction(0, "A", 0, new double[] {0}, new double[] {distance}, new double[0], distance,
                percentile, List.of()).typicality();
    }

    @Test
    void typicalCustomersAreCloserThanMostOfTheirSegment() {
        assertEquals("Very typical: closer to the centre than 93% of its customers (distance 0.620)", words(7, 0.62));
        assertEquals("Typical: closer to the centre than 20% of its customers (distance 1.100)", words(80, 1.1));
        assertEquals("Very typical: closer to the centre than every one of its customers (distance 0.000)", words(0, 0));
        assertEquals("Unusual: farther from the centre than 96% of its customers (distance 2.410)", words(96, 2.41));
        assertEquals("Unlike the training customers: as far from the centre as its farthest customer, or farther"
                + " (distance 5.000)", words(100, 5));
    }

    @Test
    void numbersAreWrittenAsStringFormatWroteThem() {
        Random random = new Random(14);
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, 0.0005, 0.0015, 0.6205, 1.0005, 99.5, 100, 1e-7, 5e-4, 123456789.0125,
                1e22, -2.5, -0.0004, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 0.1 + 0.2};
        for (int decimals : new int[] {0, 3}) {
            for (double v : edges) {
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Prediction.fixed(v, decimals),
                        v + " to " + decimals);
            }
            for (int i = 0; i < 40_000; i++) {
                double v = switch (i % 4) {
                    case 0 -> random.nextDouble() * 100;
                    case 1 -> random.nextInt(200_000) / 2000.0; // many exact halves at the last decimal
                    case 2 -> random.nextGaussian() * 3;
                    default -> Double.longBitsToDouble(random.nextLong());
                };
                assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), Prediction.fixed(v, decimals),
                        v + " to " + decimals);
            }
        }
    }
}
