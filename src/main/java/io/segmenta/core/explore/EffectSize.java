package io.segmenta.core.explore;

/**
 * How large a difference or an association is, beside whether it is significant.
 *
 * @param name      "Cohen's d", "Hedges' g", "η²", "rank-biserial r", "ε²" or "r²"
 * @param value     the effect size (NaN when undefined)
 * @param magnitude "negligible", "small", "medium" or "large" after Cohen's conventional thresholds
 *                  (empty when undefined)
 */
public record EffectSize(String name, double value, String magnitude) {
    /** Cohen's d or Hedges' g: 0.2 small, 0.5 medium, 0.8 large. */
    static EffectSize standardizedDifference(String name, double value) {
        return new EffectSize(name, value, magnitude(Math.abs(value), 0.2, 0.5, 0.8));
    }

    /** Share of variance between groups (η², ε²): 0.01 small, 0.06 medium, 0.14 large. */
    static EffectSize varianceShare(String name, double value) {
        return new EffectSize(name, value, magnitude(value, 0.01, 0.06, 0.14));
    }

    /** A correlation-like r (rank-biserial r): 0.1 small, 0.3 medium, 0.5 large. */
    static EffectSize correlationLike(String name, double value) {
        return new EffectSize(name, value, magnitude(Math.abs(value), 0.1, 0.3, 0.5));
    }

    /** r² of a correlation, graded by |r| as a correlation: 0.1 small, 0.3 medium, 0.5 large. */
    static EffectSize squaredCorrelation(String name, double r) {
        return new EffectSize(name, r * r, magnitude(Math.abs(r), 0.1, 0.3, 0.5));
    }

    private static String magnitude(double v, double small, double medium, double large) {
        if (Double.isNaN(v)) {
            return "";
        }
        return v < small ? "negligible" : v < medium ? "small" : v < large ? "medium" : "large";
    }
}
