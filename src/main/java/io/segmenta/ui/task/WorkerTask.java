package io.segmenta.ui.task;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import javafx.concurrent.Task;

/**
 * A {@link Task} that runs one {@link Job}, adapting the core contracts: core progress goes to
 * {@link #updateProgress} and {@link #updateMessage} (which JavaFX coalesces onto the FX thread), and
 * the core cancellation check reads {@link #isCancelled()}.
 */
final class WorkerTask<T> extends Task<T> {
    private final String title;
    private final Job<T> job;

    WorkerTask(String title, Job<T> job) {
        this.title = title;
        this.job = job;
        updateMessage(title + "…");
        updateProgress(-1, 1);
    }

    String title() {
        return title;
    }

    @Override
    protected T call() throws Exception {
        return job.run(progressListener(), cancellationToken());
    }

    /** Forwards core progress; a negative fraction means unknown, a null message keeps the last one. */
    ProgressListener progressListener() {
        return (fraction, text) -> {
            if (fraction < 0 || Double.isNaN(fraction)) {
                updateProgress(-1, 1);
            } else {
                updateProgress(Math.min(1, fraction), 1);
            }
            if (text != null && !text.isBlank()) {
                updateMessage(title + ": " + text);
            }
        };
    }

    CancellationToken cancellationToken() {
        return this::isCancelled;
    }
}
