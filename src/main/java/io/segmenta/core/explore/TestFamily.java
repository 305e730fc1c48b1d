package io.segmenta.core.explore;

/** Which tests compare groups; the number of groups picks the test within the family. */
public enum TestFamily {
    /** Compare means: Welch's t-test for two groups, one-way ANOVA for more. */
    MEANS("Compare means (Welch's t-test or ANOVA)"),
    /** Compare ranks, robust to skew and outliers: Mann-Whitney U for two groups, Kruskal-Wallis for more. */
    RANKS("Compare ranks (Mann-Whitney or Kruskal-Wallis)");

    private final String label;

    TestFamily(String label) {
        this.label = label;
    }

    /** Words for a menu. */
    public String label() {
        return label;
    }

    /** The test of this family for {@code groups} groups. */
    public TestKind testFor(int groups) {
        if (this == MEANS) {
            return groups <= 2 ? TestKind.WELCH_T : TestKind.ANOVA;
        }
        return groups <= 2 ? TestKind.MANN_WHITNEY : TestKind.KRUSKAL_WALLIS;
    }
}
