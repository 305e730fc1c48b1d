package io.segmenta.core.cluster;

/**
 * Elbow of a decreasing curve (WCSS against k) by the maximum distance to the chord: both axes
 * are scaled to 0..1 and the elbow is the point farthest below the straight line from the first
 * point to the last. On a convex decreasing curve this is the point Kneedle picks (the maximum of
 * its difference curve), without Kneedle's sensitivity threshold.
 */
public final class Knee {
    private Knee() {
    }

    /**
     * Index of the elbow in {@code y} (values at equally or unequally spaced {@code x}), or -1
     * with fewer than three points or a flat curve. Ties go to the smaller index.
     */
    public static int index(double[] x, double[] y) {
        int n = y.length;
        if (n < 3 || x.length != n) {
            return -1;
        }
        double x0 = x[0];
        double xr = x[n - 1] - x[0];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        double yr = yMax - yMin;
        if (!(xr > 0) || !(yr > 0)) {
            return -1;
        }
        // chord from (0, yFirst) to (1, yLast) in scaled units; distance below it, up to a constant factor
        double yFirst = (y[0] - yMin) / yr;
        double yLast = (y[n - 1] - yMin) / yr;
        int best = -1;
        double bestDistance = 0;
        for (int i = 1; i < n - 1; i++) {
            double u = (x[i] - x0) / xr;
            double chord = yFirst + (yLast - yFirst) * u;
            double distance = chord - (y[i] - yMin) / yr;
            if (distance > bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
