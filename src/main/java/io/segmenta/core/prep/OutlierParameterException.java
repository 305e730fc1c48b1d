package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import java.util.Objects;

/**
 * The parameter of an outlier method was not a number ({@link OutlierPolicy#parseParameter}). The
 * message names the field and gives an example; {@link #field()} and {@link #example()} let a
 * window or a command line word its own sentence around them.
 */
public final class OutlierParameterException extends SegmentaException {
    private static final long serialVersionUID = 1L;

    private final transient OutlierMethod method;
    private final String text;

    OutlierParameterException(OutlierMethod method, String text) {
        super("The " + field(method) + " \"" + text + "\" is not a number. Give " + example(method) + ".");
        this.method = Objects.requireNonNull(method, "method");
        this.text = text;
    }

    /** The method whose parameter could not be read. */
    public OutlierMethod method() {
        return method;
    }

    /** The text as given (trimmed). */
    public String text() {
        return text;
    }

    /** "IQR factor", "z-score threshold", "Isolation Forest contamination". */
    public String field() {
        return field(method);
    }

    /** "a factor such as 1.5", "a threshold such as 3", "a share such as 5% or 0.05". */
    public String example() {
        return example(method);
    }

    static String field(OutlierMethod m) {
        return switch (m) {
            case NONE -> "outlier parameter";
            case IQR -> "IQR factor";
            case ZSCORE -> "z-score threshold";
            case ISOLATION_FOREST -> "Isolation Forest contamination";
        };
    }

    static String example(OutlierMethod m) {
        return switch (m) {
            case NONE -> "nothing";
            case IQR -> "a factor such as 1.5";
            case ZSCORE -> "a threshold such as 3";
            case ISOLATION_FOREST -> "a share such as 5% or 0.05";
        };
    }
}
