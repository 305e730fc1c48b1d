package io.segmenta.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One submitted job: its state, observable on the thread that owns the view-models, and a way to
 * cancel just this job. A job is {@link State#WAITING} until the runner starts it, then
 * {@link State#RUNNING}, and ends once, as {@link State#SUCCEEDED}, {@link State#FAILED} or
 * {@link State#CANCELLED}; the state changes before the job's success or failure callback runs.
 */
public final class JobHandle {
    /** The life of a job. */
    public enum State {
        WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED;

        /** True once the job has ended (it never changes again). */
        public boolean isDone() {
            return this != WAITING && this != RUNNING;
        }
    }

    private final TaskRunner runner;
    private final JobKind kind;
    private final String title;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    /** Read by the job's cancellation check on the worker thread. */
    private volatile boolean cancelRequested;
    private boolean displaced;
    private String failure;

    private final Consumer<JobHandle> onStateChange;

    JobHandle(TaskRunner runner, JobKind kind, String title, Consumer<JobHandle> onStateChange) {
        this.runner = runner;
        this.onStateChange = Objects.requireNonNull(onStateChange, "onStateChange");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
    }

    public JobKind kind() {
        return kind;
    }

    /** What the job does, e.g. "Sorting 1,000,000 rows by Income". */
    public String title() {
        return title;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** True while the job waits or runs. */
    public boolean isActive() {
        return !state.get().isDone();
    }

    /** The user message of the failure when the job {@link State#FAILED}, else null. */
    public String failure() {
        return failure;
    }

    /**
     * Cancels this job only: a waiting job never runs, a running job is told to stop (it stops at its
     * next cancellation check) and the next waiting job starts. Neither callback is called. No effect
     * once the job has ended. Call on the owner thread.
     */
    public void cancel() {
        runner.cancel(this);
    }

    /**
     * True when the job was cancelled because a newer job took its place (an interrupting job, or a
     * job of its kind that replaces it); false when it was cancelled for itself (its handle, the
     * status bar's Cancel, closing the window) or was not cancelled.
     */
    public boolean isDisplaced() {
        return displaced;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void requestCancel(boolean byNewerJob) {
        displaced = byNewerJob;
        cancelRequested = true;
    }

    void setState(State s) {
        state.set(s);
        onStateChange.accept(this);
    }

    void setFailure(String text) {
        failure = text;
    }

    @Override
    public String toString() {
        return kind.name() + " \"" + title + "\" " + state.get();
    }
}
