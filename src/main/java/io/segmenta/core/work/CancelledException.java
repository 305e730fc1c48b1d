package io.segmenta.core.work;

/** Thrown by a core service that stopped because its {@link CancellationToken} was cancelled. */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user.");
    }
}
