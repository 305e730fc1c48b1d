package io.segmenta.ui.task;

import javafx.concurrent.Task;

/**
 * A {@link Task} that runs the body of one scheduled job on the worker thread, adapting the core
 * contracts: core progress goes to {@link #updateProgress} and {@link #updateMessage} (which JavaFX
 * coalesces onto the FX thread), and the core cancellation check reads the job's handle and
 * {@link #isCancelled()}.
 */
final class WorkerTask<T> extends Task<T> {
    private final TaskRunner.Scheduled<T> scheduled;

    WorkerTask(TaskRunner.Scheduled<T> scheduled) {
        this.scheduled = scheduled;
    }

    @Override
    protected T call() throws Exception {
        String title = scheduled.handle.title();
        return scheduled.job.run((fraction, text) -> {
            if (fraction < 0 || Double.isNaN(fraction)) {
                updateProgress(-1, 1);
            } else {
                updateProgress(Math.min(1, fraction), 1);
            }
            if (text != null && !text.isBlank()) {
                updateMessage(title + ": " + text);
            }
        }, () -> scheduled.handle.cancelRequested() || isCancelled());
    }
}
