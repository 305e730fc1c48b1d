package io.segmenta.core.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The one quantile definition agrees with NumPy 1.24's default to the last bit. */
class QuantilesTest {
    @Test
    void numpyLinearToTheLastBit() {
        double[] a = {0.1, 0.7, 1.3, 2.9, 3.3};
        // numpy.quantile(a, p) for each p, printed with repr()
        double[] p = {0.0, 0.1, 0.33, 0.5, 0.7, 0.875, 1.0};
        double[] want = {0.1, 0.33999999999999997, 0.892, 1.3, 2.5799999999999996, 3.0999999999999996, 3.3};
        for (int i = 0; i < p.length; i++) {
            assertEquals(want[i], Quantiles.linear(a, p[i]), 0.0, "p = " + p[i]);
        }
    }

    @Test
    void aRangeOfTheArrayAndEmptyRanges() {
        double[] a = {99, 1, 2, 3, 4, 10, 40, -5};
        // numpy.quantile([1, 2, 3, 4, 10, 40], [.25, .5, .75]) = 2.25, 3.5, 8.5
        assertEquals(2.25, Quantiles.linear(a, 1, 7, 0.25), 0.0);
        assertEquals(3.5, Quantiles.linear(a, 1, 7, 0.5), 0.0);
        assertEquals(8.5, Quantiles.linear(a, 1, 7, 0.75), 0.0);
        assertEquals(40, Quantiles.linear(a, 1, 7, 1), 0.0);
        assertEquals(1, Quantiles.linear(a, 1, 7, 0), 0.0);
        assertEquals(Double.NaN, Quantiles.linear(a, 3, 3, 0.5));
        assertEquals(Double.NaN, Quantiles.linear(new double[0], 0.5));
        assertEquals(7, Quantiles.linear(new double[] {7}, 0.3), 0.0);
    }
}
