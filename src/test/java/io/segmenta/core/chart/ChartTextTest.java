package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shortened labels that still differ: the credit-card table's PURCHASES_* columns. */
class ChartTextTest {
    private static final TextMetrics M = SansMetrics.INSTANCE;

    @Test
    void labelsSharingAStartKeepTheirEnds() {
        List<String> columns = List.of("BALANCE", "PURCHASES_FREQUENCY", "PURCHASES_INSTALLMENTS_FREQUENCY",
                "PURCHASES_TRX", "ONEOFF_PURCHASES_FREQUENCY");
        double max = M.width("PURCHASES…", 11.5, false) + 1;
        // cut at the end, three of them would read "PURCHASES…"
        assertEquals("PURCHASES…", ChartText.fit(M, "PURCHASES_TRX", 11.5, false, max));
        List<String> shown = ChartText.fitDistinct(M, columns, 11.5, false, max);
        assertEquals("BALANCE", shown.get(0), "a label that fits stays whole");
        assertEquals(columns.size(), new HashSet<>(shown).size(), shown.toString());
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(M.width(shown.get(i), 11.5, false) <= max, shown.get(i));
        }
        assertEquals(List.of("BALANCE", "PURC_FREQ", "PUR_INS_FRE", "PURCHA_TRX", "ONEOFF_PU…"), shown);
        assertEquals(null, ChartText.fitWords(M, "PURCHASES", 11.5, false, 20), "one word has no words to cut");
        List<String> camel = ChartText.fitDistinct(M, List.of("NumCatalogPurchases", "NumCatalogVisits"), 11.5,
                false, M.width("NumCatalo…", 11.5, false));
        assertEquals(2, new HashSet<>(camel).size(), camel.toString());
    }
}
