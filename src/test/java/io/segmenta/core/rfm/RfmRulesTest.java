package io.segmenta.core.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public rules another engine (the Spark job) applies row by row and customer by customer. */
class RfmRulesTest {
    @Test
    void aReturnIsAnInvoiceStartingWithCOrANegativeAmount() {
        assertTrue(RfmRules.isReturn("C536379", 2.5));
        assertTrue(RfmRules.isReturn("536379", -0.01));
        assertTrue(RfmRules.isReturn(null, -1));
        assertFalse(RfmRules.isReturn("536379", 0));
        assertFalse(RfmRules.isReturn("c536379", 1)); // lower case is not the mark
        assertFalse(RfmRules.isReturn(null, 1));
    }

    @Test
    void theSumIsCompensatedInRowOrder() {
        double[] amounts = new double[10];
        java.util.Arrays.fill(amounts, 0.1);
        double naive = 0;
        for (double a : amounts) {
            naive += a;
        }
        assertEquals(0.9999999999999999, naive); // the plain sum drifts
        assertEquals(1.0, RfmRules.sum(amounts));
        assertEquals(19.8, RfmRules.money(12 * 1.65));
    }

    @Test
    void scoresFollowPandasQcutOfTheRanks() {
        // 10 customers: two ranks per group; reversed (Recency) gives 5 to the lowest
        int[] expected = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        for (int rank = 1; rank <= 10; rank++) {
            assertEquals(expected[rank - 1], RfmRules.score(rank, 10, false), "rank " + rank);
            assertEquals(6 - expected[rank - 1], RfmRules.score(rank, 10, true), "rank " + rank);
        }
        assertEquals(1, RfmRules.score(1, 1, false));
    }

    @Test
    void timesOfDayAreClockTimesOrWholeHours() {
        assertEquals(14 * 3600 + 30 * 60, RfmRules.secondsOfDay("14:30"));
        assertEquals(7 * 3600 + 5, RfmRules.secondsOfDay(" 7:00:05 "));
        assertEquals(-1, RfmRules.secondsOfDay("7")); // a text cell must be a clock time
        assertEquals(-1, RfmRules.secondsOfDay("14:3"));
        assertEquals(-1, RfmRules.secondsOfDay("noon"));
        assertEquals(7 * 3600, RfmRules.secondsOfHour(7));
        assertEquals(-1, RfmRules.secondsOfHour(24));
        assertEquals(-1, RfmRules.secondsOfHour(14.5));
    }

    @Test
    void numberIdsAndTableNames() {
        assertTrue(RfmRules.isNumberId("12346"));
        assertTrue(RfmRules.isNumberId("+0.5"));
        assertFalse(RfmRules.isNumberId("C12346"));
        assertEquals("log_customers.csv", RfmRules.tableName("log.parquet"));
    }
}
