package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
