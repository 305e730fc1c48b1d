package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Group tests against the scikit-learn reference (Welch) and against scipy 1.10.1 figures computed
 * once with /usr/bin/python3 on Mall_Customers.csv ({@code f}/{@code m} = the Female/Male rows,
 * {@code seg} = the five groups of the reference's {@code silhouette_fixed_labels}).
 */
class GroupComparisonTest {
    private static Dataset mall() {
        return MallData.load();
    }

    private static Grouping gender() {
        return Grouping.of((CategoricalColumn) mall().column(MallData.GENRE));
    }

    private static Grouping referenceSegments() {
        JsonNode labels = SharedData.mallReference().get("silhouette_fixed_labels").get("labels");
        int[] l = new int[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i).asInt();
        }
        return Grouping.segments(l);
    }

    private static double[] values(String column, String level) {
        NumericColumn c = MallData.numeric(mall(), column);
        CategoricalColumn g = (CategoricalColumn) mall().column(MallData.GENRE);
        return IntStream.range(0, c.size()).filter(i -> level.equals(g.level(i)))
                .mapToDouble(c::get).toArray();
    }

    @Test
    void welchMatchesTheReferenceForSpendingAndIncomeByGender() {
        JsonNode ref = SharedData.mallReference();
        for (String[] c : new String[][] {{"spending_by_gender_welch_t", MallData.SPENDING},
                {"income_by_gender_welch_t", MallData.INCOME}}) {
            JsonNode r = ref.get(c[0]);
            // the reference takes Male minus Female
            TestResult t = GroupComparison.welch("Male", values(c[1], "Male"), "Female", values(c[1], "Female"));
            DescribeTest.rel(r.get("t").asDouble(), t.statistic(), 1e-10, c[0] + " t");
            DescribeTest.rel(r.get("p").asDouble(), t.p(), 1e-9, c[0] + " p");
            GroupComparisonResult g = GroupComparison.compare(MallData.numeric(mall(), c[1]), gender(), TestFamily.MEANS);
            assertEquals(TestKind.WELCH_T, g.test().kind());
            DescribeTest.rel(-r.get("t").asDouble(), g.test().statistic(), 1e-10, c[0] + " t, Female first");
            DescribeTest.rel(r.get("p").asDouble(), g.test().p(), 1e-9, c[0] + " p, Female first");
            DescribeTest.rel(r.get("mean_male").asDouble(), g.group("Male").mean(), 1e-12, c[0] + " male mean");
            DescribeTest.rel(r.get("mean_female").asDouble(), g.group("Female").mean(), 1e-12, c[0] + " female mean");
            assertEquals(200, g.test().n());
        }
        GroupComparisonResult spending = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING), gender(),
                TestFamily.MEANS);
        assertEquals("Welch t = 0.80, p = 0.42; Cohen's d = 0.12 (negligible)", spending.test().summary());
    }

    @Test
    void mannWhitneyMatchesScipy() {
        // stats.mannwhitneyu(f[col], m[col], alternative='two-sided'): tied values, so asymptotic
        check(MallData.SPENDING, TestFamily.RANKS, gender(), 5158.5, 0.5712794188160656);
        check(MallData.INCOME, TestFamily.RANKS, gender(), 4596.0, 0.41440053689269707);
        check(MallData.AGE, TestFamily.RANKS, gender(), 4728.5, 0.6241559040716951);
        TestResult t = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING), gender(), TestFamily.RANKS)
                .test();
        assertEquals("rank-biserial r", t.effect().name());
        assertEquals(2 * 5158.5 / (112.0 * 88) - 1, t.effect().value(), 1e-14);
        assertEquals("negligible", t.effect().magnitude());
    }

    /**
     * Genre of the Mall customers whose CustomerID lies in [from, to] (as "Female"/"Male", in that
     * order, like {@link #gender()}); the other customers are in no group.
     */
    private static Grouping genderOfCustomers(int from, int to) {
        CategoricalColumn g = (CategoricalColumn) mall().column(MallData.GENRE);
        int[] codes = new int[g.size()];
        for (int i = 0; i < codes.length; i++) {
            int id = i + 1;
            codes[i] = id < from || id > to ? -1 : "Female".equals(g.level(i)) ? 0 : 1;
        }
        return new Grouping(MallData.GENRE, List.of("Female", "Male"), codes);
    }

    /**
     * scipy's default {@code method="auto"} takes the exact p-value when a group has at most 8 values
     * and no value is tied. Reference figures from scipy 1.10.1 (Debian python3-scipy), computed with
     * /usr/bin/python3 on ../shared/datasets/Mall_Customers.csv:
     * <pre>
     * rows = list(csv.DictReader(open("Mall_Customers.csv")))
     * w = [r for r in rows if lo &lt;= int(r["CustomerID"]) &lt;= hi]
     * f = [float(r[col]) for r in w if r["Genre"] == "Female"]; m = [... "Male"]
     * scipy.stats.mannwhitneyu(f, m)                          # auto: exact here
     * scipy.stats.mannwhitneyu(f, m, method="asymptotic")    # for comparison
     * </pre>
     */
    @Test
    void mannWhitneyIsExactForSmallGroupsWithoutTiesAsScipy() {
        // Spending Score of customers 0005-0020: 10 women, 6 men, no tie; U = 45,
        // exact p = 0.11788211788211789 (asymptotic 0.11577768575893191)
        TestResult spending = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING),
                genderOfCustomers(5, 20), TestFamily.RANKS).test();
        assertEquals(TestKind.MANN_WHITNEY, spending.kind());
        assertEquals(16, spending.n());
        assertEquals(45.0, spending.statistic());
        DescribeTest.rel(0.11788211788211789, spending.p(), 1e-12, "exact p, spending");
        assertTrue(spending.exact());
        assertEquals("Mann-Whitney U = 45, p = 0.12 (exact); rank-biserial r = 0.50 (large)", spending.summary());
        // Age of customers 0051-0066: 7 women, 9 men, no tie; U = 28, exact p = 0.7576923076923078
        // (asymptotic 0.7508235188990009)
        TestResult age = GroupComparison.compare(MallData.numeric(mall(), MallData.AGE), genderOfCustomers(51, 66),
                TestFamily.RANKS).test();
        assertEquals(28.0, age.statistic());
        DescribeTest.rel(0.7576923076923078, age.p(), 1e-12, "exact p, age");
        assertTrue(age.exact());
        // Spending Score of customers 0001-0012: 8 women, 4 men, tied values; scipy's auto falls back to
        // the asymptotic p with tie correction: U = 22, p = 0.3493937114898419
        TestResult tied = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING),
                genderOfCustomers(1, 12), TestFamily.RANKS).test();
        assertEquals(22.0, tied.statistic());
        DescribeTest.rel(0.3493937114898419, tied.p(), 1e-12, "asymptotic p, ties");
        assertFalse(tied.exact());
        assertFalse(tied.summary().contains("exact"), tied.summary());
    }

    @Test
    void mannWhitneyIsAsymptoticForLargerGroups() {
        // marketing_campaign.csv, Income of data rows 103-122 (IDs 4518 ... 6205), no tie: 11 customers
        // without a small child against 9 with one. scipy 1.10.1, /usr/bin/python3:
        // rows = list(csv.DictReader(open("marketing_campaign.csv"), delimiter="\t"))[102:122]
        // mannwhitneyu([Income | Kidhome == 0], [Income | Kidhome != 0]) -> U = 99, p = 0.00019709416773215242
        // (both groups above 8 values: scipy's auto is asymptotic)
        Dataset marketing = CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
        NumericColumn income = (NumericColumn) marketing.column("Income");
        NumericColumn kids = (NumericColumn) marketing.column("Kidhome");
        assertEquals("4518", ((TextColumn) marketing.column("ID")).get(102));
        double[] none = IntStream.range(102, 122).filter(i -> kids.get(i) == 0)
                .mapToDouble(income::get).toArray();
        double[] some = IntStream.range(102, 122).filter(i -> kids.get(i) != 0)
                .mapToDouble(income::get).toArray();
        assertEquals(11, none.length);
        TestResult u = GroupComparison.mannWhitney("no child", none, "a child", some);
        assertEquals(99.0, u.statistic());
        DescribeTest.rel(0.00019709416773215242, u.p(), 1e-10, "asymptotic p");
        assertFalse(u.exact());
        // 8 values against 400, no tie: scipy would be exact (p = 0.5525443495222606), but the exact
        // table would take 9 * 401 * 1401 doubles (45 MB), so Segmenta uses the normal approximation:
        // mannwhitneyu([50 i + 0.5 for i in range(8)], range(1, 401), method="asymptotic")
        // -> U = 1400, p = 0.5457882154976359
        double[] few = IntStream.range(0, 8).mapToDouble(i -> 50 * i + 0.5).toArray();
        double[] many = IntStream.rangeClosed(1, 400).asDoubleStream().toArray();
        TestResult big = GroupComparison.mannWhitney("few", few, "many", many);
        assertEquals(1400.0, big.statistic());
        DescribeTest.rel(0.5457882154976359, big.p(), 1e-10, "asymptotic p, large group");
        assertFalse(big.exact());
    }

    @Test
    void anovaAndKruskalWallisMatchScipyAcrossFiveSegments() {
        // stats.f_oneway(*seg) and stats.kruskal(*seg)
        check(MallData.SPENDING, TestFamily.MEANS, referenceSegments(), 351.65252296638744, 5.912224299008305e-88);
        check(MallData.INCOME, TestFamily.MEANS, referenceSegments(), 187.79764324666343, 1.0346899979042736e-65);
        check(MallData.AGE, TestFamily.MEANS, referenceSegments(), 12.365747972530498, 5.548069689130791e-09);
        check(MallData.SPENDING, TestFamily.RANKS, referenceSegments(), 174.77737260562546, 9.862168923879837e-37);
        check(MallData.INCOME, TestFamily.RANKS, referenceSegments(), 172.09658929263415, 3.710741704481369e-36);
        check(MallData.AGE, TestFamily.RANKS, referenceSegments(), 41.5100270897778, 2.1075190243881038e-08);
        GroupComparisonResult a = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING),
                referenceSegments(), TestFamily.MEANS);
        assertEquals(TestKind.ANOVA, a.test().kind());
        assertEquals(4, a.test().df1());
        assertEquals(195, a.test().df2());
        // eta^2 = SSB / SST and epsilon^2 = H / (n - 1), from the same groups in numpy
        DescribeTest.rel(0.8782475204231108, a.test().effect().value(), 1e-12, "eta squared");
        assertEquals("large", a.test().effect().magnitude());
        TestResult k = GroupComparison.compare(MallData.numeric(mall(), MallData.SPENDING), referenceSegments(),
                TestFamily.RANKS).test();
        DescribeTest.rel(0.8782782542996255, k.effect().value(), 1e-10, "epsilon squared");
        assertEquals(List.of(81, 35, 23, 22, 39), a.groups().stream().map(GroupStats::n).toList());
        assertEquals(List.of(50.0, 16.0, 17.0, 77.0, 83.0), a.groups().stream().map(GroupStats::median).toList());
    }

    private static void check(String column, TestFamily family, Grouping groups, double statistic, double p) {
        TestResult t = GroupComparison.compare(MallData.numeric(mall(), column), groups, family).test();
        assertTrue(t.defined(), t.undefinedReason());
        DescribeTest.rel(statistic, t.statistic(), 1e-10, column + " " + t.kind() + " statistic");
        DescribeTest.rel(p, t.p(), 1e-8, column + " " + t.kind() + " p");
    }

    @Test
    void smallSamplesWithTiesMatchScipy() {
        double[] a = {1, 2, 2, 3, 5};
        double[] b = {2, 4, 4, 6, 7, 7, 8};
        // stats.ttest_ind(a, b, equal_var=False)
        TestResult w = GroupComparison.welch("a", a, "b", b);
        DescribeTest.rel(-2.6729111271825072, w.statistic(), 1e-12, "t");
        DescribeTest.rel(0.023384552266903592, w.p(), 1e-10, "p");
        // Cohen's d with the pooled sd; Hedges' g with the exact small-sample factor (Hedges 1981)
        // J(10) = scipy.special.gamma(5) / (math.sqrt(5) * scipy.special.gamma(4.5)) = 0.9227456080530869
        double pooled = Math.sqrt((4 * Stats.variance(a) + 6 * Stats.variance(b)) / 10);
        assertEquals((Stats.mean(a) - Stats.mean(b)) / pooled, w.effects().get(0).value(), 1e-12);
        assertEquals("Hedges' g", w.effects().get(1).name());
        assertEquals(w.effects().get(0).value() * 0.9227456080530869, w.effects().get(1).value(), 1e-13);
        // stats.mannwhitneyu(a, b, alternative='two-sided'): tied values, so asymptotic
        TestResult u = GroupComparison.mannWhitney("a", a, "b", b);
        assertEquals(5.0, u.statistic());
        DescribeTest.rel(0.048888322392428886, u.p(), 1e-10, "p");
        // stats.mannwhitneyu([9], [1, 2, 2, 3], ...): one member is enough for ranks
        TestResult one = GroupComparison.mannWhitney("x", new double[] {9}, "y", new double[] {1, 2, 2, 3});
        assertEquals(4.0, one.statistic());
        DescribeTest.rel(0.27650048008343264, one.p(), 1e-10, "p");
        // stats.f_oneway / stats.kruskal([1, 2, 2, 3], [2, 4, 4], [9]): a group of one member
        List<double[]> g = List.of(new double[] {1, 2, 2, 3}, new double[] {2, 4, 4}, new double[] {9});
        List<String> names = List.of("a", "b", "c");
        TestResult f = GroupComparison.anova(names, g);
        DescribeTest.rel(21.004464285714295, f.statistic(), 1e-12, "F");
        DescribeTest.rel(0.0036895561891834936, f.p(), 1e-10, "p");
        TestResult h = GroupComparison.kruskalWallis(names, g);
        DescribeTest.rel(4.13502109704641, h.statistic(), 1e-12, "H");
        DescribeTest.rel(0.1265003064202278, h.p(), 1e-10, "p");
    }

    @Test
    void welchWithAOneMemberGroupIsUndefinedNotAnError() {
        NumericColumn c = new NumericColumn("Spend", new double[] {1, 2, 3, 10});
        GroupComparisonResult r = GroupComparison.compare(c, Grouping.segments(new int[] {0, 0, 0, 1}),
                TestFamily.MEANS);
        assertFalse(r.test().defined());
        assertTrue(Double.isNaN(r.test().p()));
        assertEquals("Welch's t-test needs at least two values in each group; Segment 2 has 1.",
                r.test().undefinedReason());
        GroupStats single = r.group("Segment 2");
        assertEquals(1, single.n());
        assertEquals(10, single.median());
        assertTrue(Double.isNaN(single.sd()));
        assertEquals(10, single.whiskerLow());
        assertEquals(10, single.whiskerHigh());
    }

    @Test
    void emptyGroupsAreLeftOutAndOneGroupCannotBeTested() {
        NumericColumn c = new NumericColumn("Spend", new double[] {1, 2, Double.NaN, 4});
        GroupComparisonResult r = GroupComparison.compare(c, new Grouping("G", List.of("a", "b", "c"),
                new int[] {0, 0, 1, -1}), TestFamily.RANKS);
        assertEquals(List.of("b", "c"), r.empty());
        assertEquals(1, r.groups().size());
        assertEquals("Comparing Spend needs at least two groups of G with values; only a has any.",
                r.test().undefinedReason());
        NumericColumn flat = new NumericColumn("Flat", new double[] {3, 3, 3, 3});
        TestResult t = GroupComparison.compare(flat, Grouping.segments(new int[] {0, 0, 1, 1}), TestFamily.MEANS).test();
        assertEquals("Neither Segment 1 nor Segment 2 varies within itself, so Welch's t-test is undefined.",
                t.undefinedReason());
        TestResult u = GroupComparison.compare(flat, Grouping.segments(new int[] {0, 0, 1, 1}), TestFamily.RANKS).test();
        assertFalse(u.defined());
    }

    @Test
    void boxPlotFiguresFollowMatplotlib() {
        // whiskers at the most extreme values within 1.5 IQR of the quartiles
        double[] v = {-40, 1, 2, 3, 4, 5, 6, 7, 8, 9, 60};
        GroupStats s = GroupStats.of("all", v);
        assertEquals(2.5, s.q1());
        assertEquals(7.5, s.q3());
        assertEquals(1, s.whiskerLow());
        assertEquals(9, s.whiskerHigh());
        assertArrayEquals(new double[] {-40, 60}, s.outliers());
    }

    @Test
    void columnsAreCheckedByName() {
        Dataset mall = mall();
        SegmentaException e = assertThrows(SegmentaException.class, () -> GroupComparison.compare(mall,
                MallData.GENRE, MallData.AGE, TestFamily.MEANS));
        assertEquals("Column \"Genre\" of Mall_Customers.csv is categorical, not numeric; choose a numeric column "
                + "such as Age.", e.getMessage());
        SegmentaException g = assertThrows(SegmentaException.class, () -> GroupComparison.compare(mall,
                MallData.AGE, MallData.INCOME, TestFamily.MEANS));
        assertTrue(g.getMessage().startsWith("Column \"Annual Income (k$)\" of Mall_Customers.csv is numeric, not "
                + "categorical"), g.getMessage());
    }
}
