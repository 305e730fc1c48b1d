package io.segmenta.core.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
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

    @Test
    void bothRunsTheTwoAtTheSameTimeAndReturnsBothResults() throws InterruptedException {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        Parallel.Both<String, Integer> r = Parallel.both(() -> {
            firstStarted.countDown();
            await(secondStarted); // ends only if the second runs meanwhile
            return Thread.currentThread().getName();
        }, () -> {
            secondStarted.countDown();
            await(firstStarted);
            return 42;
        });
        assertEquals(42, r.second());
        assertTrue(!r.first().equals(Thread.currentThread().getName()), r.first());
    }

    @Test
    void bothRethrowsOnlyOnceTheOtherHasEnded() {
        for (boolean failFirst : new boolean[] {true, false}) {
            AtomicInteger otherEnded = new AtomicInteger();
            CancelledException stop = new CancelledException();
            Supplier<String> failing = () -> {
                throw stop;
            };
            Supplier<String> slow = () -> {
                sleep(200);
                otherEnded.incrementAndGet();
                return "done";
            };
            CancelledException thrown = assertThrows(CancelledException.class,
                    () -> Parallel.both(failFirst ? failing : slow, failFirst ? slow : failing));
            assertSame(stop, thrown);
            assertEquals(1, otherEnded.get(), "the other computation had ended when the failure came out");
        }
    }

    @Test
    void whenBothFailThisThreadsFailureComesOut() {
        IllegalStateException mine = new IllegalStateException("second");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.both(() -> {
            throw new IllegalArgumentException("first");
        }, () -> {
            sleep(50);
            throw mine;
        }));
        assertSame(mine, thrown);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the other computation never started: they did not run at the same time");
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
