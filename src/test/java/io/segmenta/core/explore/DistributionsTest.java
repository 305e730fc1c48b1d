package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tail probabilities against scipy 1.10.1, computed once with /usr/bin/python3:
 * {@code 2 * stats.t.sf(|t|, df)} and {@code stats.chi2.sf(x, k)}.
 */
class DistributionsTest {
    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, Math.abs(expected) * rel, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void studentT() {
        close(0.42200180585328084, Distributions.tTwoSided(0.8048781809684525, 171.9), 1e-12);
        close(2.383716011445253e-06, Distributions.tTwoSided(4.86, 198), 1e-12);
        close(0.646850439322551, Distributions.tTwoSided(0.5, 3.5), 1e-12);
        close(0.00017094757574296357, Distributions.tTwoSided(10, 5), 1e-12);
        close(0.2951672353008664, Distributions.tTwoSided(2, 1), 1e-12);
        close(1.3995382240240687e-75, Distributions.tTwoSided(30, 198), 1e-12);
        close(0.31970436268127367, Distributions.tTwoSided(-2.5, 0.7), 1e-12);
        close(4.201432808808515e-202, Distributions.tTwoSided(60, 400), 1e-12);
        close(0.3173107498335781, Distributions.tTwoSided(1, 1e6), 1e-8);
    }

    @Test
    void chiSquare() {
        close(0.07363827012030258, Distributions.chiSquareUpper(3.2, 1), 1e-12);
        close(3.610865404890647e-10, Distributions.chiSquareUpper(50, 4), 1e-12);
        close(0.7788007830714049, Distributions.chiSquareUpper(0.5, 2), 1e-12);
        close(7.661246463353007e-23, Distributions.chiSquareUpper(120, 7), 1e-12);
        close(0.9997348349413444, Distributions.chiSquareUpper(0.01, 3), 1e-12);
        close(6.367822044752633e-187, Distributions.chiSquareUpper(900, 10), 1e-12);
    }

    @Test
    void undefinedInputsGiveNaN() {
        assertTrue(Double.isNaN(Distributions.tTwoSided(Double.NaN, 3)));
        assertTrue(Double.isNaN(Distributions.tTwoSided(1, 0)));
        assertTrue(Double.isNaN(Distributions.chiSquareUpper(1, 0)));
        assertEquals(0, Distributions.tTwoSided(Double.POSITIVE_INFINITY, 3));
        assertEquals(1, Distributions.tTwoSided(0, 3));
        assertEquals(1, Distributions.chiSquareUpper(0, 2));
        assertEquals(0, Distributions.chiSquareUpper(Double.POSITIVE_INFINITY, 2));
    }
}
