package io.segmenta.ui.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The one job of a kind that a view-model wants at a time (a sort of the rows on show): submitting
 * another stops the one before, and the callbacks of a job no longer wanted are never called, even
 * when it ended before it could be stopped.
 */
public final class LatestJob {
    private final TaskRunner runner;
    private final JobKind kind;
    private int request;
    private JobHandle handle;

    public LatestJob(TaskRunner runner, JobKind kind) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * Submits {@code job} in place of the job wanted before (as {@link TaskRunner#submit(JobKind, String,
     * Job, Consumer, Consumer, Consumer)}); its callbacks run only while it is the one wanted.
     */
    public <T> void submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<String> onFailure,
                           Consumer<JobHandle> onStateChange) {
        int mine = ++request;
        JobHandle h = runner.submit(kind, title, job, result -> {
            if (mine == request) {
                onSuccess.accept(result);
            }
        }, message -> {
            if (mine == request) {
                onFailure.accept(message);
            }
        }, state -> {
            if (mine == request) {
                handle = state;
                onStateChange.accept(state);
            }
        });
        if (mine == request) {
            handle = h;
        }
    }

    /** Stops the job wanted (if it has not ended) and forgets it: none of its callbacks will run. */
    public void stop() {
        request++;
        JobHandle h = handle;
        handle = null;
        if (h != null) {
            h.cancel();
        }
    }

    /** True while the job wanted waits for other work to end. */
    public boolean waiting() {
        return handle != null && handle.state() == JobHandle.State.WAITING;
    }

    /** True while the job wanted runs. */
    public boolean running() {
        return handle != null && handle.state() == JobHandle.State.RUNNING;
    }
}
