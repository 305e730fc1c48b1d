package io.segmenta.core.work;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs numbered tasks on all cores and returns only when every task has ended.
 *
 * <p>A plain parallel stream rethrows the first exception as soon as its caller sees it, while
 * tasks on other threads may still be running: a cancelled job would then keep using the cores,
 * and report progress, after it has ended. Here, once one task throws, tasks not yet started are
 * skipped, the ones running finish, and then the first exception is rethrown.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * As {@link #forEach(int, IntConsumer)} when {@code parallel}; otherwise the tasks run in order on
     * the calling thread (for work too small to be worth the threads).
     */
    public static void forEach(int count, boolean parallel, IntConsumer body) {
        if (parallel) {
            forEach(count, body);
        } else {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
        }
    }

    /** Runs {@code body.accept(i)} for i = 0..count-1, in parallel, and waits for all of them. */
    public static void forEach(int count, IntConsumer body) {
        if (count <= 0) {
            return;
        }
        if (count == 1) {
            body.accept(0);
            return;
        }
        AtomicReference<Throwable> first = new AtomicReference<>();
        IntStream.range(0, count).parallel().forEach(i -> {
            if (first.get() != null) {
                return;
            }
            try {
                body.accept(i);
            } catch (Throwable t) {
                first.compareAndSet(null, t);
            }
        });
        Throwable t = first.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) { // a checked exception thrown sneakily: keep it, wrapped
            throw new IllegalStateException(t);
        }
    }
}
