package io.segmenta.serve;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.model.SegmentModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The model being served, and the file it came from. {@link #poll} looks at the file's size,
 * modification time and identity; when they change it reads the file through the core's
 * {@link ModelFile#read}, and a valid model replaces the served one in one step (a request uses the
 * model it started with to the end). An invalid or half-written file is refused with a log line and
 * the old model keeps serving; it is read again when it changes again.
 */
final class ModelWatcher {
    /** The served model with the file state it was read from. */
    record Loaded(SegmentModel model, String stamp, long generation) {
    }

    private final Path file;
    private final ServerLog log;
    private volatile Loaded current;
    /** The state of the file last looked at (a refused file is not read again until it changes). */
    private String seen;

    /**
     * Reads the model file.
     *
     * @throws SegmentaException when it cannot be read or is no usable model (the server does not start)
     */
    ModelWatcher(Path file, ServerLog log) {
        this.file = file.toAbsolutePath().normalize();
        this.log = log;
        String stamp = stamp();
        current = new Loaded(ModelFile.read(this.file), stamp, 1);
        seen = stamp;
    }

    Path file() {
        return file;
    }

    /** The model to use for one request: read once, used to the end of it. */
    Loaded current() {
        return current;
    }

    /** Looks at the file once; reloads it when it changed. Called by one thread at a time. */
    synchronized void poll() {
        String stamp = stamp();
        if (stamp == null || Objects.equals(stamp, seen)) {
            return;
        }
        seen = stamp;
        try {
            SegmentModel m = ModelFile.read(file);
            Loaded old = current;
            current = new Loaded(m, stamp, old.generation() + 1);
            log.event("Model reloaded from " + file + ": " + m.algorithm().label() + ", k = " + m.k() + ", trained on "
                    + m.training().table() + ".");
        } catch (SegmentaException e) {
            log.event("Model file changed but was refused, the previous model keeps serving: " + e.getMessage());
        }
    }

    /** Size, modification time and file key; null when the file cannot be looked at (e.g. during a move). */
    private String stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "/" + a.lastModifiedTime() + "/" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
