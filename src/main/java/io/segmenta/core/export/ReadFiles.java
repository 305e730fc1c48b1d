package io.segmenta.core.export;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvSource;
import io.segmenta.core.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files a table was read from, which no export of it may overwrite: the table's own source
 * file and, for a table made in memory from another file (a customer table from its transaction
 * log, {@link Dataset#madeFrom}), that file. Every export that writes a file for a table checks its
 * target here before writing anything.
 */
public final class ReadFiles {
    private ReadFiles() {
    }

    /**
     * Refuses {@code target} when it is a file {@code data} was read or made from.
     *
     * @throws SegmentaException naming the file and what it is, before anything is written
     */
    public static void refuse(Dataset data, Path target) {
        Path out = target.toAbsolutePath().normalize();
        Path source = data.source().map(CsvSource::path).orElse(null);
        if (source != null && same(source.toAbsolutePath().normalize(), out)) {
            throw new SegmentaException("Segmenta never overwrites the file it read: " + out + " is the input "
                    + "file of this table. Choose another file name for the export.");
        }
        Path madeFrom = data.madeFrom().orElse(null);
        if (madeFrom != null && same(madeFrom, out)) {
            throw new SegmentaException("Segmenta never overwrites the file it read: " + out + " is the file "
                    + data.name() + " was made from. Choose another file name for the export.");
        }
    }

    private static boolean same(Path input, Path target) {
        if (input.equals(target)) {
            return true;
        }
        try {
            return Files.exists(input) && Files.exists(target) && Files.isSameFile(input, target);
        } catch (IOException e) {
            return false;
        }
    }
}
