package io.segmenta.core.explore;

/**
 * The correlation of two variables over the rows where both are present.
 *
 * @param r               correlation coefficient in [-1, 1]; NaN when undefined
 * @param p               two-sided p-value of "no correlation" (t distribution with n - 2 degrees of
 *                        freedom, as scipy {@code pearsonr} and {@code spearmanr}); NaN when undefined
 * @param n               number of complete pairs
 * @param undefinedReason why r is undefined, in words (null when defined)
 */
public record CorrelationResult(CorrelationMethod method, double r, double p, int n, String undefinedReason) {
    /** True when r and p are numbers. */
    public boolean defined() {
        return undefinedReason == null;
    }

    /** Share of the variation one variable explains in the other: r squared (NaN when undefined). */
    public double rSquared() {
        return r * r;
    }
}
