package io.segmenta.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs {@link Job}s for view-models, one at a time, and surfaces their state as properties the
 * status bar binds to: whether work is running, its progress (0..1, or -1 while unknown), the
 * current message and the last failure. Callbacks ({@code onSuccess}, {@code onFailure}) and every
 * property change happen on the thread that owns the view-models: the FX thread in the window
 * ({@link FxTaskRunner}), the caller's thread in tests ({@link SyncTaskRunner}).
 *
 * <p>Submitting work while other work runs cancels the running work first; its callbacks are then
 * never called.
 */
public abstract class TaskRunner {
    /** Message shown when nothing runs and nothing was done yet. */
    public static final String READY = "Ready";

    protected final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", READY);
    protected final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", null);

    /**
     * Starts {@code job}.
     *
     * @param title     what the work does, shown while it runs (e.g. "Finding k")
     * @param onSuccess receives the result
     * @param onFailure receives the user message of a failure (not called on cancel)
     */
    public abstract <T> void run(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure);

    /** Starts {@code job}; a failure is only reported through {@link #failureProperty()}. */
    public final <T> void run(String title, Job<T> job, Consumer<? super T> onSuccess) {
        run(title, job, onSuccess, m -> { });
    }

    /** Asks the running work to stop; it stops at its next cancellation check. No effect when idle. */
    public abstract void cancel();

    /** Cancels running work and releases threads; the runner cannot be used afterwards. */
    public void shutdown() {
        cancel();
    }

    /** Replaces the status message (e.g. with what a finished job achieved). */
    public void announce(String text) {
        message.set(Objects.requireNonNull(text, "text"));
    }

    public final ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public final boolean isRunning() {
        return running.get();
    }

    /** 0..1 while work runs with known progress, -1 while it is unknown, 0 when idle. */
    public final ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public final ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public final String getMessage() {
        return message.get();
    }

    /** The user message of the last failed job, null after a success or when new work starts. */
    public final ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public final String getFailure() {
        return failure.get();
    }

    /** Status text after a job was cancelled. */
    protected static String cancelledMessage(String title) {
        return "Cancelled: " + title;
    }
}
