package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.testing.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class HypothesisVerdictTest {
    private static Grouping referenceSegments() {
        JsonNode labels = SharedData.mallReference().get("silhouette_fixed_labels").get("labels");
        int[] l = new int[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i).asInt();
        }
        return Grouping.segments(l);
    }

    @Test
    void spendingRisesWithAgeIsContradicted() {
        Hypothesis h = new Hypothesis.Trend(MallData.SPENDING, Direction.RISES, MallData.AGE);
        assertEquals("Spending Score (1-100) rises with Age", h.statement());
        Verdict v = HypothesisTest.test(MallData.load(), h);
        assertEquals(Verdict.Outcome.CONTRADICTED, v.outcome());
        assertEquals("The data contradict the hypothesis: spending score falls with age (Pearson r = -0.33, "
                + "p < 0.001, n = 200). Age explains about 11% of the variation in spending score.", v.finding());
        JsonNode ref = SharedData.mallReference().get("correlations").get("Age~Spending");
        DescribeTest.rel(ref.get("pearson_r").asDouble(), v.statistic(), 1e-9, "r");
        DescribeTest.rel(ref.get("pearson_p").asDouble(), v.p(), 1e-8, "p");
        assertEquals(200, v.n());
        assertEquals("r²", v.effect().name());
        assertEquals("medium", v.effect().magnitude());
        DescribeTest.rel(0.10707740876869036, v.effect().value(), 1e-9, "r squared");
        assertEquals(0.05, v.alpha());
        assertEquals("Pearson r", v.statisticName());
    }

    @Test
    void spendingFallsWithAgeIsSupportedByRanksToo() {
        Verdict v = HypothesisTest.test(MallData.load(), new Hypothesis.Trend(MallData.SPENDING, Direction.FALLS,
                MallData.AGE, CorrelationMethod.SPEARMAN), 0.01);
        assertEquals(Verdict.Outcome.SUPPORTED, v.outcome());
        assertEquals("The data support the hypothesis: spending score falls with age (Spearman ρ = -0.34, "
                + "p < 0.001, n = 200). The ranks of age explain about 12% of the variation in the ranks of "
                + "spending score.", v.finding());
    }

    @Test
    void incomeRisesWithAgeIsNotSupported() {
        Verdict v = HypothesisTest.test(MallData.load(), new Hypothesis.Trend(MallData.INCOME, Direction.RISES,
                MallData.AGE));
        assertEquals(Verdict.Outcome.NOT_SUPPORTED, v.outcome());
        assertEquals("The data do not support the hypothesis: there is no significant association between annual "
                + "income and age at the 5% level (Pearson r = -0.01, p = 0.86, n = 200). The correlation even "
                + "points the other way, but is too weak to rule out chance.", v.finding());
    }

    @Test
    void spendingDiffersBetweenGendersIsNotSupported() {
        Hypothesis h = new Hypothesis.Difference(MallData.SPENDING, MallData.GENRE);
        assertEquals("Spending Score (1-100) differs between the groups of Genre", h.statement());
        Verdict v = HypothesisTest.test(MallData.load(), h);
        assertEquals(Verdict.Outcome.NOT_SUPPORTED, v.outcome());
        assertEquals("The data do not support the hypothesis: spending score does not differ significantly between "
                + "Female and Male at the 5% level (Welch t = 0.80, p = 0.42, n = 200). Average spending score: "
                + "Female 51.5, Male 48.5; Cohen's d = 0.12, a negligible difference.", v.finding());
        JsonNode ref = SharedData.mallReference().get("spending_by_gender_welch_t");
        DescribeTest.rel(-ref.get("t").asDouble(), v.statistic(), 1e-10, "t");
        DescribeTest.rel(ref.get("p").asDouble(), v.p(), 1e-9, "p");
        assertEquals("Welch's t-test", v.test());
        Verdict ranks = HypothesisTest.test(MallData.load(), new Hypothesis.Difference(MallData.SPENDING,
                MallData.GENRE, TestFamily.RANKS));
        assertEquals("The data do not support the hypothesis: spending score does not differ significantly between "
                + "Female and Male at the 5% level (Mann-Whitney U = 5158.5, p = 0.57, n = 200). Median spending "
                + "score: Female 50.0, Male 50.0; rank-biserial r = 0.05, a negligible difference.", ranks.finding());
    }

    @Test
    void spendingDiffersBetweenSegmentsIsSupported() {
        Dataset mall = MallData.load();
        Verdict v = HypothesisTest.test(mall, new Hypothesis.Difference(MallData.SPENDING, "Segment"), 0.05,
                referenceSegments());
        assertEquals(Verdict.Outcome.SUPPORTED, v.outcome());
        assertEquals("The data support the hypothesis: spending score differs between the 5 groups of Segment "
                + "(ANOVA F = 351.65, p < 0.001, n = 200). Average spending score ranges from 17.1 (Segment 2) to "
                + "82.1 (Segment 5); η² = 0.88, a large difference.", v.finding());
        SegmentaException e = assertThrows(SegmentaException.class, () -> HypothesisTest.test(mall,
                new Hypothesis.Difference(MallData.SPENDING, "Segment")));
        assertEquals("There are no segments yet to compare Spending Score (1-100) across; segment the customers "
                + "first.", e.getMessage());
    }

    @Test
    void untestableHypothesesSayWhy() {
        Dataset d = new Dataset("d", List.of(new NumericColumn("Spend", new double[] {1, 2, 3, 4}),
                new NumericColumn("Flat", new double[] {5, 5, 5, 5}),
                new NumericColumn("Sparse", new double[] {1, Double.NaN, Double.NaN, 2}),
                new CategoricalColumn("G", new int[] {0, 0, 0, 1}, List.of("a", "b"))), null);
        Verdict flat = HypothesisTest.test(d, new Hypothesis.Trend("Spend", Direction.RISES, "Flat"));
        assertEquals(Verdict.Outcome.UNDECIDABLE, flat.outcome());
        assertEquals("The hypothesis cannot be tested: Flat does not vary (every value is 5), so it has no "
                + "correlation with Spend.", flat.finding());
        Verdict sparse = HypothesisTest.test(d, new Hypothesis.Trend("Spend", Direction.RISES, "Sparse"));
        assertEquals("The hypothesis cannot be tested: Only 2 customers have both Spend and Sparse; a correlation "
                + "needs at least 3.", sparse.finding());
        Verdict one = HypothesisTest.test(d, new Hypothesis.Difference("Spend", "G"));
        assertEquals("The hypothesis cannot be tested: Welch's t-test needs at least two values in each group; "
                + "b has 1.", one.finding());
        assertTrue(Double.isNaN(one.p()));
    }

    @Test
    void badChoicesAreSegmentaExceptions() {
        Dataset mall = MallData.load();
        SegmentaException trendOnCategory = assertThrows(SegmentaException.class, () -> HypothesisTest.test(mall,
                new Hypothesis.Trend(MallData.SPENDING, Direction.RISES, MallData.GENRE)));
        assertEquals("Column \"Genre\" is categorical; \"rises/falls with\" needs a numeric column. To compare "
                + "Spending Score (1-100) across the groups of Genre, use \"differs between the groups of\".",
                trendOnCategory.getMessage());
        SegmentaException alpha = assertThrows(SegmentaException.class, () -> HypothesisTest.test(mall,
                new Hypothesis.Trend(MallData.SPENDING, Direction.RISES, MallData.AGE), 5));
        assertTrue(alpha.getMessage().startsWith("The significance level must be between 0 and 1"));
        SegmentaException missing = assertThrows(SegmentaException.class, () -> HypothesisTest.test(mall,
                new Hypothesis.Difference("Spend", MallData.GENRE)));
        assertTrue(missing.getMessage().startsWith("There is no column \"Spend\" in Mall_Customers.csv."));
        assertEquals(List.of(MallData.AGE, MallData.INCOME, MallData.SPENDING), HypothesisTest.numericColumns(mall));
    }

    @Test
    void formatting() {
        assertEquals("p < 0.001", Format.p(0.000999));
        assertEquals("p = 0.001", Format.p(0.001));
        assertEquals("p = 0.42", Format.p(0.42199772447783646));
        assertEquals("p = 0.043", Format.p(0.0431));
        assertEquals("p = 1", Format.p(1));
        assertEquals("p undefined", Format.p(Double.NaN));
        assertEquals("0.00", Format.fixed(-0.001, 2));
        assertEquals("-0.33", Format.fixed(-0.3272268460390901, 2));
        assertEquals("spending score", Format.noun("Spending Score (1-100)"));
        assertEquals("annual income", Format.noun("Annual Income (k$)"));
        assertEquals("MntWines", Format.noun("MntWines"));
        assertEquals("year birth", Format.noun("Year_Birth"));
        assertEquals("less than 1%", Format.percent(0.004));
        assertEquals("11%", Format.percent(0.10707));
        assertEquals("1235", Format.value(1234.5));
        assertEquals("0.0123", Format.value(0.012345));
        assertEquals("5%", Format.level(0.05));
        assertEquals("0.1%", Format.level(0.001));
    }
}
