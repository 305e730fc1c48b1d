package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.OneWayAnova;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;

/**
 * Compares a numeric column across groups (the levels of a category, or segments): box-plot figures
 * per group and a test of the difference, with the figures of scipy: Welch's t-test
 * ({@code ttest_ind(equal_var=False)}), one-way ANOVA ({@code f_oneway}), Mann-Whitney U
 * ({@code mannwhitneyu(alternative="two-sided")}, scipy's {@code method="auto"}: exact for small
 * groups without ties, otherwise the normal approximation with tie and continuity correction) and
 * Kruskal-Wallis ({@code kruskal}, tie-corrected). The t, F and U tests are Apache Commons
 * Statistics'; the effect sizes and the H statistic are computed here. A test that cannot run (too
 * few values, no spread) gives NaN figures with a reason, never an exception.
 */
public final class GroupComparison {
    /**
     * scipy's {@code mannwhitneyu(method="auto")} takes the exact distribution of U when either group
     * has at most this many values and no value is tied (scipy 1.7 and later).
     */
    static final int EXACT_MAX_SMALLER_GROUP = 8;
    /**
     * Commons Statistics tabulates (n1 + 1)(n2 + 1)(min(U1, U2) + 1) doubles for an exact p-value;
     * above this many (24 MB, reached only when the larger group has more than about 290 values) the
     * normal approximation is used even where scipy would still be exact.
     */
    static final long EXACT_MAX_TABLE = 3_000_000;

    private GroupComparison() {
    }

    /**
     * Compares column {@code column} of {@code data} across the levels of categorical column
     * {@code groupColumn}.
     *
     * @throws SegmentaException when a column is missing or of the wrong type
     */
    public static GroupComparisonResult compare(Dataset data, String column, String groupColumn, TestFamily family) {
        return compare(numeric(data, column), grouping(data, groupColumn), family);
    }

    /** Compares {@code column} across the groups of {@code groups}; empty groups are left out. */
    public static GroupComparisonResult compare(NumericColumn column, Grouping groups, TestFamily family) {
        double[][] parts = groups.split(column.toArray());
        List<GroupStats> stats = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<double[]> present = new ArrayList<>();
        for (int g = 0; g < parts.length; g++) {
            if (parts[g].length == 0) {
                empty.add(groups.groups().get(g));
                continue;
            }
            double[] sorted = parts[g].clone();
            Arrays.sort(sorted);
            stats.add(GroupStats.of(groups.groups().get(g), sorted));
            present.add(parts[g]);
        }
        List<String> names = stats.stream().map(GroupStats::group).toList();
        TestKind kind = family.testFor(present.size());
        TestResult test;
        if (present.size() < 2) {
            int n = present.stream().mapToInt(a -> a.length).sum();
            test = TestResult.undefined(kind, n, "Comparing " + column.name() + " needs at least two groups of "
                    + groups.name() + " with values; " + (present.isEmpty() ? "there are none."
                    : "only " + names.get(0) + " has any."));
        } else {
            test = switch (kind) {
                case WELCH_T -> welch(names.get(0), present.get(0), names.get(1), present.get(1));
                case MANN_WHITNEY -> mannWhitney(names.get(0), present.get(0), names.get(1), present.get(1));
                case ANOVA -> anova(names, present);
                case KRUSKAL_WALLIS -> kruskalWallis(names, present);
            };
        }
        return new GroupComparisonResult(column.name(), groups.name(), stats, empty, test);
    }

