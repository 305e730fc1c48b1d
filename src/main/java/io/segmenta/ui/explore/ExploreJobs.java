package io.segmenta.ui.explore;

import io.segmenta.ui.task.Job;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.TaskRunner;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the Explore step's computations through the window's job scheduler: only the figure of the
 * tab on show, only while the step is on show. A figure is a job of kind {@link #FIGURE}, which
 * replaces the step's previous figure job and waits for other work (opening a file, a segmentation,
 * an export), never cancelling it. A figure displaced by other work is out of date, not cancelled:
 * it runs again once that work has ended; one the user cancels stays cancelled until retried.
 */
final class ExploreJobs {
    /** The kind of every figure job of the step. */
    static final JobKind FIGURE = JobKind.replacing("Explore figure");

    private final TaskRunner runner;
    private final BooleanSupplier enabled;
    private final Supplier<Computation<?>> visible;
    /** The computation of the latest figure job, its generation then, and the job. */
    private Computation<?> current;
    private int currentGeneration;
    private JobHandle job;

    /**
     * @param enabled whether computations may run now (the step is on show and a table is open)
     * @param visible the computation of the tab on show (null for none)
     */
    ExploreJobs(TaskRunner runner, BooleanSupplier enabled, Supplier<Computation<?>> visible) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.enabled = Objects.requireNonNull(enabled, "enabled");
        this.visible = Objects.requireNonNull(visible, "visible");
    }

    /** Asks for the tab on show to be brought up to date (its job waits for running work). */
    void schedule() {
        if (!enabled.getAsBoolean()) {
            return;
        }
        Computation<?> c = visible.get();
        if (c == null || c.state() != Computation.State.STALE) {
            return;
        }
        if (c == current && currentGeneration == c.generation() && job != null && job.isActive()) {
            return; // already waiting for its turn
        }
        start(c);
    }

    /**
     * Runs a job the user asked for (testing a hypothesis, an export) at once. It interrupts running
     * work (callers disable their action while the runner is busy); a figure of this step that it
     * interrupts runs again afterwards.
     */
    <T> void runNow(String title, Job<T> work, Consumer<? super T> onSuccess, Consumer<String> onFailure) {
        runNow(title, work, onSuccess, onFailure, h -> { });
    }

    /** Like {@link #runNow(String, Job, Consumer, Consumer)}; {@code onStateChange} hears when it starts and ends. */
    <T> void runNow(String title, Job<T> work, Consumer<? super T> onSuccess, Consumer<String> onFailure,
            Consumer<JobHandle> onStateChange) {
        runner.submit(JobKind.WORK, title, work, v -> {
            onSuccess.accept(v);
            schedule();
        }, m -> {
            onFailure.accept(m);
            schedule();
        }, onStateChange);
    }

    private <T> void start(Computation<T> c) {
        Job<T> work = c.createJob();
        if (work == null) {
            c.markEmpty();
            return;
        }
        int gen = c.generation();
        current = c;
        currentGeneration = gen;
        job = runner.submit(FIGURE, c.title(), work, v -> {
            c.succeed(gen, v);
            schedule();
        }, m -> c.fail(gen, m), h -> changed(c, gen, h));
    }

    private void changed(Computation<?> c, int gen, JobHandle h) {
        if (c.generation() != gen) {
            return; // an input changed since: the state belongs to newer work
        }
        switch (h.state()) {
            case RUNNING -> {
                if (c.state() == Computation.State.STALE) {
                    c.markRunning();
                }
            }
            case CANCELLED -> {
                if (c.state() != Computation.State.RUNNING && c.state() != Computation.State.STALE) {
                    return;
                }
                if (h.isDisplaced()) {
                    c.markStale();
                    if (current == c) {
                        schedule(); // displaced by other work, not by the figure of another tab
                    }
                } else {
                    c.markCancelled();
                }
            }
            default -> { }
        }
    }
}
