package io.segmenta.core.export;

import io.segmenta.core.SegmentaException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or not there: the content goes to a hidden
 * temporary file in the target's folder, is forced to disk, and is then moved over the target
 * (atomically where the file system allows). On any failure or cancellation the temporary file is
 * removed and an existing target is left unchanged. Every export of Segmenta writes through here.
 */
public final class AtomicFiles {
    /** Produces the file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code file}.
     *
     * @throws SegmentaException naming the file and what to do when the folder is missing or not
     *                           writable, the target is a folder, or the disk is full
     */
    public static void write(Path file, Content content) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new SegmentaException(target + " is a folder. Choose a file name, e.g. "
                    + target.resolve("export.csv") + ".");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SegmentaException("Cannot write " + target + ": the folder " + folder
                    + " does not exist. Choose an existing folder.");
        }
        Path temp = null;
        try {
            temp = createTemp(folder, target.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, target);
            temp = null;
        } catch (UncheckedIOException e) {
            throw cannotWrite(target, e.getCause());
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named after the target; nothing more to do
                }
            }
        }
    }

    /** A new hidden file next to the target, created with the folder's default permissions. */
    private static Path createTemp(Path folder, String name) throws IOException {
        while (true) {
            Path p = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(p);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static SegmentaException cannotWrite(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied; choose a folder you can write to";
        } else if (e instanceof NoSuchFileException) {
            reason = "the folder no longer exists; choose an existing folder";
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason() + "; check the folder and the free disk space";
        } else {
            reason = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    + "; check the folder and the free disk space";
        }
        return new SegmentaException("Could not write " + target + ": " + reason
                + ". Nothing was written (an existing file there is unchanged).", e);
    }
}
