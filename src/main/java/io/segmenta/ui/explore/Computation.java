package io.segmenta.ui.explore;

import io.segmenta.ui.task.Job;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One figure of the Explore step that is computed in the background (the summaries, a histogram,
 * the correlation matrix...): its latest value and where it stands. When an input changes the
 * view-model calls {@link #invalidate}; the step's {@link ExploreJobs} then runs it through the task
 * runner when its tab is on show. Only the FX thread (or the test thread) touches it.
 *
 * @param <T> what is computed
 */
public final class Computation<T> {
    /** Where a computation stands. */
    public enum State {
        /** Nothing to compute: no table, or the choices are incomplete (see {@link #hintProperty()}). */
        EMPTY,
        /** The value is out of date and will be computed when its tab is on show. */
        STALE,
        /** Being computed. */
        RUNNING,
        /** The value is up to date. */
        READY,
        /** The computation was cancelled; it runs again on request. */
        CANCELLED,
        /** The computation failed; {@link #failureProperty()} says why. */
        FAILED
    }

    /** Builds the job from the current choices, or returns null with a hint when there is nothing to do. */
    @FunctionalInterface
    public interface JobFactory<T> {
        /** The job, or null when there is nothing to compute (then {@code hint} says why). */
        Job<T> create(Hint hint);
    }

    /** Where a job factory says why there is nothing to compute. */
    public static final class Hint {
        private String text = "";

        /** Sets the words shown in place of the figure. */
        public void set(String text) {
            this.text = text == null ? "" : text;
        }

        String text() {
            return text;
        }
    }

    private final String title;
    private final JobFactory<T> factory;
    private final Runnable onInvalidated;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private int generation;

    /**
     * @param title         what the work is called in the status bar ("Computing correlations")
     * @param factory       builds the job from the current choices
     * @param onInvalidated called after each invalidation (the step schedules the work)
     */
    Computation(String title, JobFactory<T> factory, Runnable onInvalidated) {
        this.title = Objects.requireNonNull(title, "title");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.onInvalidated = Objects.requireNonNull(onInvalidated, "onInvalidated");
    }

    /**
     * Marks the value out of date (an input changed).
     *
     * @param keepValue true to keep showing the old value until the new one arrives (a bin count
     *                  changed); false to drop it at once (another table)
     */
    public void invalidate(boolean keepValue) {
        generation++;
        if (!keepValue) {
            value.set(null);
        }
        failure.set(null);
        state.set(State.STALE);
        onInvalidated.run();
    }

    /** Runs it again after a cancellation or a failure. */
    public void retry() {
        invalidate(true);
    }

    String title() {
        return title;
    }

    int generation() {
        return generation;
    }

    /** The job for the current choices, or null (the state becomes EMPTY with a hint). */
    Job<T> createJob() {
        Hint h = new Hint();
        Job<T> job = factory.create(h);
        hint.set(job == null ? h.text() : "");
        return job;
    }

    void markEmpty() {
        value.set(null);
        state.set(State.EMPTY);
    }

    void markRunning() {
        state.set(State.RUNNING);
    }

    void markStale() {
        state.set(State.STALE);
    }

    void markCancelled() {
        state.set(State.CANCELLED);
    }

    /** Takes a result if it belongs to the current generation. */
    void succeed(int gen, T result) {
        if (gen != generation) {
            return;
        }
        value.set(result);
        state.set(State.READY);
    }

    void fail(int gen, String message) {
        if (gen != generation) {
            return;
        }
        failure.set(message);
        state.set(State.FAILED);
    }

    /** The latest value (null before the first result, and while EMPTY). */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T value() {
        return value.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Why there is nothing to compute (while EMPTY), e.g. "Choose 2 to 6 columns." */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** The user message of the last failure (while FAILED). */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
