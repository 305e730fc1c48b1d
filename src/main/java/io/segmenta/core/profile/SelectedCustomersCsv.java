package io.segmenta.core.profile;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.export.CsvCells;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.export.SafeCsvWriter;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Writes a chosen set of customers (e.g. the ones selected in a chart) as CSV: their rows of the
 * table, every column as the table shows it, followed by "Segment" (1..k) and "Segment name". Cells
 * pass through {@link CsvCells#neutralise} (by {@link SafeCsvWriter}); the file is written through {@link AtomicFiles}, so a
 * failure or a cancel never leaves half a file.
 */
public final class SelectedCustomersCsv {
    private static final int PROGRESS_EVERY = 4096;

    private SelectedCustomersCsv() {
    }

    /**
     * @param rows          dataset row indices to write, in the order given
     * @param segmentNumber the "Segment" cell of a dataset row ("" when in none)
     * @param segmentName   the "Segment name" cell of a dataset row
     */
    public static void write(Dataset data, int[] rows, IntFunction<String> segmentNumber,
                             IntFunction<String> segmentName, Path out, ProgressListener progress,
                             CancellationToken cancel) {
        Path target = out.toAbsolutePath().normalize();
        ReadFiles.refuse(data, target);
        int width = data.columnCount();
        List<String> header = new ArrayList<>(data.columnNames());
        header.add(unique("Segment", header));
        header.add(unique("Segment name", header));
        AtomicFiles.write(target, stream -> {
            SafeCsvWriter csv = new SafeCsvWriter(stream, ',');
            String[] line = new String[width + 2];
            for (int j = 0; j < header.size(); j++) {
                line[j] = header.get(j);
            }
            csv.writeRow(line);
            for (int i = 0; i < rows.length; i++) {
                int r = rows[i];
                for (int j = 0; j < width; j++) {
                    line[j] = data.column(j).format(r);
                }
                line[width] = nullToEmpty(segmentNumber.apply(r));
                line[width + 1] = nullToEmpty(segmentName.apply(r));
                csv.writeRow(line);
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.progress((double) (i + 1) / rows.length,
                            String.format(Locale.ROOT, "Writing customer %,d of %,d", i + 1, rows.length));
                }
            }
            csv.finish();
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String unique(String name, List<String> used) {
        String n = name;
        int k = 2;
        while (used.contains(n)) {
            n = name + " (" + k++ + ")";
        }
        return n;
    }
}
