package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parts of a page loaded at once, or kept for later waits while the page is built ahead. */
class BuiltAheadTest {
    @Test
    void aPartLoadsAtOnceUnlessAPageIsBuiltAhead() {
        List<String> done = new ArrayList<>();
        BuiltAhead.orLater(() -> done.add("now"));
        assertEquals(List.of("now"), done);

        List<Runnable> later = new ArrayList<>();
        String page = BuiltAhead.collecting(later, () -> {
            BuiltAhead.orLater(() -> done.add("first part"));
            BuiltAhead.orLater(() -> done.add("second part"));
            return "page";
        });
        assertEquals("page", page);
        assertEquals(List.of("now"), done, "kept while the page was built");
        later.forEach(Runnable::run);
        assertEquals(List.of("now", "first part", "second part"), done, "in the order they were handed over");

        BuiltAhead.orLater(() -> done.add("after"));
        assertEquals("after", done.get(done.size() - 1), "at once again after the building");
    }

    @Test
    void aBuildingThatFailsLeavesLaterPartsLoadingAtOnce() {
        List<Runnable> later = new ArrayList<>();
        assertThrows(IllegalStateException.class, () -> BuiltAhead.collecting(later, () -> {
            throw new IllegalStateException("missing FXML");
        }));
        List<String> done = new ArrayList<>();
        BuiltAhead.orLater(() -> done.add("now"));
        assertEquals(List.of("now"), done);
        assertEquals(0, later.size());
    }
}
