package io.segmenta.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Where a model places one new customer.
 *
 * @param segment            0-based segment id, or {@link Assignment#NOISE} (DBSCAN: no core customer within eps)
 * @param name               the segment's name ("Noise" for noise)
 * @param colour             the segment's palette index; -1 for noise
 * @param prepared           the customer in prepared units (a row of the training matrix)
 * @param distances          Euclidean distance, in prepared units, to every segment's centre (segment order)
 * @param probabilities      Gaussian mixture: the membership probability of every segment; empty otherwise
 * @param distance           distance to the own segment's centre (NaN for noise)
 * @param distancePercentile  share (0 to 100) of the segment's training customers at most as far from
 *                           its centre: low is typical, above 99 is unlike the training customers
 *                           (NaN for noise)
 * @param warnings           what makes the prediction less certain, in words: a value outside the
 *                           training range, a level not seen in training, a filled-in missing value,
 *                           an outlier by the training rule, a customer beyond the segment's 99th
 *                           percentile, noise
 */
public record Prediction(int segment, String name, int colour, double[] prepared, double[] distances,
                         double[] probabilities, double distance, double distancePercentile, List<String> warnings) {
    public Prediction {
        warnings = List.copyOf(warnings);
    }

    public boolean isNoise() {
        return segment == Assignment.NOISE;
    }

    /**
     * How typical the customer is, in words, the way round that reads naturally: "Typical: closer to
     * the centre than 93% of its customers (distance 0.620)" for a customer in the nearer 90%, "Unusual:
     * farther from the centre than 96% of its customers (distance 2.410)" beyond; "its customers" are the
     * segment's training customers.
     */
    public String typicality() {
        if (isNoise() || Double.isNaN(distancePercentile)) {
            return "No core customer of any segment is near enough: DBSCAN would call this customer noise.";
        }
        double pct = distancePercentile;
        String word = pct <= 50 ? "Very typical" : pct <= 90 ? "Typical" : pct <= 99 ? "Unusual"
                : "Unlike the training customers";
        String where;
        if (pct >= 100) {
            where = "as far from the centre as its farthest customer, or farther";
        } else if (pct <= 90) {
            double closer = 100 - pct;
            where = closer >= 100 ? "closer to the centre than every one of its customers"
                    : "closer to the centre than " + fixed(closer, 0) + "% of its customers";
        } else {
            where = "farther from the centre than " + fixed(pct, 0) + "% of its customers";
        }
        return word + ": " + where + " (distance " + fixed(distance, 3) + ")";
    }

    /**
     * {@code v} with {@code decimals} decimals, the text {@code String.format(Locale.ROOT, "%.nf", v)}
     * gives (the shortest decimal of the double rounded half up), without a {@code Formatter}: the
     * server writes this sentence for every prediction, and {@code String.format} was the largest part
     * of what a prediction allocated.
     */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        String text = new BigDecimal(Double.toString(Math.abs(v))).setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
        return v < 0 || v == 0 && 1 / v < 0 ? "-" + text : text;
    }

    /** The number users see (segment + 1), or 0 for noise. */
    public int number() {
        return segment + 1;
    }
}
