package io.segmenta.ui.undo;

import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Edit > Undo and Redo for the window: every change of a column role, a derived feature, a feature
 * tick, a preparation choice, a segment name or description ({@link UndoableChoices}), and every
 * removed run ({@link SegmentViewModel#removeRun}). A change is heard on the view-models' properties
 * and recorded once the window is quiet again (after the event that made it, through {@code later}),
 * so a change and what it brings along (a role that takes a feature tick with it, an outlier method
 * that resets its threshold) are one step; typing in one field is one step until {@link #seal()}.
 * Running a job is not an edit: a new run's names join the state without a step, and undoing a
 * preparation choice never touches a run made with it (its result keeps the spec it was made with).
 * Opening another table clears the history.
 */
public final class UndoViewModel {
    private final UndoableChoices choices;
    private final Executor later;
    /** Removed runs kept for Undo may hold an eighth of Java's memory (the kept runs a quarter). */
    private final UndoHistory history = new UndoHistory(UndoHistory.MAX_STEPS, Runtime.getRuntime().maxMemory() / 8);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");

    /** Puts a step's choices back; one object, so steps of this window can merge. */
    private final ChoiceEdit.Applier applier = this::restoring;
    /** The state as last recorded. */
    private ChoiceState last;
    /** True while a settle is scheduled. */
    private boolean pending;
    /** True while an edit is being put back (its own changes are not recorded). */
    private boolean restoring;

    /**
     * @param later runs an action once the event being handled is over (the FX thread's queue in the
     *              window; a test may run them when it likes, {@link #settle()} does the same)
     */
    public UndoViewModel(DataViewModel data, PrepareViewModel prepare, SegmentViewModel segment, Executor later) {
        this.choices = new UndoableChoices(data, prepare, segment);
        this.later = Objects.requireNonNull(later, "later");
        last = choices.read();
        InvalidationListener changed = o -> changed();
        for (Observable o : choices.observables()) {
            o.addListener(changed);
        }
        segment.runEdits().recordEditsTo(e -> {
            settle();
            history.add(e);
            last = choices.read();
        });
        // a change listener, registered after the view-models' own: it runs once they have reset their choices
        data.datasetProperty().subscribe(d -> {
            pending = false;
            history.clear();
            last = choices.read();
        });
        history.onChange(this::showHistory);
    }

    private void changed() {
        if (restoring || history.isApplying() || pending) {
            return;
        }
        pending = true;
        later.execute(this::settle);
    }

    /** Records what changed since the last step as one step (the window calls it once the event is over). */
    public void settle() {
        pending = false;
        ChoiceState now = choices.read();
        ChoiceEdit edit = ChoiceEdit.between(last, now, applier);
        last = now;
        if (edit != null) {
            history.add(edit);
        }
    }

    private void restoring(Runnable restores) {
        restoring = true;
        try {
            restores.run();
        } finally {
            restoring = false;
        }
        pending = false;
        last = choices.read();
    }

    private void showHistory() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.canUndo() ? "Undo \u201c" + history.undoWhat() + "\u201d" : "Undo");
        redoText.set(history.canRedo() ? "Redo \u201c" + history.redoWhat() + "\u201d" : "Redo");
    }

    /** Takes back the latest step (after recording any change not yet recorded). */
    public void undo() {
        settle();
        history.undo();
        last = choices.read();
    }

    /** Makes the latest undone step again. */
    public void redo() {
        settle();
        history.redo();
        last = choices.read();
    }

    /**
     * Starts a fresh history once the changes being made now are over: what a reopened project or a restored
     * session set is where the analyst starts, not a step to take back.
     */
    public void startFresh() {
        later.execute(() -> {
            pending = false;
            history.clear();
            last = choices.read();
        });
    }

    /** The next change starts a step of its own: the analyst left a field. */
    public void seal() {
        settle();
        history.seal();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo “Scaling: robust”", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo “Remove Run 2”", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Steps that can be undone. */
    public int undoCount() {
        settle();
        return history.undoCount();
    }
}
