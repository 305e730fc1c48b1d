package io.segmenta.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Predict form labels may break between the words of a column name, never inside one. */
class WrappableLabelTest {
    @Test
    void breaksAfterUnderscoresAndBetweenCamelCaseWords() {
        assertEquals("PURCHASES_\u200BINSTALLMENTS_\u200BFREQUENCY", PredictView.wrappable(
                "PURCHASES_INSTALLMENTS_FREQUENCY"));
        assertEquals("Num\u200BCatalog\u200BPurchases", PredictView.wrappable("NumCatalogPurchases"));
        assertEquals("Spending Score (1-100)", PredictView.wrappable("Spending Score (1-100)"));
        assertEquals("AGE", PredictView.wrappable("AGE"));
        assertEquals("a_", PredictView.wrappable("a_"));
    }
}
