package io.segmenta.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The window's runner: each job's body runs as a {@link javafx.concurrent.Task} on one daemon worker
 * thread, so the FX thread never blocks and bodies never overlap (a cancelled body that has not yet
 * reached its cancellation check finishes before the next one starts). Must be used from the FX
 * thread; outcomes, progress and messages arrive on it.
 */
public final class FxTaskRunner extends TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segmenta-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    <T> void launch(Scheduled<T> s) {
        WorkerTask<T> task = new WorkerTask<>(s);
        s.task = task;
        task.progressProperty().addListener((o, was, now) -> reportProgress(s, task.getProgress()));
        task.messageProperty().addListener((o, was, now) -> reportMessage(s, now));
        task.setOnSucceeded(e -> complete(s, task.getValue(), null));
        task.setOnFailed(e -> complete(s, null, task.getException()));
        executor.execute(task);
    }

    /**
     * A body not yet begun never runs; a running one is not interrupted (the thread may be in I/O or
     * waiting for the FX thread) but stops at its next cancellation check, as with the test runner.
     */
    @Override
    void interrupt(Scheduled<?> s) {
        if (s.task != null) {
            s.task.cancel(false);
        }
    }

    @Override
    public void later(Runnable action) {
        javafx.application.Platform.runLater(action);
    }

    @Override
    public void shutdown() {
        super.shutdown();
        executor.shutdownNow();
    }
}
