package io.segmenta.ui.undo;

import java.util.Objects;

/**
 * One change the analyst made that can be taken back and made again: a preparation choice, a feature
 * tick, a role, a segment name or description, a removed run. Plain Java, so the history and its
 * rules are tested without a window.
 */
public interface Edit {
    /** What the change did, for the Edit menu: "Scaling: robust", "Rename segment 2", "Remove Run 3". */
    String what();

    /** Puts back what was there before the change. */
    void undo();

    /** Makes the change again after {@link #undo()}. */
    void redo();

    /** Bytes this edit keeps alive (a removed run's result); the history lets old edits go past its budget. */
    default long footprint() {
        return 0;
    }

    /**
     * This edit followed by {@code next} as one step (typing in one field), or null when they are two
     * steps. The history asks only while the analyst keeps editing the same thing ({@link UndoHistory#seal()}).
     */
    default Edit mergedWith(Edit next) {
        return null;
    }

    /** True when the edit changes nothing (typed and deleted again); the history drops it. */
    default boolean isEmpty() {
        return false;
    }

    /** An edit from two actions. */
    static Edit of(String what, Runnable undo, Runnable redo, long footprint) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(redo, "redo");
        return new Edit() {
            @Override
            public String what() {
                return what;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }

            @Override
            public long footprint() {
                return footprint;
            }
        };
    }
}
