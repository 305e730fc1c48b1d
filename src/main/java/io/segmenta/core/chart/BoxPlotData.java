package io.segmenta.core.chart;

import io.segmenta.core.profile.BoxStats;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the box plot chart draws, whatever the boxes stand for (segments of a profile, groups of a
 * category): the boxes in drawing order (top to bottom) and the title of the value axis.
 *
 * @param valueTitle title of the value axis (the column), or null
 * @param boxes      the boxes, first on top
 */
public record BoxPlotData(String valueTitle, List<BoxPlotData.Box> boxes) {
    public BoxPlotData {
        boxes = List.copyOf(boxes);
    }

    /**
     * One box.
     *
     * @param label     the row's label (segment or group name)
     * @param colour    the box's colour
     * @param reference true for a reference box (all customers): grey label, not bold
     * @param stats     quartiles, median, whiskers, minimum, maximum, count and how many values lie
     *                  beyond the whiskers
     * @param mean      the mean (drawn as a white dot), or NaN
     * @param sd        the standard deviation (in the hover text), or NaN
     * @param outliers  the values beyond the whiskers that are drawn as circles (all of them, or only
     *                  the extremes when only those are known; {@code stats.outliers()} says how many
     *                  there are)
     */
    public record Box(String label, Color colour, boolean reference, BoxStats stats, double mean, double sd,
                      double[] outliers) {
        public Box {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(stats, "stats");
            outliers = outliers.clone();
        }

        @Override
        public double[] outliers() {
            return outliers.clone();
        }

        /** Values beyond the whiskers drawn (no copy). */
        public double[] drawnOutliers() {
            return outliers;
        }

        /** A box from the figures of a profile, with its minimum and maximum drawn when beyond the whiskers. */
        public static Box of(String label, Color colour, boolean reference, BoxStats stats, double mean) {
            double[] out;
            if (stats.count() == 0 || stats.outliers() == 0) {
                out = new double[0];
            } else if (stats.min() < stats.lowerWhisker() && stats.max() > stats.upperWhisker()) {
                out = new double[] {stats.min(), stats.max()};
            } else {
                out = new double[] {stats.min() < stats.lowerWhisker() ? stats.min() : stats.max()};
            }
            return new Box(label, colour, reference, stats, mean, Double.NaN, out);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Box b && label.equals(b.label) && colour.equals(b.colour) && reference == b.reference
                    && stats.equals(b.stats) && Double.compare(mean, b.mean) == 0 && Double.compare(sd, b.sd) == 0
                    && Arrays.equals(outliers, b.outliers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(label, colour, reference, stats, mean, sd, Arrays.hashCode(outliers));
        }

        @Override
        public String toString() {
            return "Box[" + label + ", " + stats + ", mean " + mean + ", " + outliers.length + " outliers drawn]";
        }
    }
}
