package io.segmenta.core.projectfile;

import io.segmenta.core.SegmentaException;

/**
 * A project file that cannot be opened: not JSON, cut short, not a Segmenta project, written by a
 * later Segmenta, or with a field missing or of the wrong kind. The message names the file and,
 * where there is one, the field, and says what to do.
 */
public final class ProjectFormatException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ProjectFormatException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault ("version", "runs[1].spec.seed"), or null when the file as a whole is. */
    public String field() {
        return field;
    }
}
