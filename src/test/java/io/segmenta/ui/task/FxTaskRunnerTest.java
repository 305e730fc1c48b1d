package io.segmenta.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window's runner on a real FX thread (headless Monocle). */
class FxTaskRunnerTest {
    private FxTaskRunner runner;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        if (runner != null) {
            Platform.runLater(runner::shutdown);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }

    @Test
    void runsOffTheFxThreadAndDeliversOnIt() throws Exception {
        AtomicReference<String> workerThread = new AtomicReference<>();
        AtomicReference<Boolean> deliveredOnFx = new AtomicReference<>();
        AtomicReference<Integer> value = new AtomicReference<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch halfWay = new CountDownLatch(1);
        onFx(() -> {
            runner = new FxTaskRunner();
            runner.run("Counting", (progress, cancel) -> {
                workerThread.set(Thread.currentThread().getName());
                progress.progress(0.5, "half way");
                halfWay.countDown();
                assertTrue(release.await(10, TimeUnit.SECONDS));
                return 7;
            }, v -> {
                deliveredOnFx.set(Platform.isFxApplicationThread());
                value.set(v);
            });
        });
        assertTrue(halfWay.await(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runner.progressProperty().get() == 0.5);
        assertTrue(runner.isRunning());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Counting: half way".equals(runner.getMessage()));
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> value.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, value.get());
        assertTrue(deliveredOnFx.get());
        assertNotEquals("JavaFX Application Thread", workerThread.get());
        assertFalse(runner.isRunning());
        assertEquals(0, runner.progressProperty().get());
        assertEquals("Counting: done", runner.getMessage());
    }

    @Test
    void cancelStopsTheWorkAndSkipsTheCallbacks() throws Exception {
        AtomicBoolean succeeded = new AtomicBoolean();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicBoolean stoppedByToken = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        onFx(() -> {
            runner = new FxTaskRunner();
            runner.run("Finding k", (progress, cancel) -> {
                started.countDown();
                try {
                    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                    while (System.nanoTime() < end) {
                        if (cancel.isCancelled()) {
                            stoppedByToken.set(true);
                            cancel.throwIfCancelled();
                        }
                        Thread.onSpinWait();
                    }
                    return "too late";
                } finally {
                    finished.countDown();
                }
            }, v -> succeeded.set(true), m -> failed.set(true));
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        onFx(() -> runner.cancel());
        assertTrue(finished.await(10, TimeUnit.SECONDS), "the job saw the cancellation");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stoppedByToken.get());
        assertFalse(succeeded.get());
        assertFalse(failed.get());
        assertFalse(runner.isRunning());
        assertEquals("Cancelled: Finding k", runner.getMessage());
    }

    @Test
    void failureBecomesAMessage() throws Exception {
        AtomicReference<String> failure = new AtomicReference<>();
        onFx(() -> {
            runner = new FxTaskRunner();
            runner.run("Opening x.csv", (p, c) -> {
                throw new SegmentaException("x.csv is empty. Choose a CSV file with a header and rows.");
            }, v -> { }, failure::set);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> failure.get() != null);
        assertEquals("x.csv is empty. Choose a CSV file with a header and rows.", failure.get());
        assertEquals(failure.get(), runner.getFailure());
        assertFalse(runner.isRunning());
    }

    @Test
    void newWorkReplacesRunningWork() throws Exception {
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> second = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        onFx(() -> {
            runner = new FxTaskRunner();
            runner.run("Slow", (p, c) -> {
                started.countDown();
                while (!c.isCancelled()) {
                    Thread.onSpinWait();
                }
                c.throwIfCancelled();
                return "slow";
            }, first::set);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        onFx(() -> runner.run("Fast", (p, c) -> "fast", second::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> second.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("fast", second.get());
        assertNull(first.get());
        assertEquals("Fast: done", runner.getMessage());
    }
}
