package io.segmenta.ui.task;

import io.segmenta.core.work.CancelledException;
import java.util.function.Consumer;

/**
 * Runs each job at once on the caller's thread, for view-model tests that need no FX toolkit.
 * Progress and messages are recorded as they come; {@link #cancel()} called from inside a job (for
 * instance from a progress callback) makes the job's next cancellation check stop it.
 */
public final class SyncTaskRunner extends TaskRunner {
    private volatile boolean cancelRequested;
    private int jobsRun;

    @Override
    public <T> void run(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        cancelRequested = false;
        failure.set(null);
        running.set(true);
        progress.set(-1);
        message.set(title + "…");
        jobsRun++;
        T value;
        try {
            value = job.run((fraction, text) -> {
                progress.set(fraction < 0 || Double.isNaN(fraction) ? -1 : Math.min(1, fraction));
                if (text != null && !text.isBlank()) {
                    message.set(title + ": " + text);
                }
            }, () -> cancelRequested);
        } catch (CancelledException e) {
            idle(cancelledMessage(title));
            return;
        } catch (Throwable e) {
            idle(title + ": failed");
            String text = Failures.userMessage(title, e);
            failure.set(text);
            onFailure.accept(text);
            return;
        }
        if (cancelRequested) {
            idle(cancelledMessage(title));
            return;
        }
        idle(title + ": done");
        onSuccess.accept(value);
    }

    private void idle(String text) {
        progress.set(0);
        running.set(false);
        message.set(text);
    }

    @Override
    public void cancel() {
        if (running.get()) {
            cancelRequested = true;
        }
    }

    /** How many jobs were started (tests check that an invalid choice starts none). */
    public int jobsRun() {
        return jobsRun;
    }
}
