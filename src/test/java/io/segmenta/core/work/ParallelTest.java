package io.segmenta.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void runsEveryTaskOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(1000);
        Parallel.forEach(1000, runs::incrementAndGet);
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
        Parallel.forEach(0, i -> {
            throw new AssertionError("no task to run");
        });
    }

    @Test
    void aFailureIsRethrownOnlyAfterTheRunningTasksHaveEnded() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            int count = 32 * Runtime.getRuntime().availableProcessors();
            AtomicInteger started = new AtomicInteger();
            AtomicInteger ended = new AtomicInteger();
            CancelledException stop = new CancelledException();
            CancelledException thrown = assertThrows(CancelledException.class, () -> Parallel.forEach(count, i -> {
                started.incrementAndGet();
                try {
                    if (i == count / 2 + 3) {
                        throw stop;
                    }
                    sleep(5);
                } finally {
                    ended.incrementAndGet();
                }
            }));
            int endedAtThrow = ended.get();
            assertEquals(started.get(), endedAtThrow, "every task that started has ended when the failure arrives");
            Thread.sleep(20);
            assertEquals(endedAtThrow, ended.get(), "and none runs afterwards");
            assertSame(stop, thrown, "the task's own exception");
            assertTrue(started.get() < count, "tasks not yet started are skipped after a failure: " + started.get());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
