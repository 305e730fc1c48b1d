package io.segmenta.core.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SegmentProfilerTest {

    /** Five Mall-like groups, four customers each, plus one unsegmented row. */
    private static Dataset mallLike() {
        double[] income = {55, 56, 54, 55, 86, 87, 88, 85, 88, 89, 87, 88, 26, 27, 25, 26, 25, 26, 24, 26, 60};
        double[] spend = {50, 49, 51, 50, 82, 83, 81, 82, 17, 16, 18, 17, 21, 20, 22, 21, 79, 80, 78, 79, 50};
        double[] age = {40, 45, 50, 42, 32, 30, 34, 33, 41, 44, 39, 40, 45, 50, 47, 46, 25, 24, 23, 22, 40};
        int[] gender = {0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0};
        return new Dataset("mall", List.of(new CategoricalColumn("Gender", gender, List.of("Female", "Male")),
                new NumericColumn("Age", age), new NumericColumn("Annual Income (k$)", income),
                new NumericColumn("Spending Score (1-100)", spend)), null);
    }

    private static final int[] SEGMENTS = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, -1};

    @Test
    void sizesSharesMeansAndMix() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Annual Income (k$)", "Spending Score (1-100)"));
        assertEquals(5, p.size());
        assertEquals(4, p.get(1).size());
        assertEquals(0.2, p.get(1).share(), 1e-12);
        assertEquals(86.5, p.get(1).means().get("Annual Income (k$)"), 1e-12);
        assertEquals(List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"), List.copyOf(p.get(0).means().keySet()));
        assertEquals(Map.of("Female", 0.5, "Male", 0.5), p.get(1).categoryMix().get("Gender"));
        assertEquals(2, p.get(1).number());
    }

    @Test
    void namesSayHowEachSegmentDiffersFromTheTable() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Annual Income (k$)", "Spending Score (1-100)"));
        assertEquals(List.of("Average income, average spending", "High income, high spending",
                "High income, low spending", "Low income, low spending", "Low income, high spending"),
                p.stream().map(SegmentProfile::name).toList());
    }

    @Test
    void ageReadsYoungerOrOlderAndSkewedCategoriesAreNamed() {
        List<SegmentProfile> p = SegmentProfiler.profile(mallLike(), SEGMENTS, 5,
                List.of("Age", "Annual Income (k$)", "Spending Score (1-100)", "Gender"));
        assertEquals("Younger, low income, high spending, mostly female", p.get(4).name());
    }

    @Test
    void namesAreUnique() {
        // two segments that look alike on the one feature get told apart
        Dataset d = new Dataset("d", List.of(new NumericColumn("Income", new double[] {1, 1.1, 1.2, 9, 9.1, 1.05})), null);
        List<SegmentProfile> p = SegmentProfiler.profile(d, new int[] {0, 0, 1, 2, 2, 1}, 3, List.of("Income"));
        List<String> names = p.stream().map(SegmentProfile::name).toList();
        assertEquals(3, names.stream().distinct().count(), names.toString());
        assertEquals("Low income (1)", names.get(0));
        assertEquals("Low income (2)", names.get(1));
        assertEquals("High income", names.get(2));
    }

    @Test
    void shortNamesDropUnitsAndFillerWords() {
        assertEquals("income", SegmentNamer.shortName("Annual Income (k$)"));
        assertEquals("spending", SegmentNamer.shortName("Spending Score (1-100)"));
        assertEquals("mnt wines", SegmentNamer.shortName("MntWines"));
        assertEquals("num web purchases", SegmentNamer.shortName("NumWebPurchases"));
        assertEquals("year birth", SegmentNamer.shortName("Year_Birth"));
    }
}
