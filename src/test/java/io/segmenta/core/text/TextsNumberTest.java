package io.segmenta.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#number} writes every number exactly as the BigDecimal rounding it is defined by (four decimals
 * from 1 up, half to even on the exact binary value; six significant digits below 1), including the numbers
 * its fast path has to hand back because they lie next to a half.
 */
class TextsNumberTest {
    /** The definition ({@link Texts#exact}: BigDecimal on the double's exact value); whole numbers are written as longs. */
    private static String reference(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Texts.exact(v);
    }

    @Test
    void everyMagnitudeReadsAsTheExactRounding() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 2_000_000; i++) {
            double v = (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextDouble(-6, 12)) * r.nextDouble(1, 10);
            assertEquals(reference(v), Texts.number(v), () -> "for " + v);
        }
    }

    @Test
    void halvesAndTheirNeighboursRoundAsTheExactValueDoes() {
        SplittableRandom r = new SplittableRandom(18);
        for (int i = 0; i < 200_000; i++) {
            long q = r.nextLong(10_000, 9_000_000_000_000L);
            double half = (q + 0.5) / 1e4; // near a half of the fourth decimal, either side of it
            for (double v : new double[] {half, Math.nextUp(half), Math.nextDown(half), -half, Math.nextUp(-half)}) {
                assertEquals(reference(v), Texts.number(v), () -> "for " + v);
            }
        }
        for (int i = 0; i < 200_000; i++) {
            int places = 6 + r.nextInt(4); // the sixth significant digit of 0.1 .. 0.0001
            long q = r.nextLong(100_000, 1_000_000);
            double half = (q + 0.5) / Math.pow(10, places);
            for (double v : new double[] {half, Math.nextUp(half), Math.nextDown(half), -half, Math.nextDown(-half)}) {
                assertEquals(reference(v), Texts.number(v), () -> "for " + v);
            }
        }
        for (double v : new double[] {0.1, 0.01, 0.001, 0.0001, Math.nextDown(0.1), Math.nextDown(0.01),
                Math.nextDown(0.001), Math.nextDown(0.0001), 0.9999995, 0.09999995, 0.0999999949, -0.99999949999,
                0.5, 0.25, 0.125, 1.0 / 3, -2.0 / 3, 0.00012345649999}) {
            assertEquals(reference(v), Texts.number(v), () -> "for " + v);
        }
        for (double v : new double[] {1.00005, 2.00015, 132.75, 117416.25, 52247.2514, 1.99995, -1.00004, 999999999.99995,
                1.0000499999999999, 15.5, 0.0833333333, 1.5e-7, 1e-300}) {
            assertEquals(reference(v), Texts.number(v), () -> "for " + v);
        }
        assertEquals("132.75", Texts.number(132.75));
        assertEquals("2", Texts.number(2.00004));
        assertEquals("-1.0001", Texts.number(-1.00005000001));
    }
}
