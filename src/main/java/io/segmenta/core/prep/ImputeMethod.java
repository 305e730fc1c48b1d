package io.segmenta.core.prep;

/** What to do with a missing cell of a feature. */
public enum ImputeMethod {
    /** Leave the row out of the segmentation (it stays in exports with an empty segment). */
    DROP_ROWS("drop"),
    /** Fill with the mean of the present values (numeric features only). */
    MEAN("mean"),
    /** Fill with the median of the present values (numeric features only). */
    MEDIAN("median"),
    /** Fill with the most frequent value or level (the smallest value or first level on a tie). */
    MOST_FREQUENT("most-frequent"),
    /** Fill with a value the analyst gives (a number, or a level for a category). */
    CONSTANT("constant");

    private final String label;

    ImputeMethod(String label) {
        this.label = label;
    }

    /** The word used in the CLI and JSON ("drop", "mean", "median", "most-frequent", "constant"). */
    public String label() {
        return label;
    }

    /** True for the methods that only make sense for numbers (mean, median). */
    public boolean numericOnly() {
        return this == MEAN || this == MEDIAN;
    }
}
