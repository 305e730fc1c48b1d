package io.segmenta.core.data;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a {@link Dataset} was read from and how, so the same records can be streamed again (the
 * segmented CSV export copies every input row and cell unchanged, re-reading the source rather
 * than re-formatting parsed values). Exactly one of {@code path} and {@code resource} is set.
 *
 * @param displayName file name shown to the user (e.g. {@code Mall_Customers.csv})
 * @param path        file on disk, or null for a classpath resource
 * @param resource    classpath resource name (the built-in sample), or null for a file
 * @param charset     character set of the file (a UTF-8 byte-order mark is skipped on reading)
 * @param delimiter   field separator that was detected: one of {@code , ; \t |}
 * @param header      true when the first record holds the column names
 */
public record CsvSource(String displayName, Path path, String resource, Charset charset, char delimiter,
                        boolean header) {
    public CsvSource {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(charset, "charset");
        if ((path == null) == (resource == null)) {
            throw new IllegalArgumentException("exactly one of path and resource must be set");
        }
    }

    /** A short description for messages: the file path, or "the built-in sample". */
    public String describe() {
        return path != null ? path.toString() : "the built-in sample (" + displayName + ")";
    }
}
