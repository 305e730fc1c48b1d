package io.segmenta.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The scheduling rules, each scenario run once with the window's runner (jobs on a worker thread,
 * outcomes on the FX thread) and once with the synchronous test runner, checking the same outcome:
 * which jobs completed in which order, which were cancelled (and why), and the status properties.
 * Jobs submit the next ones from inside their body through {@link #owner}, which in the window means
 * on the FX thread while the body waits.
 */
class SchedulerContractTest {
    private static final JobKind SORT = JobKind.replacing("Sorting");
    private static final JobKind FIGURE = JobKind.replacing("Figure");
    private static final JobKind EXPORT = JobKind.queued("Export");

    enum Mode { FX, SYNC }

    private Mode mode;
    private TaskRunner runner;
    /** Successes and failures, in the order the callbacks ran. */
    private final List<String> completed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            owner(runner::shutdown);
        }
    }

    private void start(Mode m) {
        mode = m;
        if (m == Mode.FX) {
            WaitForAsyncUtils.waitForAsyncFx(10_000, () -> runner = new FxTaskRunner());
        } else {
            runner = new SyncTaskRunner();
        }
    }

    /** Runs {@code r} on the thread that owns the runner and waits for it. */
    private void owner(Runnable r) {
        if (mode == Mode.SYNC || Platform.isFxApplicationThread()) {
            r.run();
        } else {
            WaitForAsyncUtils.waitForAsyncFx(10_000, r);
        }
    }

    private <T> T read(Supplier<T> s) {
        AtomicReference<T> v = new AtomicReference<>();
        owner(() -> v.set(s.get()));
        return v.get();
    }

    /** Waits (on the owner thread, in the window) until {@code condition} holds. */
    private void awaitOwner(BooleanSupplier condition) {
        if (mode == Mode.SYNC) {
            assertTrue(condition.getAsBoolean());
            return;
        }
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
    }

    /** Waits until no job runs or waits and every outcome was delivered. */
    private void settle() {
        awaitOwner(() -> runner.currentJob() == null && runner.waitingCount() == 0);
        if (mode == Mode.FX) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private <T> JobHandle submit(JobKind kind, String title, Job<T> job) {
        return read(() -> runner.submit(kind, title, job, v -> completed.add(title + " done"),
                m -> completed.add(title + " failed: " + m)));
    }

    /** A body that waits (at most 10 s) to be cancelled, then stops like core code does. */
    private static String untilCancelled(CancellationToken cancel) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!cancel.isCancelled() && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        cancel.throwIfCancelled();
        return "not cancelled";
    }

    private void assertIdle(String message) {
        assertFalse(read(runner::isRunning));
        assertEquals(0.0, read(() -> runner.progressProperty().get()));
        assertEquals(message, read(runner::getMessage));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aNewSortReplacesOnlyTheRunningSort(Mode m) {
        start(m);
        AtomicReference<JobHandle> figure = new AtomicReference<>();
        AtomicReference<JobHandle> second = new AtomicReference<>();
        JobHandle first = submit(SORT, "Sort 1", (p, c) -> {
            figure.set(submit(FIGURE, "Figure", (p2, c2) -> "f"));
            assertEquals(JobHandle.State.WAITING, read(figure.get()::state), "the figure waits for the sort");
            assertFalse(c.isCancelled(), "a job of another kind does not cancel the sort");
            second.set(submit(SORT, "Sort 2", (p2, c2) -> "s2"));
            return untilCancelled(c);
        });
        settle();
        assertEquals(List.of("Figure done", "Sort 2 done"), completed, "jobs run in the order submitted");
        assertEquals(JobHandle.State.CANCELLED, first.state());
        assertTrue(first.isDisplaced());
        assertEquals(JobHandle.State.SUCCEEDED, figure.get().state());
        assertEquals(JobHandle.State.SUCCEEDED, second.get().state());
        assertIdle("Sort 2: done");
        assertNull(read(runner::getFailure));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aWaitingJobOfTheSameKindIsReplacedInTheQueue(Mode m) {
        start(m);
        AtomicReference<JobHandle> waitingSort = new AtomicReference<>();
        AtomicReference<JobHandle> newerSort = new AtomicReference<>();
        JobHandle work = read(() -> runner.run("Segmenting", (p, c) -> {
            waitingSort.set(submit(SORT, "Sort 1", (p2, c2) -> "s1"));
            newerSort.set(submit(SORT, "Sort 2", (p2, c2) -> "s2"));
            assertFalse(c.isCancelled(), "sorts never interrupt other work");
            return "segments";
        }, v -> completed.add("Segmenting done")));
        settle();
        assertEquals(List.of("Segmenting done", "Sort 2 done"), completed);
        assertEquals(JobHandle.State.SUCCEEDED, work.state());
        assertEquals(JobHandle.State.CANCELLED, waitingSort.get().state());
        assertTrue(waitingSort.get().isDisplaced());
        assertIdle("Sort 2: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void workTheUserAsksForInterruptsTheRunningJobAndWaitingJobsRunAfterIt(Mode m) {
        start(m);
        AtomicReference<JobHandle> figure = new AtomicReference<>();
        AtomicReference<JobHandle> open = new AtomicReference<>();
        JobHandle sort = submit(SORT, "Sort", (p, c) -> {
            figure.set(submit(FIGURE, "Figure", (p2, c2) -> "f"));
            open.set(read(() -> runner.run("Opening", (p2, c2) -> "table", v -> completed.add("Opening done"))));
            return untilCancelled(c);
        });
        settle();
        assertEquals(List.of("Opening done", "Figure done"), completed);
        assertEquals(JobHandle.State.CANCELLED, sort.state());
        assertTrue(sort.isDisplaced());
        assertEquals(JobHandle.State.SUCCEEDED, open.get().state());
        assertEquals(JobHandle.State.SUCCEEDED, figure.get().state());
        assertIdle("Figure: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void queuedJobsAllRunInOrder(Mode m) {
        start(m);
        submit(EXPORT, "Export 1", (p, c) -> {
            submit(EXPORT, "Export 2", (p2, c2) -> 2);
            submit(EXPORT, "Export 3", (p2, c2) -> 3);
            assertFalse(c.isCancelled());
            return 1;
        });
        settle();
        assertEquals(List.of("Export 1 done", "Export 2 done", "Export 3 done"), completed);
        assertIdle("Export 3: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aHandleCancelsJustItsJob(Mode m) {
        start(m);
        AtomicReference<JobHandle> figure = new AtomicReference<>();
        AtomicReference<JobHandle> sort = new AtomicReference<>();
        AtomicReference<JobHandle> export = new AtomicReference<>();
        JobHandle work = read(() -> runner.run("Segmenting", (p, c) -> {
            figure.set(submit(FIGURE, "Figure", (p2, c2) -> "f"));
            sort.set(submit(SORT, "Sort", (p2, c2) -> {
                // the running job cancels itself through its own handle
                owner(() -> runner.currentJob().cancel());
                return untilCancelled(c2);
            }));
            export.set(submit(EXPORT, "Export", (p2, c2) -> "e"));
            owner(() -> figure.get().cancel());
            assertFalse(c.isCancelled());
            return "segments";
        }, v -> completed.add("Segmenting done")));
        settle();
        assertEquals(List.of("Segmenting done", "Export done"), completed);
        assertEquals(JobHandle.State.SUCCEEDED, work.state());
        assertEquals(JobHandle.State.CANCELLED, figure.get().state());
        assertFalse(figure.get().isDisplaced(), "cancelled for itself");
        assertEquals(JobHandle.State.CANCELLED, sort.get().state());
        assertFalse(sort.get().isDisplaced());
        assertEquals(JobHandle.State.SUCCEEDED, export.get().state());
        assertIdle("Export: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void theStatusBarCancelStopsTheRunningJobAndTheNextOneStarts(Mode m) {
        start(m);
        AtomicReference<JobHandle> sort = new AtomicReference<>();
        JobHandle work = read(() -> runner.run("Segmenting", (p, c) -> {
            sort.set(submit(SORT, "Sort", (p2, c2) -> "s"));
            owner(runner::cancel);
            assertTrue(c.isCancelled(), "the body sees the cancel at its next check");
            c.throwIfCancelled();
            return "segments";
        }, v -> completed.add("Segmenting done"), f -> completed.add("Segmenting failed")));
        settle();
        assertEquals(List.of("Sort done"), completed, "a cancelled job calls neither callback");
        assertEquals(JobHandle.State.CANCELLED, work.state());
        assertFalse(work.isDisplaced());
        assertIdle("Sort: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void cancellingTheLastJobSaysSo(Mode m) {
        start(m);
        JobHandle work = read(() -> runner.run("Finding k", (p, c) -> {
            owner(runner::cancel);
            return untilCancelled(c);
        }, v -> completed.add("done")));
        settle();
        assertEquals(List.of(), completed);
        assertEquals(JobHandle.State.CANCELLED, work.state());
        assertIdle("Cancelled: Finding k");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void progressMessageAndFailureAreTheRunningJobs(Mode m) {
        start(m);
        JobHandle bad = submit(FIGURE, "Figure", (p, c) -> {
            assertTrue(read(runner::isRunning));
            p.progress(0.5, "half way");
            awaitOwner(() -> runner.progressProperty().get() == 0.5 && "Figure: half way".equals(runner.getMessage()));
            p.progress(-1, null);
            awaitOwner(() -> runner.progressProperty().get() == -1);
            assertEquals("Figure: half way", read(runner::getMessage), "a null text keeps the message");
            throw new SegmentaException("Column \"x\" is gone.");
        });
        settle();
        assertEquals(List.of("Figure failed: Column \"x\" is gone."), completed);
        assertEquals(JobHandle.State.FAILED, bad.state());
        assertEquals("Column \"x\" is gone.", bad.failure());
        assertEquals("Column \"x\" is gone.", read(runner::getFailure));
        assertIdle("Figure: failed");
        JobHandle good = submit(FIGURE, "Figure", (p, c) -> "f");
        settle();
        assertEquals(JobHandle.State.SUCCEEDED, good.state());
        assertNull(read(runner::getFailure), "the next job clears the failure");
        assertIdle("Figure: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aJobSubmittedFromACallbackStartsAfterIt(Mode m) {
        start(m);
        AtomicReference<JobHandle> next = new AtomicReference<>();
        AtomicReference<JobHandle.State> seenInCallback = new AtomicReference<>();
        AtomicBoolean runningInCallback = new AtomicBoolean(true);
        owner(() -> runner.run("Opening", (p, c) -> "table", v -> {
            next.set(runner.run("Checking", (p2, c2) -> "advice", a -> completed.add("Checking done")));
            seenInCallback.set(next.get().state());
            runningInCallback.set(runner.isRunning());
            runner.announce("Opened the table"); // the status line is free to change here
            completed.add("Opening done");
        }));
        settle();
        assertEquals(JobHandle.State.WAITING, seenInCallback.get());
        assertFalse(runningInCallback.get(), "the runner is idle while it delivers a result");
        assertEquals(List.of("Opening done", "Checking done"), completed);
        assertIdle("Checking: done");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shutdownCancelsEverythingAndRunsNothingMore(Mode m) {
        start(m);
        AtomicReference<JobHandle> waiting = new AtomicReference<>();
        JobHandle work = read(() -> runner.run("Segmenting", (p, c) -> {
            waiting.set(submit(SORT, "Sort", (p2, c2) -> "s"));
            owner(runner::shutdown);
            return untilCancelled(c);
        }, v -> completed.add("Segmenting done")));
        settle();
        assertEquals(JobHandle.State.CANCELLED, work.state());
        assertEquals(JobHandle.State.CANCELLED, waiting.get().state());
        AtomicBoolean ran = new AtomicBoolean();
        JobHandle late = submit(SORT, "Late", (p, c) -> {
            ran.set(true);
            return "l";
        });
        settle();
        assertEquals(JobHandle.State.CANCELLED, late.state());
        assertFalse(ran.get());
        assertEquals(List.of(), completed);
    }
}
