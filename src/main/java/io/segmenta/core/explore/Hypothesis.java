package io.segmenta.core.explore;

import java.util.Objects;

/**
 * A hypothesis an analyst writes from one of two templates, to be tested by
 * {@link HypothesisTest}: "X rises/falls with Y" ({@link Trend}) or "X differs between the groups of
 * G" ({@link Difference}).
 */
public sealed interface Hypothesis permits Hypothesis.Trend, Hypothesis.Difference {
    /** The hypothesis as the analyst would say it, with column names as they are. */
    String statement();

    /** The numeric column the hypothesis is about (X). */
    String outcome();

    /**
     * "X rises with Y" or "X falls with Y": a directional association of two numeric columns.
     *
     * @param outcome   X, a numeric column
     * @param direction rises or falls
     * @param predictor Y, a numeric column
     * @param method    Pearson (straight-line) or Spearman (monotonic)
     */
    record Trend(String outcome, Direction direction, String predictor, CorrelationMethod method)
            implements Hypothesis {
        public Trend {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(predictor, "predictor");
            Objects.requireNonNull(method, "method");
        }

        /** Tested with Pearson's r. */
        public Trend(String outcome, Direction direction, String predictor) {
            this(outcome, direction, predictor, CorrelationMethod.PEARSON);
        }

        @Override
        public String statement() {
            return outcome + " " + direction.verb() + " with " + predictor;
        }
    }

    /**
     * "X differs between the groups of G".
     *
     * @param outcome X, a numeric column
     * @param groups  G: a categorical column, or the name of a segment {@link Grouping} handed to the test
     * @param family  compare means (Welch's t-test / ANOVA) or ranks (Mann-Whitney / Kruskal-Wallis)
     */
    record Difference(String outcome, String groups, TestFamily family) implements Hypothesis {
        public Difference {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(family, "family");
        }

        /** Compared by means. */
        public Difference(String outcome, String groups) {
            this(outcome, groups, TestFamily.MEANS);
        }

        @Override
        public String statement() {
            return outcome + " differs between the groups of " + groups;
        }
    }
}
