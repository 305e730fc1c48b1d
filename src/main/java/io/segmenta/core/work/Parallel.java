package io.segmenta.core.work;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
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
        rethrow(first.get());
    }

    /** One block of {@link #forEachBlock}: its number and its positions {@code from..to-1}. */
    @FunctionalInterface
    public interface Block {
        void accept(int block, int from, int to);
    }

    /**
     * Splits the positions 0..n-1 into {@code blocks} consecutive blocks of (nearly) equal size and runs
     * {@code body} on each, as {@link #forEach(int, boolean, IntConsumer)} runs its tasks: a block writes
     * only its own slot of a result, so the result does not depend on the threads.
     */
    public static void forEachBlock(int n, int blocks, boolean parallel, Block body) {
        forEach(blocks, parallel, b -> body.accept(b, (int) ((long) n * b / blocks),
                (int) ((long) n * (b + 1) / blocks)));
    }

    /** What {@link #both} returns: the results of its two computations. */
    public record Both<A, B>(A first, B second) {
    }

    /**
     * Computes {@code first} on another core (the common pool) while this thread computes
     * {@code second}, and returns both results once both have ended: for two independent pieces of
     * a job where one keeps a single core busy. When either throws, the other still runs to its end
     * (or to its next cancellation check) before an exception is rethrown, this thread's first, so
     * a cancelled job uses no core once it has ended.
     */
    public static <A, B> Both<A, B> both(Supplier<A> first, Supplier<B> second) {
        CompletableFuture<A> beside = CompletableFuture.supplyAsync(first);
        Throwable failure = null;
        B b = null;
        try {
            b = second.get();
        } catch (Throwable t) {
            failure = t;
        }
        A a = null;
        try {
            a = beside.join();
        } catch (CompletionException e) {
            if (failure == null) {
                failure = e.getCause();
            }
        }
        rethrow(failure);
        return new Both<>(a, b);
    }

    private static void rethrow(Throwable t) {
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
