package io.segmenta.core.rfm;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a customer table as CSV (comma-separated, UTF-8, atomically), never over the log it was made from. */
public final class CustomerTableCsv {
    private CustomerTableCsv() {
    }

    /**
     * Writes {@code table} to {@code out}.
     *
     * @param log the file the table was made from, or null; {@code out} may not be that file
     */
    public static void write(CustomerTable table, Path log, Path out, ProgressListener progress,
                             CancellationToken cancel) {
        Path target = out.toAbsolutePath().normalize();
        if (log != null && sameFile(log.toAbsolutePath().normalize(), target)) {
            throw new SegmentaException("Segmenta never overwrites the file it read: " + target + " is the transaction "
                    + "log the customer table was made from. Choose another file name, e.g. "
                    + target.resolveSibling(table.table().name()) + ".");
        }
        SegmentedCsvWriter.write(table.table(), List.of(), target, progress, cancel);
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
