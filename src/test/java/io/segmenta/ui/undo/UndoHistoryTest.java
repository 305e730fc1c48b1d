package io.segmenta.ui.undo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.undo.Choice.Kind;
import io.segmenta.ui.undo.Choice.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The history and the choice steps without JavaFX: order, limits, merging of typing, restore order. */
class UndoHistoryTest {
    /** A value that records its changes, as a view-model's property would. */
    private final Map<String, Object> live = new LinkedHashMap<>();
    private final List<String> restored = new ArrayList<>();

    private Edit counter(String what, int[] value, int to, long bytes) {
        int from = value[0];
        value[0] = to;
        return Edit.of(what, () -> value[0] = from, () -> value[0] = to, bytes);
    }

    @Test
    void undoAndRedoWalkTheEditsInOrderAndANewEditDropsTheRedos() {
        UndoHistory h = new UndoHistory(10, Long.MAX_VALUE);
        int[] v = {0};
        h.add(counter("one", v, 1, 0));
        h.add(counter("two", v, 2, 0));
        assertEquals("two", h.undoWhat());
        assertNull(h.redoWhat());
        assertTrue(h.undo());
        assertEquals(1, v[0]);
        assertEquals("one", h.undoWhat());
        assertEquals("two", h.redoWhat());
        assertTrue(h.undo());
        assertEquals(0, v[0]);
        assertFalse(h.undo(), "nothing left to undo");
        assertTrue(h.redo());
        assertEquals(1, v[0]);
        h.add(counter("three", v, 3, 0));
        assertFalse(h.canRedo(), "a new edit after undo drops what could be redone");
        assertEquals(2, h.undoCount());
        h.undo();
        h.undo();
        assertEquals(0, v[0]);
    }

