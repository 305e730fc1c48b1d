package io.segmenta.core.explore;

/** A test of a difference between groups. */
public enum TestKind {
    /** Welch's unequal-variances t-test of two means (scipy {@code ttest_ind(equal_var=False)}). */
    WELCH_T("Welch's t-test", "Welch t", "t"),
    /** One-way analysis of variance of three or more means (scipy {@code f_oneway}). */
    ANOVA("One-way ANOVA", "ANOVA F", "F"),
    /**
     * Mann-Whitney U test of two groups (scipy {@code mannwhitneyu}, two-sided: exact for small groups
     * without ties, otherwise the normal approximation).
     */
    MANN_WHITNEY("Mann-Whitney U test", "Mann-Whitney U", "U"),
    /** Kruskal-Wallis H test of three or more groups (scipy {@code kruskal}, tie-corrected). */
    KRUSKAL_WALLIS("Kruskal-Wallis test", "Kruskal-Wallis H", "H");

    private final String label;
    private final String statisticLabel;
    private final String symbol;

    TestKind(String label, String statisticLabel, String symbol) {
        this.label = label;
        this.statisticLabel = statisticLabel;
        this.symbol = symbol;
    }

    /** Name of the test ("Welch's t-test"). */
    public String label() {
        return label;
    }

    /** How the statistic is quoted in a sentence ("Welch t"). */
    public String statisticLabel() {
        return statisticLabel;
    }

    /** Symbol of the statistic ("t", "F", "U", "H"). */
    public String symbol() {
        return symbol;
    }

    /** True for the tests that compare ranks rather than means. */
    public boolean rankBased() {
        return this == MANN_WHITNEY || this == KRUSKAL_WALLIS;
    }
}
