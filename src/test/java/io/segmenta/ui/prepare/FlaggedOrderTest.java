package io.segmenta.ui.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.FeaturePreparer;
import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.FlaggedRows;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.testing.SharedData;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The flagged customers' order: numbers by value, text as the Data step sorts it, ties in the report's order. */
class FlaggedOrderTest {
    private static final List<FlaggedRow> ROWS = List.of(
            new FlaggedRow(1_000, "C10", "Income = 9 below the lower fence 12", 0.61, false),
            new FlaggedRow(9, "c9", "Income = 200000 above the upper fence 117416.25", Double.NaN, false),
            new FlaggedRow(100, "C1", "Income = 10 below the lower fence 12", 0.7, true),
            new FlaggedRow(10, "C9", "Income = 9 below the lower fence 12", 0.55, false));

    private static List<Integer> rows(List<FlaggedOrder.Key> keys) {
        return FlaggedOrder.sort(ROWS, keys, f -> f.excluded() ? "Excluded" : "Kept",
                        ProgressListener.NONE, CancellationToken.NONE)
                .stream().map(FlaggedRow::row).toList();
    }

    private static FlaggedOrder.Key up(FlaggedOrder.By by) {
        return new FlaggedOrder.Key(by, false);
    }

    private static FlaggedOrder.Key down(FlaggedOrder.By by) {
        return new FlaggedOrder.Key(by, true);
    }

    @Test
    void theRowSortsByNumberNotByItsText() {
        // as text, "1,001" would come before "10" and "101"
        assertEquals(List.of(9, 10, 100, 1_000), rows(List.of(up(FlaggedOrder.By.ROW))));
        assertEquals(List.of(1_000, 100, 10, 9), rows(List.of(down(FlaggedOrder.By.ROW))));
    }

    @Test
    void aCustomerWithoutAScoreComesLastEitherWay() {
        assertEquals(List.of(10, 1_000, 100, 9), rows(List.of(up(FlaggedOrder.By.SCORE))));
        assertEquals(List.of(100, 1_000, 10, 9), rows(List.of(down(FlaggedOrder.By.SCORE))));
    }

    @Test
    void textSortsAsTheDataStepDoesAndTiesKeepTheReportsOrder() {
        // case-insensitive with numbers inside by value: C1, C9 before c9 (equal but for case), C10
        assertEquals(List.of(100, 10, 9, 1_000), rows(List.of(up(FlaggedOrder.By.CUSTOMER))));
        // two equal reasons (rows 1,000 and 10) stay in the report's order, in both directions
        assertEquals(List.of(1_000, 10, 100, 9), rows(List.of(up(FlaggedOrder.By.REASON))));
        assertEquals(List.of(9, 100, 1_000, 10), rows(List.of(down(FlaggedOrder.By.REASON))));
        // the next key breaks the tie
        assertEquals(List.of(10, 1_000, 100, 9), rows(List.of(up(FlaggedOrder.By.REASON), up(FlaggedOrder.By.ROW))));
        assertEquals(List.of(100, 1_000, 10, 9), rows(List.of(up(FlaggedOrder.By.STATUS), down(FlaggedOrder.By.ROW))));
        assertEquals(List.of(1_000, 9, 100, 10), rows(List.of()), "no key: the report's order");
    }

    @Test
    void theReportsColumnsComeBackReorderedWithTheSameOrderAsAList() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        List<FlaggedRow> flagged = FeaturePreparer.prepare(mall, PrepSpec.standard(List.of("Age", "Annual Income (k$)",
                "Spending Score (1-100)")).withOutliers(OutlierPolicy.zScore(1.5))).report().outliers().rows();
        for (List<FlaggedOrder.Key> keys : List.of(List.of(up(FlaggedOrder.By.REASON), down(FlaggedOrder.By.SCORE)),
                List.of(down(FlaggedOrder.By.ROW)), List.<FlaggedOrder.Key>of())) {
            List<FlaggedRow> sorted = FlaggedOrder.sort(flagged, keys, f -> "Kept", ProgressListener.NONE,
                    CancellationToken.NONE);
            assertInstanceOf(FlaggedRows.class, sorted, "the same columns, no customer made to stay: " + keys);
            assertEquals(FlaggedOrder.sort(new ArrayList<>(flagged), keys, f -> "Kept", ProgressListener.NONE,
                    CancellationToken.NONE), sorted, "as a list of customers sorts: " + keys);
        }
    }
}