    @Test
    void theOldestStepsGoPastTheStepLimitAndTheMemoryBudget() {
        UndoHistory h = new UndoHistory(3, Long.MAX_VALUE);
        int[] v = {0};
        for (int i = 1; i <= 5; i++) {
            h.add(counter("e" + i, v, i, 0));
        }
        assertEquals(3, h.undoCount());
        while (h.undo()) {
            // back to the oldest kept
        }
        assertEquals(2, v[0], "the first two steps were let go");

        UndoHistory m = new UndoHistory(100, 1000);
        int[] w = {0};
        m.add(counter("small", w, 1, 100));
        m.add(counter("run 1", w, 2, 600));
        m.add(counter("run 2", w, 3, 600));
        assertEquals(1, m.undoCount(), "over the budget the oldest go, the newest stays");
        m.add(counter("huge", w, 4, 5000));
        assertEquals(1, m.undoCount());
        assertEquals("huge", m.undoWhat(), "the newest step is kept whatever it holds");
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory(0, 1));
    }

    @Test
    void anEditMadeWhileUndoingIsThatUndosOwnDoingAndIsNotRecorded() {
        UndoHistory h = new UndoHistory(10, Long.MAX_VALUE);
        h.add(Edit.of("outer", () -> h.add(Edit.of("echo", () -> { }, () -> { }, 0)), () -> { }, 0));
        h.undo();
        assertEquals(0, h.undoCount());
        assertEquals(1, h.redoCount());
        assertEquals("outer", h.redoWhat());
    }

    private Choice choice(String id, Section section, Kind kind) {
        return new Choice(id, section, kind, id, v -> id + ": " + v, v -> {
            live.put(id, v);
            restored.add(id);
        });
    }

    private ChoiceState state(Object... idsAndValues) {
        ChoiceState.Builder b = ChoiceState.builder();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            Object[] spec = (Object[]) idsAndValues[i];
            b.put(choice((String) spec[0], (Section) spec[1], (Kind) spec[2]), idsAndValues[i + 1]);
        }
        return b.build();
    }

    private static Object[] c(String id, Section s, Kind k) {
        return new Object[] {id, s, k};
    }

    private static final Object[] ROLE = c("role:Age", Section.ROLES, Kind.PICK);
    private static final Object[] TICK_AGE = c("tick:Age", Section.FEATURES, Kind.PICK);
    private static final Object[] TICK_INCOME = c("tick:Income", Section.FEATURES, Kind.PICK);
    private static final Object[] SCALING = c("scaling", Section.PREPARATION, Kind.PICK);
    private static final Object[] IQR = c("iqr", Section.PREPARATION, Kind.TYPED);

    private final ChoiceEdit.Applier direct = Runnable::run;

    @Test
    void aStepPutsBackWhatWentWithItRolesFirst() {
        // Age was a ticked feature; giving it the role "ignore" took its tick away
        ChoiceState before = state(ROLE, "feature", TICK_AGE, true, TICK_INCOME, true, SCALING, "standard");
        ChoiceState after = state(ROLE, "ignore", TICK_INCOME, true, SCALING, "standard");
        ChoiceEdit e = ChoiceEdit.between(before, after, direct);
        assertEquals("role:Age: ignore", e.what());
        e.undo();
        assertEquals(List.of("role:Age", "tick:Age"), restored, "the role first, which brings the feature back to tick");
        assertEquals(Map.of("role:Age", "feature", "tick:Age", true), live);
        restored.clear();
        e.redo();
        assertEquals(List.of("role:Age"), restored, "a choice that went is not set");
    }

    @Test
    void onlyWhatExistsChangingIsNoStep() {
        // a new run's names, a new table's advice rows: choices appear, none changes
        ChoiceState before = state(SCALING, "standard");
        ChoiceState after = state(SCALING, "standard", c("name:1:0", Section.NAMES, Kind.PICK), "Careful");
        assertNull(ChoiceEdit.between(before, after, direct));
        assertNull(ChoiceEdit.between(after, before, direct));
    }

    @Test
    void ticksInOneStepAreNamedTogether() {
        ChoiceState before = state(TICK_AGE, false, TICK_INCOME, false, c("tick:Score", Section.FEATURES, Kind.PICK),
                true, c("tick:A", Section.FEATURES, Kind.PICK), false, c("tick:B", Section.FEATURES, Kind.PICK), false);
        ChoiceState after = state(TICK_AGE, true, TICK_INCOME, true, c("tick:Score", Section.FEATURES, Kind.PICK),
                false, c("tick:A", Section.FEATURES, Kind.PICK), false, c("tick:B", Section.FEATURES, Kind.PICK), false);
        assertEquals("Tick tick:Age and tick:Income, untick tick:Score",
                ChoiceEdit.between(before, after, direct).what());
        assertEquals("A, B, C and 2 more", ChoiceEdit.names(List.of("A", "B", "C", "D", "E")));
    }

    @Test
    void typingInOneFieldIsOneStepUntilSealed() {
        UndoHistory h = new UndoHistory(10, Long.MAX_VALUE);
        ChoiceState s0 = state(IQR, "1.5", SCALING, "standard");
        ChoiceState s1 = state(IQR, "", SCALING, "standard");
        ChoiceState s2 = state(IQR, "3", SCALING, "standard");
        ChoiceState s3 = state(IQR, "3.", SCALING, "standard");
        ChoiceState s4 = state(IQR, "3.5", SCALING, "standard");
        h.add(ChoiceEdit.between(s0, s1, direct));
        h.add(ChoiceEdit.between(s1, s2, direct));
        assertEquals(1, h.undoCount(), "keystrokes in one field are one step");
        h.seal();
        h.add(ChoiceEdit.between(s2, s3, direct));
        h.add(ChoiceEdit.between(s3, s4, direct));
        assertEquals(2, h.undoCount(), "after leaving the field, typing again is a new step");
        h.undo();
        assertEquals("3", live.get("iqr"));
        h.undo();
        assertEquals("1.5", live.get("iqr"));

        UndoHistory k = new UndoHistory(10, Long.MAX_VALUE);
        k.add(ChoiceEdit.between(s0, s1, direct));
        k.add(ChoiceEdit.between(s1, s0, direct));
        assertEquals(0, k.undoCount(), "typed and deleted again: no step");

        UndoHistory p = new UndoHistory(10, Long.MAX_VALUE);
        ChoiceState r0 = state(SCALING, "standard");
        p.add(ChoiceEdit.between(r0, state(SCALING, "robust"), direct));
        p.add(ChoiceEdit.between(state(SCALING, "robust"), state(SCALING, "minmax"), direct));
        assertEquals(2, p.undoCount(), "two picks are two steps");
    }
}
