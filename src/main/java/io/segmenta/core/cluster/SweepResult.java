package io.segmenta.core.cluster;

import java.util.List;

/**
 * A k sweep and its recommendation.
 *
 * @param points               one point per k, ascending (the sweep stops early, and says so in
 *                             {@code rule}, when the data have fewer distinct customers than kMax)
 * @param recommendedK         Gaussian mixture: k with the lowest BIC. k-means and hierarchical: k
 *                             with the highest silhouette (k >= 2); the elbow (or the smallest k)
 *                             when no k of the sweep has a silhouette
 * @param kneeK                elbow of the WCSS curve by the maximum distance to the chord
 *                             ({@link Knee}); -1 when the sweep has fewer than three k values
 * @param rule                 one or two sentences for the user explaining the recommendation
 * @param silhouetteSampled    true when silhouettes were estimated on a random sample of customers
 * @param silhouetteSampleSize number of customers the silhouettes were computed on
 * @param bicMinK              k with the lowest BIC (Gaussian mixture), -1 otherwise
 * @param aicMinK              k with the lowest AIC (Gaussian mixture), -1 otherwise
 */
public record SweepResult(List<SweepPoint> points, int recommendedK, int kneeK, String rule,
        boolean silhouetteSampled, int silhouetteSampleSize, int bicMinK, int aicMinK) {
    public SweepResult {
        points = List.copyOf(points);
    }

    /** A sweep without information criteria (k-means, hierarchical). */
    public SweepResult(List<SweepPoint> points, int recommendedK, int kneeK, String rule, boolean silhouetteSampled,
            int silhouetteSampleSize) {
        this(points, recommendedK, kneeK, rule, silhouetteSampled, silhouetteSampleSize, -1, -1);
    }

    /** The point for {@code k}, or null when the sweep did not reach it. */
    public SweepPoint point(int k) {
        for (SweepPoint p : points) {
            if (p.k() == k) {
                return p;
            }
        }
        return null;
    }
}
