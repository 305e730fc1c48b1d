package io.segmenta.core.cluster;

import io.segmenta.core.work.Parallel;
import java.util.function.IntConsumer;

/**
 * Runs work split into a fixed number of chunks, on all cores when there is more than one chunk.
 *
 * <p>Determinism rule for every caller: a chunk writes only its own slot of a result array, and
 * partial results are combined afterwards by the calling thread in chunk order. The chunk
 * boundaries depend on the data size only, never on the number of threads, so results are
 * bit-identical whatever the scheduling.
 */
final class Chunks {
    private Chunks() {
    }

    /** Runs {@code body.accept(chunk)} for chunk 0..count-1, in parallel when count > 1. */
    static void forEach(int count, IntConsumer body) {
        forEach(count, true, body);
    }

    /** As {@link #forEach(int, IntConsumer)}, on the calling thread only unless {@code parallel}. */
    static void forEach(int count, boolean parallel, IntConsumer body) {
        Parallel.forEach(count, parallel, body);
    }

    /** Number of chunks of {@code size} covering {@code total} items (at least 1). */
    static int count(int total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }
}
