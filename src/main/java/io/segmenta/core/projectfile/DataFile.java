package io.segmenta.core.projectfile;

import io.segmenta.core.SegmentaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A project's data file as it is now against what the project recorded: its size and SHA-256. The
 * file is only read, never written.
 */
public final class DataFile {
    /** What became of the data file since the project was saved. */
    public enum Status {
        /** Same size and SHA-256. */
        SAME,
        /** There, but its content differs. */
        CHANGED,
        /** Not there (moved, renamed or deleted). */
        MISSING
    }

    /**
     * A file's size and content hash.
     *
     * @param size   bytes
     * @param sha256 lower-case hex
     */
    public record Fingerprint(long size, String sha256) {
    }

    private DataFile() {
    }

    /**
     * The size and SHA-256 of {@code file}.
     *
     * @throws SegmentaException naming the file when it cannot be read
     */
    public static Fingerprint fingerprint(Path file) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new SegmentaException("Could not read " + file + " to check it: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
        }
        return new Fingerprint(size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Whether the data file of {@code source} is still there with the recorded content; SAME when it has none. */
    public static Status check(TableSource source) {
        Path file = source.dataFile();
        if (file == null) {
            return Status.SAME;
        }
        if (!Files.isRegularFile(file)) {
            return Status.MISSING;
        }
        TableSource recorded = fileSource(source);
        if (recorded.sha256() == null) {
            return Status.SAME;
        }
        Fingerprint now = fingerprint(file);
        return now.size() == recorded.size() && now.sha256().equals(recorded.sha256()) ? Status.SAME : Status.CHANGED;
    }

    /** The file part of a source (a customer table's log's). */
    static TableSource fileSource(TableSource source) {
        return source.kind() == TableSource.Kind.CUSTOMER_TABLE ? fileSource(source.log()) : source;
    }
}
