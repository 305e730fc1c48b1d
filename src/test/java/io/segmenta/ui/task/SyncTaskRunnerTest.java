package io.segmenta.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SyncTaskRunnerTest {
    private final SyncTaskRunner runner = new SyncTaskRunner();

    @Test
    void successDeliversTheValueAndRecordsProgress() {
        List<Double> seen = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        runner.progressProperty().addListener((o, a, b) -> seen.add(b.doubleValue()));
        runner.messageProperty().addListener((o, a, b) -> messages.add(b));
        AtomicReference<Integer> result = new AtomicReference<>();
        runner.run("Counting", (progress, cancel) -> {
            assertTrue(runner.isRunning());
            progress.progress(0.5, "half way");
            progress.progress(1, "all");
            return 42;
        }, result::set);
        assertEquals(42, result.get());
        assertFalse(runner.isRunning());
        assertEquals(0, runner.progressProperty().get());
        assertEquals(List.of(-1.0, 0.5, 1.0, 0.0), seen);
        assertTrue(messages.contains("Counting: half way"), messages.toString());
        assertEquals("Counting: done", runner.getMessage());
        assertNull(runner.getFailure());
    }

    @Test
    void failureSurfacesTheUserMessageAndSkipsSuccess() {
        AtomicReference<String> failed = new AtomicReference<>();
        AtomicReference<Object> result = new AtomicReference<>();
        runner.run("Opening bad.csv", (p, c) -> {
            throw new SegmentaException("bad.csv, line 3: too many fields.");
        }, result::set, failed::set);
        assertNull(result.get());
        assertEquals("bad.csv, line 3: too many fields.", failed.get());
        assertEquals("bad.csv, line 3: too many fields.", runner.getFailure());
        assertEquals("Opening bad.csv: failed", runner.getMessage());
        assertFalse(runner.isRunning());
    }

    @Test
    void cancelStopsTheJobAtItsNextCheck() {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<String> failed = new AtomicReference<>();
        int[] steps = {0};
        runner.run("Finding k", (progress, cancel) -> {
            for (int k = 1; k <= 10; k++) {
                cancel.throwIfCancelled();
                steps[0]++;
                progress.progress(k / 10.0, "k = " + k);
                if (k == 3) {
                    runner.cancel();
                }
            }
            return "done";
        }, result::set, failed::set);
        assertEquals(3, steps[0]);
        assertNull(result.get());
        assertNull(failed.get(), "a cancel is not a failure");
        assertEquals("Cancelled: Finding k", runner.getMessage());
        assertEquals(1, runner.jobsRun());
    }

    @Test
    void aFailureIsClearedByTheNextJob() {
        runner.run("One", (p, c) -> {
            throw new SegmentaException("no");
        }, v -> { });
        assertEquals("no", runner.getFailure());
        runner.run("Two", (p, c) -> 1, v -> { });
        assertNull(runner.getFailure());
    }
}
