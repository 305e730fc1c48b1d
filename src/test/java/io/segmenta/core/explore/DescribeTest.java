package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DescribeTest {
    static void rel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, Math.max(Math.abs(expected) * tol, 1e-300), what);
    }

    @Test
    void mallFiguresMatchPandas() {
        JsonNode ref = SharedData.mallReference().get("describe");
        Dataset mall = MallData.load();
        List<ColumnSummary> all = Describe.of(mall);
        assertEquals(5, all.size());
        for (String name : List.of("Age", "Income", "Spending")) {
            JsonNode r = ref.get(name);
            NumericSummary s = (NumericSummary) all.get(mall.indexOf(MallData.column(name)));
            assertEquals(200, s.count());
            assertEquals(0, s.missing());
            rel(r.get("mean").asDouble(), s.mean(), 1e-12, name + " mean");
            rel(r.get("std_sample").asDouble(), s.std(), 1e-12, name + " std");
            rel(r.get("min").asDouble(), s.min(), 1e-12, name + " min");
            rel(r.get("q1").asDouble(), s.q1(), 1e-12, name + " q1");
            rel(r.get("median").asDouble(), s.median(), 1e-12, name + " median");
            rel(r.get("q3").asDouble(), s.q3(), 1e-12, name + " q3");
            rel(r.get("max").asDouble(), s.max(), 1e-12, name + " max");
        }
        // pandas Series.skew(), computed once with /usr/bin/python3 (pandas 1.5.3)
        rel(0.48556885096681657, ((NumericSummary) all.get(2)).skewness(), 1e-12, "Age skew");
        rel(0.3218425498619055, ((NumericSummary) all.get(3)).skewness(), 1e-12, "Income skew");
        rel(-0.047220201374263374, ((NumericSummary) all.get(4)).skewness(), 1e-10, "Spending skew");
    }

    @Test
    void mallGenderCountsMostFrequentFirst() {
        JsonNode ref = SharedData.mallReference().get("gender_counts");
        LevelSummary g = (LevelSummary) Describe.of(MallData.load()).get(1);
        assertEquals(ColumnType.CATEGORICAL, g.type());
        assertEquals(200, g.count());
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("Female", ref.get("Female").asInt());
        expected.put("Male", ref.get("Male").asInt());
        assertEquals(expected, g.counts());
        assertEquals(List.of("Female", "Male"), List.copyOf(g.counts().keySet()));
        assertEquals(0.56, g.levels().get(0).share(), 1e-12);
        assertEquals("Female", g.mode());
        TextSummary id = (TextSummary) Describe.of(MallData.load()).get(0);
        assertEquals(ColumnType.IDENTIFIER, id.type());
        assertEquals(200, id.distinct());
    }

    @Test
    void missingValuesAreLeftOutAsPandasDoes() {
        // pandas: pd.Series([1, 2, nan, 4, 10]).describe() and .skew()
        NumericSummary s = Describe.numeric(new NumericColumn("x", new double[] {1, 2, Double.NaN, 4, 10}));
        assertEquals(4, s.count());
        assertEquals(1, s.missing());
        assertEquals(4.25, s.mean(), 1e-15);
        rel(4.031128874149275, s.std(), 1e-14, "std");
        assertEquals(1.75, s.q1(), 1e-15);
        assertEquals(3.0, s.median(), 1e-15);
        assertEquals(5.5, s.q3(), 1e-15);
        assertEquals(3.75, s.iqr(), 1e-15);
        rel(1.469334548210623, s.skewness(), 1e-12, "skew");
    }

    @Test
    void allMissingAndSingleValueColumnsGiveNaNNotErrors() {
        NumericSummary none = Describe.numeric(new NumericColumn("x", new double[] {Double.NaN, Double.NaN}));
        assertEquals(0, none.count());
        assertEquals(2, none.missing());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.std()) && Double.isNaN(none.min())
                && Double.isNaN(none.median()) && Double.isNaN(none.max()));
        NumericSummary one = Describe.numeric(new NumericColumn("x", new double[] {7, Double.NaN}));
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.std()));
        assertEquals(7, one.q1());
        assertEquals(7, one.q3());
        LevelSummary empty = Describe.levels(new CategoricalColumn("g", new int[] {-1, -1}, List.of("a", "b")));
        assertEquals(0, empty.count());
        assertNull(empty.mode());
        assertEquals(0, empty.levels().get(0).share());
    }

    @Test
    void levelsSortByCountThenLevelOrder() {
        LevelSummary s = Describe.levels(new CategoricalColumn("Education",
                new int[] {0, 1, 1, 2, 2, 2, -1, 3}, List.of("Basic", "Graduation", "PhD", "Master")));
        assertEquals(List.of("PhD", "Graduation", "Basic", "Master"), List.copyOf(s.counts().keySet()));
        assertEquals(7, s.count());
        assertEquals(1, s.missing());
        assertEquals(3.0 / 7, s.levels().get(0).share(), 1e-15);
    }

    @Test
    void datesAndTextCountDistinctValues() {
        long day = 86_400;
        DateSummary d = Describe.dates(new DateColumn("Dt_Customer",
                new long[] {3 * day, day, DateColumn.MISSING, 3 * day}, "dd-MM-yyyy", false));
        assertEquals(3, d.count());
        assertEquals(1, d.missing());
        assertEquals(2, d.distinct());
        assertEquals(LocalDateTime.of(1970, 1, 2, 0, 0), d.min());
        assertEquals(LocalDateTime.of(1970, 1, 4, 0, 0), d.max());
        TextSummary t = Describe.text(new TextColumn("Description", ColumnType.TEXT, new String[] {"a", null, "a", "b"}));
        assertEquals(3, t.count());
        assertEquals(2, t.distinct());
        ColumnSummary noDates = Describe.column(new DateColumn("d", new long[] {DateColumn.MISSING}, "yyyy", false));
        assertNull(assertInstanceOf(DateSummary.class, noDates).min());
    }

    @Test
    void tabSeparatedTableForTheClipboard() {
        Dataset d = new Dataset("t", List.of(new NumericColumn("Age", new double[] {1, 2, 3}),
                new CategoricalColumn("Genre", new int[] {0, 1, 1}, List.of("Female", "Male"))), null);
        String[] lines = Describe.toTabSeparated(Describe.of(d)).split("\n");
        assertEquals(3, lines.length);
        assertEquals(12, lines[0].split("\t", -1).length);
        assertEquals("Age\tnumeric\t3\t0\t2\t1\t1\t1.5\t2\t2.5\t3\t", lines[1]);
        assertEquals("Genre\tcategorical\t3\t0\t\t\t\t\t\t\t\tMale 2; Female 1", lines[2]);
    }
}
