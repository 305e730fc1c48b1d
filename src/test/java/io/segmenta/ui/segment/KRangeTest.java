package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.Dataset;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.task.SyncTaskRunner;
import io.segmenta.testing.SharedData;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Find k's range: kept within 1 to 30, from below to, and remembered per table across sessions. */
class KRangeTest {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/k-range-" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theRangeIsRememberedPerTable() {
        KRange r = new KRange(node);
        r.tableChanged("/data/a.csv\na.csv");
        assertEquals("k = 1 to 10", r.text());
        r.toProperty().set(25);
        r.fromProperty().set(3);
        r.tableChanged("/data/b.csv\nb.csv");
        assertEquals("k = 1 to 10", r.text());
        r.tableChanged("/data/a.csv\na.csv");
        assertEquals("k = 3 to 25", r.text());
        // another session (a new window) on the same preferences finds it too
        KRange later = new KRange(node);
        later.tableChanged("/data/a.csv\na.csv");
        assertEquals("k = 3 to 25", later.text());
        later.tableChanged("/elsewhere/a.csv\na.csv");
        assertEquals("k = 1 to 10", later.text(), "the same name in another folder is another table");
    }

    @Test
    void theEndsStayInOrderAndInBounds() {
        KRange r = new KRange(node);
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

    @Test
    void aLongPathFitsAKeyAndTheTablesUsedLongestAgoAreForgotten() throws BackingStoreException {
        KRange r = new KRange(node);
        String longPath = "/" + "folder/".repeat(40) + "customers.csv\ncustomers.csv";
        r.tableChanged(longPath);
        r.toProperty().set(20);
        for (int i = 0; i < KRange.REMEMBERED + 5; i++) {
            r.tableChanged("/t/" + i + ".csv\n" + i + ".csv");
            r.toProperty().set(12);
        }
        assertEquals(KRange.REMEMBERED + 1, node.keys().length, "the tables and the order counter");
        r.tableChanged(longPath);
        assertEquals("k = 1 to 10", r.text(), "used longest ago, forgotten");
        r.tableChanged("/t/" + (KRange.REMEMBERED + 4) + ".csv\n" + (KRange.REMEMBERED + 4) + ".csv");
        assertEquals("k = 1 to 12", r.text());
        node.put(KRange.keyOf("damaged"), "x y");
        r.tableChanged("damaged");
        assertEquals("k = 1 to 10", r.text(), "a damaged entry is the default");
    }

    @Test
    void reopeningATableInTheWindowBringsBackItsRange() {
        try (UiFixture fixture = new UiFixture(new SyncTaskRunner())) {
            var main = fixture.vm();
            main.data().open(SharedData.dataset(SharedData.MALL));
            SegmentViewModel segment = main.segmentStep();
            segment.kRange().toProperty().set(18);
            main.data().openSample();
            assertEquals("k = 1 to 10", segment.kRange().text());
            main.data().open(SharedData.dataset(SharedData.MALL));
            Dataset d = main.data().dataset();
            assertTrue(d.name().startsWith("Mall"), d.name());
            assertEquals("k = 1 to 18", segment.kRange().text());
        }
    }
}
