package io.segmenta.ui.prepare;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.prep.Imputation;
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

    /**
     * The core's imputation of this choice (not {@link #DEFAULT}).
     *
     * @param constant the fill value typed, used by {@link #CONSTANT}
     * @param column   the column (null for the step's default)
     * @param numeric  true when the constant must be a number
     * @throws SegmentaException when the constant is missing or not a number where one is needed
     */
    Imputation imputation(String constant, String column, boolean numeric) {
        if (method != ImputeMethod.CONSTANT) {
            return Imputation.of(method);
        }
        String t = constant == null ? "" : constant.trim();
        String where = column == null ? "the default fill value" : "the fill value for " + column;
        if (t.isEmpty()) {
            throw new SegmentaException("Enter " + where + ": a number such as 0"
                    + (numeric ? "" : ", or a level such as Unknown for a category") + ".");
        }
        if (numeric) {
            try {
                Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new SegmentaException("The fill value \"" + t + "\" for " + column + " is not a number. Enter a "
                        + "number such as 0.");
            }
        }
        return Imputation.constant(t);
    }

    @Override
    public String toString() {
        return label;
    }
}
