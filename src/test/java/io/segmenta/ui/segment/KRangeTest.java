package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Find k's range: kept within 1 to 30, from below to, and remembered per table. */
class KRangeTest {
    @Test
    void theRangeIsRememberedPerTable() {
        KRange r = new KRange();
        r.tableChanged("a.csv");
        assertEquals("k = 1 to 10", r.text());
        r.toProperty().set(25);
        r.fromProperty().set(3);
        r.tableChanged("b.csv");
        assertEquals("k = 1 to 10", r.text());
        r.tableChanged("a.csv");
        assertEquals("k = 3 to 25", r.text());
    }

    @Test
    void theEndsStayInOrderAndInBounds() {
        KRange r = new KRange();
        r.tableChanged("a.csv");
        r.toProperty().set(99);
        assertEquals(KRange.MAX, r.toProperty().get());
        r.fromProperty().set(30);
        assertEquals("k = 29 to 30", r.text());
        r.toProperty().set(5);
        assertEquals("k = 4 to 5", r.text());
        r.fromProperty().set(0);
        assertEquals(1, r.fromProperty().get());
    }
}
