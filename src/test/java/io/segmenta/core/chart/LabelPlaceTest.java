package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Predict scatter's "New customer" label keeps off the segment centres. */
class LabelPlaceTest {
    private static final double W = 96;
    private static final double H = 20;
    private static final double CLEAR = 14;

    private static double[] place(double px, double py, double[] mx, double[] my) {
        return LabelPlace.of(px, py, 9, W, H, 72, 16, 292, 166, mx, my, CLEAR);
    }

    private static void inside(double[] at) {
        assertTrue(at[0] >= 72 && at[0] + W <= 292 && at[1] >= 16 && at[1] + H <= 166, at[0] + ", " + at[1]);
    }

    @Test
    void rightOfThePointWhenNothingIsThere() {
        assertArrayEquals(new double[] {114, 90}, place(100, 100, new double[] {250}, new double[] {30}), 1e-9);
    }

    @Test
    void awayFromACentreRightOfThePoint() {
        // the Predict screenshot: centre 2 sat 50 pixels right of the new customer, under the label
        double[] mx = {150, 110, 80};
        double[] my = {100, 60, 150};
        double[] at = place(100, 100, mx, my);
        inside(at);
        assertTrue(LabelPlace.room(at[0], at[1], W, H, mx, my) >= CLEAR, "clear of every centre: " + at[0] + ", " + at[1]);
    }

    @Test
    void aCrowdedPlotGetsThePlaceFarthestFromItsNearestCentre() {
        // centres all around the point, closer than any band can keep clear
        double[] mx = {130, 70 + 40, 100, 100, 140, 60};
        double[] my = {100, 100, 80, 125, 70, 130};
        double[] at = place(100, 100, mx, my);
        inside(at);
        double room = LabelPlace.room(at[0], at[1], W, H, mx, my);
        for (double x = 72; x + W <= 292; x += 4) {
            for (double y = 16; y + H <= 166; y += 4) {
                boolean nearPoint = Math.hypot(Math.max(x, Math.min(100, x + W)) - 100,
                        Math.max(y, Math.min(100, y + H)) - 100) <= 9 + 48 + 1;
                if (nearPoint && LabelPlace.room(x, y, W, H, mx, my) > room + 30) {
                    throw new AssertionError("a much roomier place near the point at " + x + ", " + y + ": " + room);
                }
            }
        }
        assertTrue(room > 0, "it does not lie on a centre");
    }

    @Test
    void aBandWiderThanThePlotStaysRightOfThePoint() {
        double[] at = LabelPlace.of(100, 100, 9, 400, H, 72, 16, 292, 166, new double[0], new double[0], CLEAR);
        assertArrayEquals(new double[] {114, 90}, at, 1e-9);
    }
}
