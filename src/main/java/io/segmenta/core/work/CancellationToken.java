package io.segmenta.core.work;

/**
 * Polled by core services between units of work (each k of a sweep, each iteration, each block of
 * rows). When it answers true the service stops and throws {@link CancelledException}.
 */
@FunctionalInterface
public interface CancellationToken {
    /** A token that is never cancelled. */
    CancellationToken NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
