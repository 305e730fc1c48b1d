package io.segmenta.ui.task;

import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one job scheduler. View-models submit {@link Job}s, each of a {@link JobKind}; the
 * runner runs them one at a time in the order they were submitted, and the kind's
 * {@link JobKind.Policy} says which earlier jobs a new one cancels: an interrupting job cancels the
 * running job, a replacing job only the running or waiting job of its own kind (so a new sort
 * replaces the running sort and waits for anything else), a queued job nothing. Every job gets a
 * {@link JobHandle} to watch it and to cancel just that job.
 *
 * <p>The state of the running job is surfaced as properties the status bar binds to: whether a job
 * runs, its progress (0..1, or -1 while unknown), the current message and the last failure.
 * Callbacks ({@code onSuccess}, {@code onFailure}), handle states and every property change happen on
 * the thread that owns the view-models: the FX thread in the window ({@link FxTaskRunner}), the
 * caller's thread in tests ({@link SyncTaskRunner}). A job submitted while the runner delivers an
 * outcome (from a callback or a state listener) starts after that delivery, never inside it.
 *
 * <p>Both runners share this scheduling code; they differ only in where a job's body runs (a worker
 * thread, or at once on the caller's thread), so a scenario gives the same order of completion, the
 * same cancelled jobs and the same messages with either.
 */
public abstract sealed class TaskRunner permits FxTaskRunner, SyncTaskRunner {
    /** Message shown when nothing runs and nothing was done yet. */
    public static final String READY = "Ready";

    protected final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    protected final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    protected final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", READY);
    protected final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", null);

    private final Deque<Scheduled<?>> waiting = new ArrayDeque<>();
    private Scheduled<?> current;
    /** Above 0 while the runner submits or delivers an outcome: jobs are then only queued. */
    private int delivering;
    private boolean draining;
    private boolean shutDown;

    /**
     * Submits {@code job} of {@code kind}; see {@link JobKind.Policy} for what it cancels and when it
     * starts.
     *
     * @param title     what the work does, shown while it runs (e.g. "Finding k")
     * @param onSuccess receives the result
     * @param onFailure receives the user message of a failure (not called on cancel)
     * @return the handle of the job, to watch or cancel it
     */
    public final <T> JobHandle submit(JobKind kind, String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<String> onFailure) {
        return submit(kind, title, job, onSuccess, onFailure, h -> { });
    }

    /**
     * Like {@link #submit(JobKind, String, Job, Consumer, Consumer)}, and tells {@code onStateChange}
     * each time the job's state changes: when it starts running and when it ends (before its success
     * or failure callback). With the synchronous runner the job may run and end before this method
     * returns, so callers follow the job here rather than through the returned handle.
     */
    public final <T> JobHandle submit(JobKind kind, String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<String> onFailure, Consumer<JobHandle> onStateChange) {
        Scheduled<T> s = new Scheduled<>(new JobHandle(this, kind, title, onStateChange), job, onSuccess, onFailure);
        if (shutDown) {
            s.handle.requestCancel(false);
            s.handle.setState(JobHandle.State.CANCELLED);
            return s.handle;
        }
        delivering++;
        try {
            switch (kind.policy()) {
                case INTERRUPT -> {
                    dropWaiting(kind);
                    if (current != null) {
                        stopCurrent(true);
                    }
                    waiting.addFirst(s);
                }
                case REPLACE -> {
                    dropWaiting(kind);
                    if (current != null && current.handle.kind().equals(kind)) {
                        stopCurrent(true);
                    }
                    waiting.addLast(s);
                }
                case QUEUE -> waiting.addLast(s);
            }
        } finally {
            delivering--;
        }
        drain();
        return s.handle;
    }

    /** Submits {@code job} of {@code kind}; a failure is only reported through {@link #failureProperty()}. */
    public final <T> JobHandle submit(JobKind kind, String title, Job<T> job, Consumer<? super T> onSuccess) {
        return submit(kind, title, job, onSuccess, m -> { });
    }

    /**
     * Starts {@code job} of kind {@link JobKind#WORK} at once: the running job (of any kind) is
     * cancelled and its callbacks are never called; waiting jobs run after this one.
     */
    public final <T> JobHandle run(String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<String> onFailure) {
        return submit(JobKind.WORK, title, job, onSuccess, onFailure);
    }

    /** Like {@link #run(String, Job, Consumer, Consumer)}; a failure is only reported through the failure property. */
    public final <T> JobHandle run(String title, Job<T> job, Consumer<? super T> onSuccess) {
        return run(title, job, onSuccess, m -> { });
    }

    /**
     * Asks the running job to stop (the status bar's Cancel); it stops at its next cancellation check
     * and the next waiting job starts. No effect when idle.
     */
    public final void cancel() {
        if (current != null) {
            cancel(current.handle);
        }
    }

    /** Cancels the running job and every waiting one, and releases threads; the runner cannot be used afterwards. */
    public void shutdown() {
        shutDown = true;
        delivering++;
        try {
            while (!waiting.isEmpty()) {
                cancelWaiting(waiting.pollFirst(), false);
            }
            if (current != null) {
                stopCurrent(false);
            }
        } finally {
            delivering--;
        }
    }

    /**
     * Runs {@code action} on the FX thread once the event being handled is over (after the change that
     * called it and everything that change brought along): the window's Undo records a step this way.
     * The test runner keeps the actions until {@link SyncTaskRunner#runLater()}.
     */
    public abstract void later(Runnable action);

