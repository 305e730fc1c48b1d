package io.segmenta.core;

/**
 * A problem the user can act on: bad input, an impossible choice, a file that cannot be read or
 * written. The message is shown as is (window dialog or command-line stderr), so it names what and
 * where, and says what to do. Never used for programming errors.
 */
public class SegmentaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SegmentaException(String message) {
        super(message);
    }

    public SegmentaException(String message, Throwable cause) {
        super(message, cause);
    }
}
