package io.segmenta.core.prep;

/** How customers are flagged as outliers; each has one parameter with a default. */
public enum OutlierMethod {
    /** No outlier detection. */
    NONE("none", Double.NaN),
    /**
     * Tukey's fences on every numeric feature: below Q1 - factor x IQR or above Q3 + factor x IQR,
     * quartiles interpolated linearly (as pandas and NumPy); parameter: the factor (1.5).
     */
    IQR("iqr", 1.5),
    /** |x - mean| / population std above the threshold (3) on any numeric feature. */
    ZSCORE("zscore", 3),
    /**
     * Segmenta's own Isolation Forest ({@link IsolationForest}) on all features, seeded; parameter: the contamination, the share of
     * customers flagged (0.05): those with the highest anomaly scores.
     */
    ISOLATION_FOREST("iforest", 0.05);

    private final String label;
    private final double defaultParameter;

    OutlierMethod(String label, double defaultParameter) {
        this.label = label;
        this.defaultParameter = defaultParameter;
    }

    /** The word used in the CLI and JSON ("none", "iqr", "zscore", "iforest"). */
    public String label() {
        return label;
    }

    /** The parameter used when none is given (NaN for NONE). */
    public double defaultParameter() {
        return defaultParameter;
    }

    /** What the parameter means: "factor", "threshold", "contamination" (empty for NONE). */
    public String parameterName() {
        return switch (this) {
            case NONE -> "";
            case IQR -> "factor";
            case ZSCORE -> "threshold";
            case ISOLATION_FOREST -> "contamination";
        };
    }
}
