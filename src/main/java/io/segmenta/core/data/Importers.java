package io.segmenta.core.data;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * The one import path for files: chooses the reader by the file name's extension (.xlsx, .xls, .parquet,
 * otherwise CSV) and returns the same {@link Dataset} every step and command works on. The window,
 * the command line and the model's batch prediction all read files through here.
 */
public final class Importers {
    /** Extensions (without the dot) of the files Segmenta opens, CSV first. */
    public static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt", "xlsx", "xlsm", "xls", "parquet");

    private Importers() {
    }

    /** Reads a CSV, Excel (first sheet with data) or Parquet file. */
    public static Dataset read(Path file) {
        return read(file, ProgressListener.NONE, CancellationToken.NONE);
    }

    /** Reads a CSV, Excel (first sheet with data) or Parquet file, with progress and cancellation. */
    public static Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        if (ExcelImporter.handles(file)) {
            return ExcelImporter.read(file, progress, cancel);
        }
        if (ParquetImporter.handles(file)) {
            return ParquetImporter.read(file, progress, cancel);
        }
        return CsvImporter.read(file, progress, cancel);
    }

    /**
     * Reads a file as {@link #read(Path, ProgressListener, CancellationToken)} does; for a CSV file its
     * records are kept as well ({@link CsvImporter#readKeepingRecords}), for the other formats they are null
     * (their cells are written from the columns).
     */
    public static CsvImporter.WithRecords readKeepingRecords(Path file, ProgressListener progress,
                                                             CancellationToken cancel) {
        if (ExcelImporter.handles(file) || ParquetImporter.handles(file)) {
            return new CsvImporter.WithRecords(read(file, progress, cancel), null);
        }
        return CsvImporter.readKeepingRecords(file, progress, cancel);
    }
}
