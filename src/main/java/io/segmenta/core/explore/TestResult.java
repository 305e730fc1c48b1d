package io.segmenta.core.explore;

import java.util.List;

/**
 * The outcome of a group test.
 *
 * @param kind            which test
 * @param statistic       t (Welch), F (ANOVA), U of the first group (Mann-Whitney, as scipy) or H
 *                        (Kruskal-Wallis); NaN when undefined
 * @param df1             degrees of freedom: Welch-Satterthwaite df for t, between-groups df for F
 *                        and H; NaN for U
 * @param df2             within-groups df for F; NaN otherwise
 * @param p               two-sided p-value; NaN when undefined
 * @param n               values taking part (all groups)
 * @param effects         effect sizes, the main one first: Cohen's d and Hedges' g (first group
 *                        minus second), η², rank-biserial r (positive when the first group tends to
 *                        be larger) or ε²
 * @param undefinedReason why the test could not be run, in words (null when it ran)
 * @param exact           true when p comes from the exact distribution of the statistic (Mann-Whitney
 *                        on small groups without ties) rather than an approximation
 */
public record TestResult(TestKind kind, double statistic, double df1, double df2, double p, int n,
                         List<EffectSize> effects, String undefinedReason, boolean exact) {
    public TestResult {
        effects = List.copyOf(effects);
    }

    /** A result whose p-value is not exact (all but small Mann-Whitney tests). */
    public TestResult(TestKind kind, double statistic, double df1, double df2, double p, int n,
                      List<EffectSize> effects, String undefinedReason) {
        this(kind, statistic, df1, df2, p, n, effects, undefinedReason, false);
    }

    /** True when the test ran. */
    public boolean defined() {
        return undefinedReason == null;
    }

    /** The main effect size (NaN-valued when undefined). */
    public EffectSize effect() {
        return effects.isEmpty() ? new EffectSize("", Double.NaN, "") : effects.get(0);
    }

    /**
     * The result in one line for a panel, e.g. {@code "Welch t = 0.80, p = 0.42; Cohen's d = 0.12 (negligible)"}
     * ({@code "p = 0.029 (exact)"} for an exact p-value), or the reason when the test could not run.
     */
    public String summary() {
        if (!defined()) {
            return undefinedReason;
        }
        EffectSize e = effect();
        return kind.statisticLabel() + " = " + Format.statistic(kind, statistic) + ", " + Format.p(p)
                + (exact ? " (exact)" : "") + "; " + e.name() + " = " + Format.fixed(e.value(), 2) + " ("
                + e.magnitude() + ")";
    }

    static TestResult undefined(TestKind kind, int n, String reason) {
        return new TestResult(kind, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n, List.of(), reason);
    }
}
