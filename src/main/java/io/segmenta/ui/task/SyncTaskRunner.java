package io.segmenta.ui.task;

/**
 * Runs each job's body at once on the caller's thread, for view-model tests that need no FX toolkit.
 * Scheduling is the same as in the window ({@link TaskRunner}): a job submitted while another runs
 * (from inside a body, a callback or a state listener) waits and runs after it, in the same order
 * as in {@link FxTaskRunner}; cancelling the running job (for instance from a progress callback) ends
 * it for the scheduler at once and makes its next cancellation check stop the body.
 */
public final class SyncTaskRunner extends TaskRunner {
    private final java.util.ArrayDeque<Runnable> later = new java.util.ArrayDeque<>();
    private int jobsRun;

    /** Keeps the action until {@link #runLater()}: a test says where one event of the window ends. */
    @Override
    public void later(Runnable action) {
        later.add(java.util.Objects.requireNonNull(action, "action"));
    }

    /** Runs the actions {@link #later} kept, as the window's FX thread does once an event is over. */
    public void runLater() {
        while (!later.isEmpty()) {
            later.poll().run();
        }
    }

    @Override
    <T> void launch(Scheduled<T> s) {
        jobsRun++;
        T value;
        try {
            value = s.job.run(s.listener(this), s.handle::cancelRequested);
        } catch (Throwable e) {
            complete(s, null, e);
            return;
        }
        complete(s, value, null);
    }

    /** How many jobs were started (tests check that an invalid choice starts none). */
    public int jobsRun() {
        return jobsRun;
    }
}
