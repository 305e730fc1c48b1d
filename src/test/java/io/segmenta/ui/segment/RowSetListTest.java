package io.segmenta.ui.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.charts.RowSet;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class RowSetListTest {
    /** What listeners were told: one line per change. */
    private static List<String> changes(RowSetList list, Runnable action) {
        List<String> seen = new ArrayList<>();
        ListChangeListener<Integer> l = c -> {
            while (c.next()) {
                seen.add("from " + c.getFrom() + " to " + c.getTo() + ", removed " + c.getRemoved() + " ("
                        + c.getRemovedSize() + "), added " + c.getAddedSubList() + (c.wasReplaced() ? ", replaced" : "")
                        + (c.wasPermutated() ? ", permutated" : ""));
            }
        };
        list.addListener(l);
        action.run();
        list.removeListener(l);
        return seen;
    }

    @Test
    void aNewSetIsAnnouncedAsOneReplacementOfTheOldRows() {
        RowSetList list = new RowSetList();
        assertEquals(List.of("from 0 to 3, removed [] (0), added [2, 5, 9]"),
                changes(list, () -> list.set(RowSet.of(9, 2, 5))));
        assertEquals(List.of(2, 5, 9), list);
        assertEquals(List.of("from 0 to 2, removed [2, 5, 9] (3), added [1, 4], replaced"),
                changes(list, () -> list.set(RowSet.of(4, 1))));
        assertEquals(List.of("from 0 to 0, removed [1, 4] (2), added []"), changes(list, () -> list.set(null)));
        assertTrue(list.isEmpty());
        assertEquals(List.of(), changes(list, () -> list.set(RowSet.EMPTY)), "nothing to tell");
    }

    @Test
    void theChangeIsReadLikeJavaFxsOwn() {
        RowSetList list = new RowSetList();
        list.set(RowSet.of(1, 2));
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<Integer>) c -> {
            assertThrows(IllegalStateException.class, c::getFrom, "read before next()");
            assertTrue(c.next());
            seen.add(c.getRemoved().toString());
            assertFalse(c.next());
            c.reset();
            assertTrue(c.next(), "reset starts over");
            seen.add(c.getAddedSubList().toString());
        });
        list.set(RowSet.of(7));
        assertEquals(List.of("[1, 2]", "[7]"), seen);
    }
}
