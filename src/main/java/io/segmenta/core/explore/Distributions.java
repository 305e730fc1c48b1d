package io.segmenta.core.explore;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The p-values that Segmenta computes from a statistic of its own: Student's t for a correlation
 * coefficient ({@link Correlation}) and chi-square for the Kruskal-Wallis H ({@link GroupComparison}),
 * from Apache Commons Statistics (their survival functions use the regularized incomplete beta and
 * gamma functions of Commons Numbers, which agree with scipy to 1e-12 relative or better; see
 * {@code DistributionsTest}). Welch's t-test, ANOVA and Mann-Whitney take their p-values from
 * Commons Statistics' tests directly.
 *
 * <p>What this adds to the library: two-sided p-values, and NaN instead of an exception for a NaN
 * statistic or degrees of freedom that are not positive, so a test that cannot run gives NaN figures.
 */
public final class Distributions {
    private Distributions() {
    }

    /** Two-sided p-value P(|T| >= |t|) of Student's t with {@code df} (> 0, may be fractional) degrees of freedom. */
    public static double tTwoSided(double t, double df) {
        if (Double.isNaN(t) || !(df > 0)) {
            return Double.NaN;
        }
        return Math.min(1, 2 * TDistribution.of(df).survivalProbability(Math.abs(t)));
    }

    /** Upper tail P(X >= x) of the chi-square distribution with {@code k} degrees of freedom. */
    public static double chiSquareUpper(double x, double k) {
        if (Double.isNaN(x) || !(k > 0)) {
            return Double.NaN;
        }
        return ChiSquaredDistribution.of(k).survivalProbability(x);
    }
}