    /** Welch's t-test of {@code a} against {@code b}, with Cohen's d and Hedges' g (a minus b). */
    public static TestResult welch(String nameA, double[] a, String nameB, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 < 2 || n2 < 2) {
            return TestResult.undefined(TestKind.WELCH_T, n1 + n2, "Welch's t-test needs at least two values in "
                    + "each group; " + (n1 < 2 ? nameA + " has " + n1 : nameB + " has " + n2) + ".");
        }
        double m1 = Stats.mean(a);
        double m2 = Stats.mean(b);
        double v1 = Stats.variance(a);
        double v2 = Stats.variance(b);
        double se1 = v1 / n1;
        double se2 = v2 / n2;
        if (se1 + se2 == 0) {
            return TestResult.undefined(TestKind.WELCH_T, n1 + n2, "Neither " + nameA + " nor " + nameB
                    + " varies within itself, so Welch's t-test is undefined.");
        }
        TTest.Result test = TTest.withDefaults().test(m1, v1, n1, m2, v2, n2);
        double pooled = Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
        double d = (m1 - m2) / pooled;
        double dfp = n1 + n2 - 2;
        // exact small-sample correction J = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2))
        double j = dfp > 1 ? Math.exp(LogGamma.value(dfp / 2) - 0.5 * Math.log(dfp / 2)
                - LogGamma.value((dfp - 1) / 2)) : Double.NaN;
        return new TestResult(TestKind.WELCH_T, test.getStatistic(), test.getDegreesOfFreedom(), Double.NaN,
                test.getPValue(), n1 + n2,
                List.of(EffectSize.standardizedDifference("Cohen's d", d),
                        EffectSize.standardizedDifference("Hedges' g", d * j)), null);
    }

    /** One-way ANOVA of two or more groups, with η² (between-groups share of the total sum of squares). */
    public static TestResult anova(List<String> names, List<double[]> groups) {
        int k = groups.size();
        int total = groups.stream().mapToInt(g -> g.length).sum();
        if (k < 2) {
            return TestResult.undefined(TestKind.ANOVA, total, "ANOVA needs at least two groups.");
        }
        if (total - k < 1) {
            return TestResult.undefined(TestKind.ANOVA, total, "ANOVA needs more values than groups; there are "
                    + total + " values in " + k + " groups.");
        }
        for (int g = 0; g < k; g++) {
            if (groups.get(g).length == 0) {
                return TestResult.undefined(TestKind.ANOVA, total, "ANOVA needs values in every group; "
                        + names.get(g) + " has none.");
            }
        }
        OneWayAnova.Result test = OneWayAnova.withDefaults().test(groups);
        double df1 = k - 1;
        double df2 = total - k;
        double ssb = test.getMSBG() * df1;
        double ssw = test.getMSWG() * df2;
        if (ssw == 0) {
            return TestResult.undefined(TestKind.ANOVA, total, "No group of " + String.join(", ", names)
                    + " varies within itself, so ANOVA is undefined.");
        }
        return new TestResult(TestKind.ANOVA, test.getStatistic(), df1, df2, test.getPValue(), total,
                List.of(EffectSize.varianceShare("η²", ssb / (ssb + ssw))), null);
    }

    /**
     * Mann-Whitney U test of {@code a} against {@code b}, two-sided, as scipy's
     * {@code mannwhitneyu(a, b)}: the exact p-value when a group has at most
     * {@value #EXACT_MAX_SMALLER_GROUP} values and no value is tied (see {@link #EXACT_MAX_TABLE} for
     * the one exception), otherwise the normal approximation with tie and continuity correction. The
     * statistic is U of {@code a}; the effect is the rank-biserial correlation
     * {@code 2 U / (n1 n2) - 1}, positive when {@code a} tends to be larger.
     */
    public static TestResult mannWhitney(String nameA, double[] a, String nameB, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        int n = n1 + n2;
        if (n1 < 1 || n2 < 1) {
            return TestResult.undefined(TestKind.MANN_WHITNEY, n, "The Mann-Whitney test needs values in both "
                    + "groups; " + (n1 < 1 ? nameA : nameB) + " has none.");
        }
        if (allEqual(a, b[0]) && allEqual(b, b[0])) {
            return TestResult.undefined(TestKind.MANN_WHITNEY, n, "Every value of " + nameA + " and " + nameB
                    + " is the same, so the Mann-Whitney test is undefined.");
        }
        MannWhitneyUTest.Result test = MannWhitneyUTest.withDefaults().with(PValueMethod.ASYMPTOTIC).test(a, b);
        double u1 = test.getStatistic();
        double minU = Math.min(u1, (double) n1 * n2 - u1);
        boolean exact = !test.hasTiedValues() && Math.min(n1, n2) <= EXACT_MAX_SMALLER_GROUP
                && (n1 + 1.0) * (n2 + 1.0) * (minU + 1) <= EXACT_MAX_TABLE;
        if (exact) {
            test = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT).test(a, b);
        }
        return new TestResult(TestKind.MANN_WHITNEY, u1, Double.NaN, Double.NaN, test.getPValue(), n,
                List.of(EffectSize.correlationLike("rank-biserial r", 2 * u1 / ((double) n1 * n2) - 1)), null,
                exact);
    }

    private static boolean allEqual(double[] values, double v) {
        for (double x : values) {
            if (x != v) {
                return false;
            }
        }
        return true;
    }

    /**
     * Kruskal-Wallis H test of two or more groups, tie-corrected, with ε² = H / (n - 1)
     * (Tomczak and Tomczak 2014).
     */
    public static TestResult kruskalWallis(List<String> names, List<double[]> groups) {
        int k = groups.size();
        double[] all = concat(groups);
        int n = all.length;
        if (k < 2) {
            return TestResult.undefined(TestKind.KRUSKAL_WALLIS, n, "The Kruskal-Wallis test needs at least two groups.");
        }
        for (int g = 0; g < k; g++) {
            if (groups.get(g).length == 0) {
                return TestResult.undefined(TestKind.KRUSKAL_WALLIS, n, "The Kruskal-Wallis test needs values in "
                        + "every group; " + names.get(g) + " has none.");
            }
        }
        double ties = 1 - Stats.tieTerm(all) / ((double) n * n * n - n);
        if (!(ties > 0)) {
            return TestResult.undefined(TestKind.KRUSKAL_WALLIS, n, "Every value of " + String.join(", ", names)
                    + " is the same, so the Kruskal-Wallis test is undefined.");
        }
        double[] ranks = Stats.ranks(all);
        double h = 0;
        int at = 0;
        for (double[] g : groups) {
            double sum = 0;
            for (int i = 0; i < g.length; i++) {
                sum += ranks[at + i];
            }
            at += g.length;
            h += sum * sum / g.length;
        }
        h = (12.0 / ((double) n * (n + 1)) * h - 3.0 * (n + 1)) / ties;
        return new TestResult(TestKind.KRUSKAL_WALLIS, h, k - 1, Double.NaN, Distributions.chiSquareUpper(h, k - 1), n,
                List.of(EffectSize.varianceShare("ε²", h / (n - 1))), null);
    }

    /** The numeric column {@code name}; a {@link SegmentaException} naming the column otherwise. */
    static NumericColumn numeric(Dataset data, String name) {
        Column c = data.column(name);
        if (c instanceof NumericColumn n) {
            return n;
        }
        throw new SegmentaException("Column \"" + name + "\" of " + data.name() + " is " + c.type().label()
                + ", not numeric; choose a numeric column such as " + firstNumeric(data) + ".");
    }

    /** The levels of categorical column {@code name}; a {@link SegmentaException} otherwise. */
    static Grouping grouping(Dataset data, String name) {
        Column c = data.column(name);
        if (c instanceof CategoricalColumn cat) {
            return Grouping.of(cat);
        }
        throw new SegmentaException("Column \"" + name + "\" of " + data.name() + " is " + c.type().label()
                + ", not categorical; groups come from a category such as Gender, or from segments.");
    }

    private static String firstNumeric(Dataset data) {
        return data.columns().stream().filter(c -> c instanceof NumericColumn).map(Column::name).findFirst()
                .orElse("(the table has none)");
    }

    private static double[] concat(List<double[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
