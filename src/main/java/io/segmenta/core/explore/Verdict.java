package io.segmenta.core.explore;

import java.util.Objects;

/**
 * What the data say about a {@link Hypothesis}.
 *
 * @param hypothesis    the hypothesis tested
 * @param outcome       supported, contradicted, not supported or undecidable
 * @param test          name of the test ("Pearson correlation", "Welch's t-test", ...)
 * @param statisticName how the statistic is quoted ("Pearson r", "Welch t", ...)
 * @param statistic     r or ρ for a trend; t, F, U or H for a difference (NaN when undecidable)
 * @param p             two-sided p-value (NaN when undecidable)
 * @param alpha         the significance level used
 * @param effect        effect size: r² (variance explained) for a trend, the test's main effect
 *                      size for a difference
 * @param n             values that took part
 * @param finding       the verdict in plain words, with the statistic, p-value, n and effect size
 */
public record Verdict(Hypothesis hypothesis, Outcome outcome, String test, String statisticName, double statistic,
                      double p, double alpha, EffectSize effect, int n, String finding) {
    public Verdict {
        Objects.requireNonNull(hypothesis, "hypothesis");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(finding, "finding");
    }

    /** The verdict in one word group. */
    public enum Outcome {
        /** A significant effect in the stated direction (trend) or a significant difference. */
        SUPPORTED("Supported"),
        /** A significant association in the opposite direction to the one stated. */
        CONTRADICTED("Contradicted"),
        /** No significant association or difference at the chosen level. */
        NOT_SUPPORTED("Not supported"),
        /** The test could not be run (too few values, a column that does not vary). */
        UNDECIDABLE("Cannot be tested");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** Heading for the verdict ("Contradicted"). */
        public String label() {
            return label;
        }
    }
}
