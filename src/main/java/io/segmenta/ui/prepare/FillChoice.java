package io.segmenta.ui.prepare;

import io.segmenta.core.prep.ImputeMethod;

/**
 * A missing-value choice as the Prepare step offers it: the core's methods, plus "as the default"
 * for a single column.
 */
public enum FillChoice {
    /** Use the step's default choice (only for a single column). */
    DEFAULT(null, "As the default"),
    DROP(ImputeMethod.DROP_ROWS, "Drop the rows"),
    MEAN(ImputeMethod.MEAN, "Mean"),
    MEDIAN(ImputeMethod.MEDIAN, "Median"),
    MOST_FREQUENT(ImputeMethod.MOST_FREQUENT, "Most frequent"),
    CONSTANT(ImputeMethod.CONSTANT, "Constant");

    private final ImputeMethod method;
    private final String label;

    FillChoice(ImputeMethod method, String label) {
        this.method = method;
        this.label = label;
    }

    /** The core's method; null for {@link #DEFAULT}. */
    public ImputeMethod method() {
        return method;
    }

    /** "Drop the rows", "Median", ... */
    public String label() {
        return label;
    }

    /** The choice for a core method. */
    public static FillChoice of(ImputeMethod method) {
        for (FillChoice c : values()) {
            if (c.method == method) {
                return c;
            }
        }
        throw new IllegalArgumentException("no choice for " + method);
    }

    /** True for the methods that only make sense for numbers (mean, median). */
    public boolean numericOnly() {
        return method != null && method.numericOnly();
    }

    @Override
    public String toString() {
        return label;
    }
}
