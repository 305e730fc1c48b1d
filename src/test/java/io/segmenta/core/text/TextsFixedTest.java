package io.segmenta.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Texts#fixed} (the Distance and Distance percentile cells of every batch prediction) writes
 * the text the StringBuilder version before it wrote, kept here as the reference.
 */
class TextsFixedTest {
    private static String reference(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        long factor = 1;
        for (int i = 0; i < decimals; i++) {
            factor *= 10;
        }
        long scaled = Math.round(Math.abs(v) * factor);
        StringBuilder s = new StringBuilder(16);
        if (v < 0 && scaled != 0) {
            s.append('-');
        }
        s.append(scaled / factor);
        long frac = scaled % factor;
        if (frac != 0) {
            String f = Long.toString(frac);
            s.append('.');
            for (int i = f.length(); i < decimals; i++) {
                s.append('0');
            }
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            s.append(f, 0, end);
        }
        return s.toString();
    }

    @Test
    void writesWhatTheStringBuilderVersionWrote() {
        assertEquals("0.0001", Texts.fixed(0.00012, 4));
        assertEquals("1.134", Texts.fixed(1.13400001, 4));
        assertEquals("-2", Texts.fixed(-2.00001, 4));
        assertEquals("0", Texts.fixed(-0.00001, 4));
        assertEquals("100", Texts.fixed(100, 1));
        assertEquals("", Texts.fixed(Double.NaN, 1));
        double[] edges = {0, -0.0, 0.5, 0.05, 0.00005, 99.95, 1e15, -1e15, 1e300, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 123.45678, -0.5};
        Random random = new Random(4);
        for (int decimals = 0; decimals <= 6; decimals++) {
            for (double v : edges) {
                assertEquals(reference(v, decimals), Texts.fixed(v, decimals), v + " to " + decimals);
            }
            for (int i = 0; i < 50_000; i++) {
                double v = switch (i % 3) {
                    case 0 -> random.nextGaussian() * 10;
                    case 1 -> random.nextInt(2_000_000) / 1e4 - 100;
                    default -> random.nextDouble() * Math.pow(10, random.nextInt(16));
                };
                assertEquals(reference(v, decimals), Texts.fixed(v, decimals), v + " to " + decimals);
            }
        }
    }
}
