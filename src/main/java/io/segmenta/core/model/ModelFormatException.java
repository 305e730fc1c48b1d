package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;

/**
 * A model file that cannot be used: not JSON, truncated, not a Segmenta model, from a later
 * version of Segmenta, or with a field that is missing or of the wrong kind. The message names the
 * file and, where there is one, the field (e.g. {@code assignment.centroids[2]}), and says what to do.
 */
public final class ModelFormatException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String field;

    /**
     * @param file    the file as shown to the user
     * @param field   the field's path in the file ("version", "segments[1].name"), or null for the whole file
     * @param message the complete message
     */
    public ModelFormatException(String file, String field, String message) {
        super(message);
        this.file = file;
        this.field = field;
    }

    /** The file as shown to the user. */
    public String file() {
        return file;
    }

    /** The path of the field at fault, or null when the file as a whole is. */
    public String field() {
        return field;
    }
}