    /** Replaces the status message (e.g. with what a finished job achieved). */
    public void announce(String text) {
        message.set(Objects.requireNonNull(text, "text"));
    }

    /** True while a job runs (not while jobs only wait between two of them). */
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

    /** The handle of the running job, or null when none runs. */
    public final JobHandle currentJob() {
        return current == null ? null : current.handle;
    }

    /** How many jobs wait to run. */
    public final int waitingCount() {
        return waiting.size();
    }

    /** Status text after a job was cancelled. */
    protected static String cancelledMessage(String title) {
        return "Cancelled: " + title;
    }

    // ---- for the two runners ---------------------------------------------------------------------

    /**
     * Runs the body of {@code s}, which is now the current job: on a worker thread (the outcome
     * arrives later through {@link #complete}) or at once (calling {@link #complete} before it returns).
     */
    abstract <T> void launch(Scheduled<T> s);

    /** Tells the body of the current job {@code s} to stop (beyond its cancellation check). */
    void interrupt(Scheduled<?> s) {
    }

    /**
     * The body of {@code s} ended with {@code value} or {@code error}; ignored when {@code s} is no
     * longer the running job (it was cancelled).
     */
    final <T> void complete(Scheduled<T> s, T value, Throwable error) {
        if (current != s) {
            return;
        }
        delivering++;
        try {
            current = null;
            idle();
            String title = s.handle.title();
            if (s.handle.cancelRequested() || error instanceof CancelledException) {
                message.set(cancelledMessage(title));
                s.handle.setState(JobHandle.State.CANCELLED);
            } else if (error != null) {
                String text = Failures.userMessage(title, error);
                message.set(title + ": failed");
                failure.set(text);
                s.handle.setFailure(text);
                s.handle.setState(JobHandle.State.FAILED);
                s.onFailure.accept(text);
            } else {
                message.set(title + ": done");
                s.handle.setState(JobHandle.State.SUCCEEDED);
                s.onSuccess.accept(value);
            }
        } finally {
            delivering--;
            drain();
        }
    }

    /** Progress reported by the body of {@code s}; ignored once it is no longer the running job. */
    final void reportProgress(Scheduled<?> s, double fraction) {
        if (current == s) {
            progress.set(fraction < 0 || Double.isNaN(fraction) ? -1 : Math.min(1, fraction));
        }
    }

    /** A message reported by the body of {@code s} (already "title: text"); ignored once it no longer runs. */
    final void reportMessage(Scheduled<?> s, String text) {
        if (current == s && text != null) {
            message.set(text);
        }
    }

    final void cancel(JobHandle h) {
        if (h.state().isDone()) {
            return;
        }
        delivering++;
        try {
            if (current != null && current.handle == h) {
                stopCurrent(false);
            } else {
                for (Iterator<Scheduled<?>> it = waiting.iterator(); it.hasNext(); ) {
                    Scheduled<?> s = it.next();
                    if (s.handle == h) {
                        it.remove();
                        cancelWaiting(s, false);
                        break;
                    }
                }
            }
        } finally {
            delivering--;
        }
        drain();
    }

    // ---- scheduling ------------------------------------------------------------------------------

    private void dropWaiting(JobKind kind) {
        for (Iterator<Scheduled<?>> it = waiting.iterator(); it.hasNext(); ) {
            Scheduled<?> s = it.next();
            if (s.handle.kind().equals(kind)) {
                it.remove();
                cancelWaiting(s, true);
            }
        }
    }

    private static void cancelWaiting(Scheduled<?> s, boolean displaced) {
        s.handle.requestCancel(displaced);
        s.handle.setState(JobHandle.State.CANCELLED);
    }

    /**
     * Cancels the running job: it is over for the scheduler at once, its body stops at its next check.
     *
     * @param displaced true when a newer job takes its place, false when cancelled for itself
     */
    private void stopCurrent(boolean displaced) {
        Scheduled<?> s = current;
        s.handle.requestCancel(displaced);
        current = null;
        interrupt(s);
        idle();
        message.set(cancelledMessage(s.handle.title()));
        s.handle.setState(JobHandle.State.CANCELLED);
    }

    private void idle() {
        progress.set(0);
        running.set(false);
    }

    /** Starts waiting jobs, one at a time, unless a job runs or an outcome is being delivered. */
    private void drain() {
        if (draining) {
            return;
        }
        draining = true;
        try {
            while (current == null && delivering == 0 && !waiting.isEmpty() && !shutDown) {
                Scheduled<?> s = waiting.pollFirst();
                current = s;
                failure.set(null);
                progress.set(-1);
                message.set(s.handle.title() + "…");
                running.set(true);
                s.handle.setState(JobHandle.State.RUNNING);
                if (current == s) { // a state listener may have cancelled it
                    launch(s);
                }
            }
        } finally {
            draining = false;
        }
    }

    /** A submitted job with its callbacks. */
    static final class Scheduled<T> {
        final JobHandle handle;
        final Job<T> job;
        final Consumer<? super T> onSuccess;
        final Consumer<String> onFailure;
        /** The FX runner's task for the body, once launched. */
        WorkerTask<T> task;

        Scheduled(JobHandle handle, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
            this.handle = handle;
            this.job = Objects.requireNonNull(job, "job");
            this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        }

        /** The body's progress: a negative fraction means unknown, a null or blank message keeps the last one. */
        ProgressListener listener(TaskRunner runner) {
            return (fraction, text) -> {
                runner.reportProgress(this, fraction);
                if (text != null && !text.isBlank()) {
                    runner.reportMessage(this, handle.title() + ": " + text);
                }
            };
        }
    }
}
