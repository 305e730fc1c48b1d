package io.segmenta.ui.undo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The analyst's edits in order, for Undo and Redo. A new edit clears what could be redone; the
 * history keeps at most {@code maxSteps} edits and lets the oldest go while the edits together keep
 * more than {@code maxBytes} alive (removed runs hold their results). An edit that follows one it can
 * merge with ({@link Edit#mergedWith}) joins it, until {@link #seal()} (the analyst moved on: another
 * field, another step); an edit added while one is being undone or redone is ignored, as it is that
 * undo's own doing. Plain Java, no JavaFX.
 */
public final class UndoHistory {
    /** Steps kept by default. */
    public static final int MAX_STEPS = 200;

    private final int maxSteps;
    private final long maxBytes;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private Runnable onChange = () -> { };
    private boolean sealed = true;
    private boolean applying;

    /**
     * @param maxSteps edits kept at most (at least 1)
     * @param maxBytes what the edits may keep alive together ({@link Edit#footprint()}); the newest
     *                 edit is kept whatever it holds
     */
    public UndoHistory(int maxSteps, long maxBytes) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("maxSteps must be at least 1, not " + maxSteps);
        }
        this.maxSteps = maxSteps;
        this.maxBytes = maxBytes;
    }

    /** Called after every change of what can be undone or redone. */
    public void onChange(Runnable action) {
        this.onChange = Objects.requireNonNull(action, "action");
    }

    /** Records an edit the analyst just made (already applied). */
    public void add(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        if (applying) {
            return;
        }
        redo.clear();
        Edit top = undo.peekLast();
        Edit merged = !sealed && top != null ? top.mergedWith(edit) : null;
        if (merged != null) {
            undo.removeLast();
            if (!merged.isEmpty()) {
                undo.addLast(merged);
            }
        } else if (!edit.isEmpty()) {
            undo.addLast(edit);
        }
        sealed = false;
        trim();
        onChange.run();
    }

    /** The next edit starts a step of its own (the analyst left the field or did something else). */
    public void seal() {
        sealed = true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would take back, or null. */
    public String undoWhat() {
        return undo.isEmpty() ? null : undo.peekLast().what();
    }

    /** What Redo would make again, or null. */
    public String redoWhat() {
        return redo.isEmpty() ? null : redo.peekLast().what();
    }

    /** Takes back the latest edit; false when there is none. */
    public boolean undo() {
        Edit e = undo.pollLast();
        if (e == null) {
            return false;
        }
        apply(e::undo);
        redo.addLast(e);
        sealed = true;
        onChange.run();
        return true;
    }

    /** Makes the latest undone edit again; false when there is none. */
    public boolean redo() {
        Edit e = redo.pollLast();
        if (e == null) {
            return false;
        }
        apply(e::redo);
        undo.addLast(e);
        sealed = true;
        trim();
        onChange.run();
        return true;
    }

    /** True while an edit is being undone or redone. */
    public boolean isApplying() {
        return applying;
    }

    /** Forgets every edit (another table was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        sealed = true;
        onChange.run();
    }

    /** Edits that can be undone now. */
    public int undoCount() {
        return undo.size();
    }

    /** Edits that can be redone now. */
    public int redoCount() {
        return redo.size();
    }

    private void apply(Runnable action) {
        applying = true;
        try {
            action.run();
        } finally {
            applying = false;
        }
    }

    /** Lets the oldest steps go past the step limit or the memory budget; the newest edit stays. */
    private void trim() {
        while (undo.size() > maxSteps) {
            undo.removeFirst();
        }
        long bytes = undo.stream().mapToLong(Edit::footprint).sum() + redo.stream().mapToLong(Edit::footprint).sum();
        while (bytes > maxBytes && undo.size() > 1) {
            bytes -= undo.removeFirst().footprint();
        }
        while (bytes > maxBytes && !redo.isEmpty()) {
            bytes -= redo.removeFirst().footprint();
        }
    }
}
