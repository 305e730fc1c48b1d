package io.segmenta.ui.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.task.SyncTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The scheduling rules of the Explore step, with a synchronous runner. */
class ExploreJobsTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();
    private final AtomicReference<Computation<?>> visible = new AtomicReference<>();
    private boolean enabled = true;
    private final ExploreJobs jobs = new ExploreJobs(runner, () -> enabled, visible::get);
    private final List<String> ran = new ArrayList<>();

    private Computation<String> computation(String name) {
        return new Computation<>("Computing " + name, h -> (p, c) -> {
            ran.add(name);
            return name + " done";
        }, jobs::schedule);
    }

    @Test
    void onlyTheVisibleComputationRunsAndOnlyWhenEnabled() {
        Computation<String> a = computation("a");
        Computation<String> b = computation("b");
        enabled = false;
        visible.set(a);
        a.invalidate(false);
        b.invalidate(false);
        assertEquals(List.of(), ran);
        assertEquals(Computation.State.STALE, a.state());
        enabled = true;
        jobs.schedule();
        assertEquals(List.of("a"), ran);
        assertEquals("a done", a.value());
        assertEquals(Computation.State.READY, a.state());
        assertEquals(Computation.State.STALE, b.state(), "b waits until its tab is shown");
        visible.set(b);
        jobs.schedule();
        assertEquals(List.of("a", "b"), ran);
        jobs.schedule();
        assertEquals(List.of("a", "b"), ran, "an up-to-date figure is not computed again");
    }

    @Test
    void otherWorkIsNeverInterruptedTheFigureWaitsForIt() {
        Computation<String> a = computation("a");
        visible.set(a);
        runner.run("Segmenting", (p, c) -> {
            // an input changes while another step's work runs
            a.invalidate(true);
            assertEquals(List.of(), ran, "not started while the runner is busy with other work");
            return null;
        }, v -> { });
        assertEquals(List.of("a"), ran, "started as soon as the runner was idle");
        assertEquals(Computation.State.READY, a.state());
    }

    @Test
    void aCancelledComputationSaysSoAndRunsAgainOnRequest() {
        boolean[] cancel = {true};
        Computation<String> a = new Computation<>("Computing a", h -> (p, c) -> {
            if (cancel[0]) {
                runner.cancel();
                c.throwIfCancelled();
            }
            return "a done";
        }, jobs::schedule);
        visible.set(a);
        a.invalidate(false);
        assertEquals(Computation.State.CANCELLED, a.state());
        assertNull(a.value());
        assertEquals("Cancelled: Computing a", runner.getMessage());
        jobs.schedule();
        assertEquals(Computation.State.CANCELLED, a.state(), "not restarted behind the user's back");
        cancel[0] = false;
        a.retry();
        assertEquals(Computation.State.READY, a.state());
    }

    @Test
    void aFailureIsKeptWithItsMessage() {
        Computation<String> a = new Computation<>("Computing a", h -> (p, c) -> {
            throw new io.segmenta.core.SegmentaException("Column \"x\" is gone.");
        }, jobs::schedule);
        visible.set(a);
        a.invalidate(false);
        assertEquals(Computation.State.FAILED, a.state());
        assertEquals("Column \"x\" is gone.", a.failureProperty().get());
    }

    @Test
    void nothingToComputeGivesTheHint() {
        Computation<String> a = new Computation<>("Computing a", h -> {
            h.set("Choose a column.");
            return null;
        }, jobs::schedule);
        visible.set(a);
        a.invalidate(false);
        assertEquals(Computation.State.EMPTY, a.state());
        assertEquals("Choose a column.", a.hintProperty().get());
        assertEquals(0, runner.jobsRun());
    }
    @Test
    void aFigureInterruptedByOtherWorkIsOutOfDateAndRunsAgainAfterIt() {
        boolean[] first = {true};
        Computation<String> a = new Computation<>("Computing a", h -> (p, c) -> {
            ran.add("a");
            if (first[0]) {
                first[0] = false;
                runner.run("Opening", (p2, c2) -> {
                    ran.add("opening");
                    return "table";
                }, v -> { });
                assertEquals(Computation.State.STALE, visible.get().state(), "interrupted, not cancelled");
                c.throwIfCancelled();
            }
            return "a done";
        }, jobs::schedule);
        visible.set(a);
        a.invalidate(false);
        assertEquals(List.of("a", "opening", "a"), ran);
        assertEquals(Computation.State.READY, a.state());
        assertEquals("a done", a.value());
    }

    @Test
    void theFigureOfAnotherTabReplacesTheRunningOneWhichStaysOutOfDate() {
        Computation<String> b = computation("b");
        boolean[] first = {true};
        Computation<String> a = new Computation<>("Computing a", h -> (p, c) -> {
            ran.add("a");
            if (first[0]) {
                first[0] = false;
                visible.set(b);
                b.invalidate(false);
                assertTrue(c.isCancelled(), "replaced by the figure now on show");
                c.throwIfCancelled();
            }
            return "a done";
        }, jobs::schedule);
        visible.set(a);
        a.invalidate(false);
        assertEquals(List.of("a", "b"), ran);
        assertEquals(Computation.State.STALE, a.state(), "computed when its tab is shown again");
        assertEquals(Computation.State.READY, b.state());
        visible.set(a);
        jobs.schedule();
        assertEquals(List.of("a", "b", "a"), ran);
    }
}
