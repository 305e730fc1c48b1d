package io.segmenta.ui.explore;

import io.segmenta.ui.task.Job;
import io.segmenta.ui.task.TaskRunner;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Runs the Explore step's computations through the window's one task runner: only the figure of
 * the tab on show, only while the step is on show, one job at a time. Work the step did not start
 * (opening a file, a segmentation, an export) is never cancelled by it: the step waits until the
 * runner is idle. Requests made during an event are run after it (on the FX thread with
 * {@code Platform.runLater}, so a view-model's callback never sees its runner change under it);
 * off the FX thread (view-model tests with a synchronous runner) they run at once.
 */
final class ExploreJobs {
    private final TaskRunner runner;
    private final BooleanSupplier enabled;
    private final Supplier<Computation<?>> visible;
    /** The computation this step's running job belongs to, or null. */
    private Computation<?> current;
    /** True while the runner runs a job this step started. */
    private boolean mine;
    /** True when a computation waits for someone else's work to finish. */
    private boolean waiting;
    private boolean posted;

    /**
     * @param enabled whether computations may run now (the step is on show and a table is open)
     * @param visible the computation of the tab on show (null for none)
     */
    ExploreJobs(TaskRunner runner, BooleanSupplier enabled, Supplier<Computation<?>> visible) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.enabled = Objects.requireNonNull(enabled, "enabled");
        this.visible = Objects.requireNonNull(visible, "visible");
        runner.runningProperty().addListener((o, was, now) -> {
            if (!now) {
                idle();
            }
        });
    }

    /** Asks for the tab on show to be brought up to date (after the current event). */
    void schedule() {
        if (Platform.isFxApplicationThread()) {
            if (!posted) {
                posted = true;
                Platform.runLater(() -> {
                    posted = false;
                    runVisible();
                });
            }
        } else {
            runVisible();
        }
    }

    /**
     * Runs a job the user asked for (testing a hypothesis) at once. A computation of this step that
     * is running is set aside and runs again afterwards; work of other steps is not interrupted
     * (callers disable their action while the runner is busy).
     */
    <T> void runNow(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        setAside();
        runner.run(title, job, v -> {
            onSuccess.accept(v);
            schedule();
        }, m -> {
            onFailure.accept(m);
            schedule();
        });
        mine = runner.isRunning();
    }

    private void runVisible() {
        if (!enabled.getAsBoolean()) {
            return;
        }
        Computation<?> c = visible.get();
        if (c == null || c.state() != Computation.State.STALE) {
            return;
        }
        if (runner.isRunning() && !mine) {
            waiting = true;
            return;
        }
        start(c);
    }

    private <T> void start(Computation<T> c) {
        Job<T> job = c.createJob();
        if (job == null) {
            c.markEmpty();
            return;
        }
        setAside();
        int gen = c.generation();
        runner.run(c.title(), job, v -> {
            c.succeed(gen, v);
            schedule();
        }, m -> c.fail(gen, m));
        if (c.generation() == gen && c.state() == Computation.State.STALE) {
            if (runner.isRunning()) {
                mine = true;
                current = c;
                c.markRunning();
            } else {
                // a runner that ran the job at once and called back neither success nor failure: cancelled
                c.markCancelled();
            }
        }
    }

    /** A running computation of this step is about to be replaced: it becomes out of date, not cancelled. */
    private void setAside() {
        if (mine) {
            Computation<?> c = current;
            mine = false;
            current = null;
            if (c != null && c.state() == Computation.State.RUNNING) {
                c.markStale();
            }
        }
    }

    /** The runner went idle: a job of this step that ends without a result was cancelled. */
    private void idle() {
        if (mine) {
            mine = false;
            Computation<?> c = current;
            current = null;
            if (c != null && c.state() == Computation.State.RUNNING) {
                // a success or failure callback that follows at once overrides this
                c.markCancelled();
            }
        }
        if (waiting) {
            waiting = false;
            schedule();
        }
    }
}
