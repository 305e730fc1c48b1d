package io.segmenta.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The window's runner: each job runs as a {@link javafx.concurrent.Task} on one daemon worker
 * thread, so the FX thread never blocks. Must be used from the FX thread.
 */
public final class FxTaskRunner extends TaskRunner {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "segmenta-worker");
        t.setDaemon(true);
        return t;
    });
    private WorkerTask<?> current;

    @Override
    public <T> void run(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        cancel();
        WorkerTask<T> task = new WorkerTask<>(title, job);
        current = task;
        failure.set(null);
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            if (finish(task)) {
                message.set(title + ": done");
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (finish(task)) {
                String text = Failures.userMessage(title, task.getException());
                message.set(title + ": failed");
                failure.set(text);
                onFailure.accept(text);
            }
        });
        task.setOnCancelled(e -> {
            if (finish(task)) {
                message.set(cancelledMessage(title));
            }
        });
        executor.execute(task);
    }

    /** Returns false when {@code task} was replaced by newer work (its outcome no longer matters). */
    private boolean finish(WorkerTask<?> task) {
        if (current != task) {
            return false;
        }
        current = null;
        progress.unbind();
        message.unbind();
        progress.set(0);
        running.set(false);
        return true;
    }

    @Override
    public void cancel() {
        WorkerTask<?> task = current;
        if (task != null) {
            task.cancel(true);
            if (current == task) {
                // Task.cancel() runs onCancelled synchronously on the FX thread; be safe if it did not
                finish(task);
                message.set(cancelledMessage(task.title()));
            }
        }
    }

    @Override
    public void shutdown() {
        cancel();
        executor.shutdownNow();
    }
}
