package io.segmenta.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrelationTest {
    private static final double NAN = Double.NaN;

    @Test
    void mallPearsonAndSpearmanMatchScipyForEveryPair() {
        JsonNode ref = SharedData.mallReference().get("correlations");
        Dataset mall = MallData.load();
        CorrelationMatrix pearson = Correlation.matrix(mall, CorrelationMethod.PEARSON);
        CorrelationMatrix spearman = Correlation.matrix(mall, CorrelationMethod.SPEARMAN);
        assertEquals(List.of("Genre = Male", MallData.AGE, MallData.INCOME, MallData.SPENDING), pearson.names());
        int checked = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = ref.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String[] ab = e.getKey().split("~");
            String a = MallData.column(ab[0]);
            String b = MallData.column(ab[1]);
            JsonNode r = e.getValue();
            CorrelationResult p = pearson.result(a, b);
            CorrelationResult s = spearman.result(b, a);
            DescribeTest.rel(r.get("pearson_r").asDouble(), p.r(), 1e-9, e.getKey() + " pearson r");
            DescribeTest.rel(r.get("pearson_p").asDouble(), p.p(), 1e-8, e.getKey() + " pearson p");
            DescribeTest.rel(r.get("spearman_rho").asDouble(), s.r(), 1e-9, e.getKey() + " spearman rho");
            DescribeTest.rel(r.get("spearman_p").asDouble(), s.p(), 1e-8, e.getKey() + " spearman p");
            assertEquals(200, p.n());
            checked++;
        }
        assertEquals(6, checked);
        assertEquals(1, pearson.r(1, 1));
        assertEquals(0, pearson.p(2, 2));
        assertEquals(pearson.r(1, 3), pearson.r(3, 1));
        assertEquals(6, pearson.pairs().size());
        assertEquals("Genre = Male", pearson.pairs().get(0).a());
    }

    @Test
    void pairwiseCompleteObservationsMatchScipy() {
        // scipy on the rows where both are present: pearsonr / spearmanr([1,2,3,4,7,8], [2,1,4,3,5,9])
        double[] x = {1, 2, 3, 4, 5, NAN, 7, 8};
        double[] y = {2, 1, 4, 3, NAN, 6, 5, 9};
        CorrelationResult p = Correlation.of("x", x, "y", y, CorrelationMethod.PEARSON);
        assertEquals(6, p.n());
        DescribeTest.rel(0.8880465131073145, p.r(), 1e-13, "r");
        DescribeTest.rel(0.01809878566836078, p.p(), 1e-11, "p");
        CorrelationResult s = Correlation.of("x", x, "y", y, CorrelationMethod.SPEARMAN);
        DescribeTest.rel(0.8857142857142858, s.r(), 1e-13, "rho");
        DescribeTest.rel(0.01884548104956266, s.p(), 1e-11, "p");
        // three pairs is the least: scipy pearsonr([1,2,3],[1,3,2]) = (0.5, 0.6666666666666667)
        CorrelationResult three = Correlation.of("x", new double[] {1, 2, 3}, "y", new double[] {1, 3, 2},
                CorrelationMethod.PEARSON);
        DescribeTest.rel(0.5, three.r(), 1e-14, "r");
        DescribeTest.rel(0.6666666666666667, three.p(), 1e-12, "p");
    }

    @Test
    void constantColumnIsUndefinedWithAReasonNotAnException() {
        CorrelationResult c = Correlation.of("Age", new double[] {40, 40, 40, 40}, "Income",
                new double[] {1, 2, 3, 4}, CorrelationMethod.PEARSON);
        assertFalse(c.defined());
        assertTrue(Double.isNaN(c.r()) && Double.isNaN(c.p()));
        assertEquals(4, c.n());
        assertEquals("Age does not vary (every value is 40), so it has no correlation with Income.",
                c.undefinedReason());
        Dataset d = new Dataset("d", List.of(new NumericColumn("Age", new double[] {40, 40, 40, 40}),
                new NumericColumn("Income", new double[] {1, 2, 3, 4})), null);
        CorrelationMatrix m = Correlation.matrix(d, CorrelationMethod.SPEARMAN);
        assertTrue(Double.isNaN(m.r(0, 0)) && Double.isNaN(m.r(0, 1)) && Double.isNaN(m.r(1, 0)));
        assertEquals("Age does not vary (every value is 40), so its correlation is undefined.", m.reason(0, 0));
        assertEquals(1, m.r(1, 1));
    }

    @Test
    void fewerThanThreePairsAndAllMissingAreUndefined() {
        CorrelationResult two = Correlation.of("x", new double[] {1, 2, NAN}, "y", new double[] {3, 1, 2},
                CorrelationMethod.PEARSON);
        assertEquals(2, two.n());
        assertEquals("Only 2 customers have both x and y; a correlation needs at least 3.", two.undefinedReason());
        CorrelationResult none = Correlation.of("x", new double[] {NAN, NAN}, "y", new double[] {1, 2},
                CorrelationMethod.SPEARMAN);
        assertEquals(0, none.n());
        assertEquals("No customer has both x and y; a correlation needs at least 3.", none.undefinedReason());
        Dataset d = new Dataset("d", List.of(new NumericColumn("Empty", new double[] {NAN, NAN, NAN, NAN}),
                new NumericColumn("Income", new double[] {1, 2, 3, 4})), null);
        CorrelationMatrix m = Correlation.matrix(d, CorrelationMethod.PEARSON);
        assertEquals("No customer has a value of Empty; a correlation needs at least 3.", m.reason(0, 0));
        assertTrue(Double.isNaN(m.p(0, 1)));
    }

    @Test
    void perfectCorrelationHasPZeroAndSpearmanHandlesTies() {
        CorrelationResult p = Correlation.of("x", new double[] {1, 2, 3, 4}, "y", new double[] {2, 4, 6, 8},
                CorrelationMethod.PEARSON);
        assertEquals(1, p.r(), 1e-15);
        assertTrue(p.p() < 1e-12, "p " + p.p());
        assertEquals(0, Correlation.pValue(1, 4));
        assertEquals(0, Correlation.pValue(-1, 4));
        // ties take average ranks: x ranks 1, 2.5, 2.5, 4 against y ranks 1, 2, 3, 4
        CorrelationResult s = Correlation.of("x", new double[] {1, 5, 5, 9}, "y", new double[] {1, 2, 3, 4},
                CorrelationMethod.SPEARMAN);
        assertEquals(Correlation.pearson(new double[] {1, 2.5, 2.5, 4}, new double[] {1, 2, 3, 4}), s.r(), 1e-15);
    }

    @Test
    void variablesAreNumericColumnsAndTwoLevelCategories() {
        Dataset d = new Dataset("d", List.of(new TextColumn("id", ColumnType.IDENTIFIER, new String[] {"a", "b", "c"}),
                new CategoricalColumn("Edu", new int[] {0, 1, 2}, List.of("x", "y", "z")),
                new CategoricalColumn("Response", new int[] {0, 1, -1}, List.of("No", "Yes")),
                new NumericColumn("Income", new double[] {1, 2, 3})), null);
        List<CorrelationVariable> v = Correlation.variables(d);
        assertEquals(List.of("Response = Yes", "Income"), v.stream().map(CorrelationVariable::name).toList());
        assertTrue(v.get(0).isIndicator());
        assertEquals(1, v.get(0).value(1));
        assertTrue(Double.isNaN(v.get(0).value(2)));
        // the variable holds its own copy of the column (one copy: the matrix reads it as it is) and hands out copies
        double[] given = v.get(1).values();
        given[0] = 99;
        assertEquals(1, v.get(1).value(0));
        assertEquals(1, ((NumericColumn) d.column("Income")).get(0));
        SegmentaException e = assertThrows(SegmentaException.class, () -> Correlation.variable(d.column("Edu")));
        assertTrue(e.getMessage().contains("3 levels"), e.getMessage());
        assertEquals(CorrelationMethod.SPEARMAN, CorrelationMethod.parse(" Spearman "));
        SegmentaException m = assertThrows(SegmentaException.class, () -> CorrelationMethod.parse("kendall"));
        assertEquals("Unknown correlation method \"kendall\". Use pearson or spearman.", m.getMessage());
    }
}
