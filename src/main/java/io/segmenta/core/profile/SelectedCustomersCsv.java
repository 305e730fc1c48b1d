package io.segmenta.core.profile;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.CsvCells;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chosen set of customers (e.g. the ones selected in a chart) as CSV: their rows of the
 * table, every column as the table shows it, followed by "Segment" (1..k) and "Segment name". Cells
 * pass through {@link CsvCells#neutralise}; the file is written to a temporary file in the target
 * folder and moved into place, so a failure never leaves half a file.
 */
public final class SelectedCustomersCsv {
    private static final int PROGRESS_EVERY = 4096;

    private SelectedCustomersCsv() {
    }

    /**
     * @param rows         dataset row indices to write, in the order given
     * @param segmentOfRow per dataset row its 0-based segment, -1 when in none
     * @param names        segment names by segment id
     */
    public static void write(Dataset data, int[] rows, int[] segmentOfRow, List<String> names, Path out,
                             ProgressListener progress, CancellationToken cancel) {
        Path target = out.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new SegmentaException("Cannot write " + target + ": the folder " + folder
                    + " does not exist. Choose an existing folder.");
        }
        data.source().map(s -> s.path()).filter(p -> p != null && p.toAbsolutePath().normalize().equals(target))
                .ifPresent(p -> {
                    throw new SegmentaException("Segmenta never overwrites the file it read: " + target
                            + " is the input file of this table. Choose another file name.");
                });
        int width = data.columnCount();
        List<String> header = new ArrayList<>(data.columnNames());
        header.add(unique("Segment", header));
        header.add(unique("Segment name", header));
        Path temp = null;
        try {
            temp = newHiddenFile(folder, target.getFileName().toString());
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8), 1 << 16);
                 CSVWriter csv = new CSVWriter(writer, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                         ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n")) {
                String[] line = new String[width + 2];
                for (int j = 0; j < header.size(); j++) {
                    line[j] = CsvCells.neutralise(header.get(j));
                }
                csv.writeNext(line, false);
                for (int i = 0; i < rows.length; i++) {
                    int r = rows[i];
                    for (int j = 0; j < width; j++) {
                        line[j] = CsvCells.neutralise(data.column(j).format(r));
                    }
                    int s = segmentOfRow[r];
                    line[width] = s < 0 ? "" : Integer.toString(s + 1);
                    line[width + 1] = s < 0 || s >= names.size() ? "" : CsvCells.neutralise(names.get(s));
                    csv.writeNext(line, false);
                    if ((i + 1) % PROGRESS_EVERY == 0) {
                        cancel.throwIfCancelled();
                        progress.progress((double) (i + 1) / rows.length,
                                String.format(Locale.ROOT, "Writing customer %,d of %,d", i + 1, rows.length));
                    }
                }
                if (csv.checkError()) {
                    throw csv.getException();
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new SegmentaException("Could not write " + target + ": " + e.getMessage()
                    + ". Check that the folder is writable and that there is free space.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // hidden and named after the target; nothing more to do
                }
            }
        }
    }

    private static String unique(String name, List<String> used) {
        String n = name;
        int k = 2;
        while (used.contains(n)) {
            n = name + " (" + k++ + ")";
        }
        return n;
    }

    /**
     * A new empty hidden file next to the target, with the default permissions of new files (a
     * temporary file from {@code Files.createTempFile} would be readable by its owner only, and so
     * would the export after the move).
     */
    static Path newHiddenFile(Path folder, String name) throws IOException {
        while (true) {
            Path p = folder.resolve("." + name + "." + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current()
                    .nextLong()) + ".tmp");
            try {
                return Files.createFile(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }
}
