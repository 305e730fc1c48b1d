package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.CorrelationMatrix;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrelationViewModelTest {
    private static final List<String> NAMES = List.of("Genre = Male", "Age", "Annual Income (k$)",
            "Spending Score (1-100)");

    @Test
    void pearsonAndSpearmanMatchScipyForEveryPair() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.CORRELATIONS)) {
            CorrelationViewModel vm = f.explore.correlations();
            CorrelationMatrix m = vm.matrix();
            assertEquals(CorrelationMethod.PEARSON, m.method());
            assertEquals(NAMES, m.names());
            JsonNode ref = SharedData.mallReference().get("correlations");
            check(ref, m, "pearson_r", "pearson_p");
            vm.methodProperty().set(CorrelationMethod.SPEARMAN);
            m = vm.matrix();
            assertEquals(CorrelationMethod.SPEARMAN, m.method());
            check(ref, m, "spearman_rho", "spearman_p");
            assertEquals("Spearman ρ over the rows where both columns have a value; a category with two levels counts "
                    + "as 0/1 (\"Genre = Male\" is 1 for Male). Hover over a cell for its p-value and n.",
                    vm.noteProperty().get());
        }
    }

    private static void check(JsonNode ref, CorrelationMatrix m, String r, String p) {
        for (var it = ref.fields(); it.hasNext(); ) {
            var e = it.next();
            String[] pair = e.getKey().split("~");
            int i = NAMES.indexOf(column(pair[0]));
            int j = NAMES.indexOf(column(pair[1]));
            SummaryViewModelTest.rel(e.getValue().get(r).asDouble(), m.r(i, j), e.getKey() + " " + r);
            assertEquals(e.getValue().get(p).asDouble(), m.p(i, j), e.getValue().get(p).asDouble() * 1e-6,
                    e.getKey() + " " + p);
            assertEquals(m.r(i, j), m.r(j, i), "symmetric");
            assertEquals(200, m.n(i, j));
        }
    }

    private static String column(String ref) {
        return switch (ref) {
            case "Age" -> "Age";
            case "Income" -> "Annual Income (k$)";
            case "Spending" -> "Spending Score (1-100)";
            case "Male" -> "Genre = Male";
            default -> throw new IllegalArgumentException(ref);
        };
    }

    @Test
    void theTooltipOfACellStatesRPAndNInWords() {
        try (ExploreFixture f = new ExploreFixture().mall().show(ExploreTab.CORRELATIONS)) {
            CorrelationMatrix m = f.explore.correlations().matrix();
            assertEquals("Spending Score (1-100) and Age\nPearson r = -0.33, p < 0.001, n = 200\n"
                    + "A medium negative association: spending score tends to fall as age rises.",
                    CorrelationViewModel.cellText(m, 3, 1));
            assertEquals("Annual Income (k$) and Age\nPearson r = -0.01, p = 0.86, n = 200\n"
                    + "No association worth the name. Not significant at the 5% level.",
                    CorrelationViewModel.cellText(m, 2, 1));
            assertEquals("Age\nPearson r = 1.00, p < 0.001, n = 200 (a column with itself)",
                    CorrelationViewModel.cellText(m, 1, 1));
        }
    }

    @Test
    void aColumnThatDoesNotVaryIsExplainedNotComputed() {
        try (ExploreFixture f = new ExploreFixture()) {
            Dataset d = new Dataset("flat.csv", List.of(new NumericColumn("Age", new double[] {20, 30, 40, 50}),
                    new NumericColumn("Visits", new double[] {3, 3, 3, 3}),
                    new NumericColumn("Spend", new double[] {5, 1, 4, 2})), null);
            CorrelationMatrix m = io.segmenta.core.explore.Correlation.matrix(d, CorrelationMethod.PEARSON);
            assertEquals("Age and Visits\nVisits does not vary (every value is 3), so it has no correlation with Age.",
                    CorrelationViewModel.cellText(m, 0, 1));
        }
    }

    @Test
    void tooFewNumericColumnsGiveAHintInsteadOfAMatrix(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("one.csv");
        Files.writeString(csv, "Region,Spend\nNorth,10\nSouth,12\nNorth,9\nEast,30\n");
        try (ExploreFixture f = new ExploreFixture().show(ExploreTab.CORRELATIONS)) {
            f.main.data().open(csv);
            Computation<?> c = f.explore.computation(ExploreTab.CORRELATIONS);
            assertEquals(Computation.State.EMPTY, c.state());
            assertNull(c.value());
            assertEquals("Correlations need at least two numeric columns (or categories with two levels); one.csv "
                    + "has 1.", c.hintProperty().get());
        }
    }
}
