package io.segmenta.core.work;

/**
 * Receives progress from a blocking core service. Called from the worker thread; implementations
 * must be cheap and thread-safe (the UI adapter forwards to JavaFX properties).
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores everything. */
    ProgressListener NONE = (fraction, message) -> { };

    /**
     * @param fraction work done so far, 0..1, or a negative value when unknown
     * @param message  what is being done, in words a user understands (e.g. "k = 4 of 10")
     */
    void progress(double fraction, String message);

    /** A view of this listener that maps 0..1 onto [from, to] of the parent range. */
    default ProgressListener range(double from, double to) {
        ProgressListener parent = this;
        return (fraction, message) -> parent.progress(
                fraction < 0 ? fraction : from + (to - from) * Math.min(1, Math.max(0, fraction)), message);
    }
}
