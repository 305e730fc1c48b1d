package io.segmenta.ui.task;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;

/**
 * One unit of background work, usually a single blocking call into core. It reports progress
 * through {@code progress} and polls {@code cancel} (core services do both for themselves).
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressListener progress, CancellationToken cancel) throws Exception;
}
