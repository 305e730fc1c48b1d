package io.segmenta.core.prep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The flagged customers kept by column: what a list of flagged customers gives, made on demand. */
class FlaggedRowsTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    private static OutlierReport zScores(Map<Integer, OutlierAction> choices) {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        // z-scores at 1.5: many customers flagged, each with a score and a reason from both features
        PrepSpec spec = PrepSpec.standard(List.of("Age", INCOME, SPENDING)).withOutliers(OutlierPolicy.zScore(1.5))
                .withOutlierChoices(choices);
        return FeaturePreparer.prepare(mall, spec).report().outliers();
    }

    @Test
    void theReportKeepsTheColumnsAndMakesEachCustomerWhenAskedFor() {
        OutlierReport r = zScores(Map.of());
        FlaggedRows rows = assertInstanceOfFlaggedRows(r.rows());
        assertTrue(rows.size() > 20, "z-scores at 1.5 flag many of the 200 customers: " + rows.size());
        assertSame(rows, new OutlierReport(r.policy(), r.fences(), r.threshold(), r.skipped(), rows, r.sentence()).rows(),
                "not copied into a list of customers");
        FlaggedRow first = rows.get(0);
        assertNotSame(first, rows.get(0), "made each time it is asked for");
        assertEquals(first, rows.get(0), "and equal to the one made before");
        assertEquals(first.hashCode(), rows.get(0).hashCode());
        for (int i = 0; i < rows.size(); i++) {
            FlaggedRow f = rows.get(i);
            assertEquals(f.row(), rows.row(i));
            assertEquals(String.format("%04d", f.row() + 1), f.label(), "the identifier column");
            assertTrue(f.reason().matches("(Age|Annual Income \\(k\\$\\)|Spending Score \\(1-100\\)) = .* with z = .*, beyond ±1\\.5.*"),
                    f.reason());
            assertTrue(f.score() > 1.5, "the largest |z|: " + f.score());
        }
        assertTrue(IntStream.range(1, rows.size()).allMatch(i -> rows.row(i - 1) < rows.row(i)), "in table order");
        assertThrows(UnsupportedOperationException.class, () -> rows.add(first));
        assertThrows(UnsupportedOperationException.class, () -> rows.set(0, first));
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(rows.size()));
    }

    @Test
    void reorderedSharesTheCustomersAndCountsTheOnesLeftOut() {
        OutlierReport kept = zScores(Map.of());
        FlaggedRows all = assertInstanceOfFlaggedRows(kept.rows());
        int n = all.size();
        OutlierReport r = zScores(Map.of(all.row(0), OutlierAction.EXCLUDE, all.row(n - 1), OutlierAction.EXCLUDE));
        FlaggedRows rows = assertInstanceOfFlaggedRows(r.rows());
        assertEquals(2, rows.excludedCount());
        assertEquals(2, r.excludedCount());
        assertEquals(2, rows.stream().filter(FlaggedRow::excluded).count(), "the count is the customers'");

        int[] backwards = IntStream.range(0, n).map(i -> n - 1 - i).toArray();
        FlaggedRows reversed = rows.reordered(backwards);
        List<FlaggedRow> expected = new ArrayList<>(rows);
        java.util.Collections.reverse(expected);
        assertEquals(expected, reversed, "the same customers, last first");
        assertEquals(rows.row(n - 1), reversed.row(0));
        assertEquals(2, reversed.excludedCount());
        // an order of an order: back to the report's
        assertEquals(rows, reversed.reordered(backwards));
        assertThrows(IllegalArgumentException.class, () -> rows.reordered(new int[n - 1]));
        int[] outside = backwards.clone();
        outside[0] = n;
        assertThrows(IndexOutOfBoundsException.class, () -> rows.reordered(outside));
    }

    private static FlaggedRows assertInstanceOfFlaggedRows(List<FlaggedRow> rows) {
        assertTrue(rows instanceof FlaggedRows, () -> "a report's flagged customers by column: " + rows.getClass());
        return (FlaggedRows) rows;
    }
}
