package io.segmenta.ui.data;

import io.segmenta.core.data.DatabaseImporter;
import io.segmenta.core.data.DatabaseQuery;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.ExcelImporter;
import io.segmenta.core.data.JdbcDrivers;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the Data step gets tables from: files (CSV, Excel, Parquet), database queries and the
 * built-in sample. The window uses the core importers; every call blocks and runs on the worker thread.
 */
public interface DatasetSource {
    /** Reads a file; a {@link io.segmenta.core.SegmentaException} names what is wrong and where. */
    Dataset read(Path file, ProgressListener progress, CancellationToken cancel);

    /** The sheets of an Excel workbook, in order; empty for every other file. */
    default List<String> sheets(Path file) {
        return ExcelImporter.handles(file) ? ExcelImporter.sheets(file) : List.of();
    }

    /** The sheet of an Excel workbook read when none is chosen: the first with data. */
    default String firstSheetWithData(Path file) {
        return ExcelImporter.firstSheetWithData(file);
    }

    /** Reads sheet {@code sheet} of an Excel workbook. */
    default Dataset read(Path file, String sheet, ProgressListener progress, CancellationToken cancel) {
        return ExcelImporter.read(file, sheet, progress, cancel);
    }

    /** Runs a database query, reading at most {@code maxRows} rows (0: all); the caller clears the password. */
    default Dataset query(DatabaseQuery query, char[] password, int maxRows, ProgressListener progress,
                          CancellationToken cancel) {
        return DatabaseImporter.read(query, password, drivers(), maxRows, progress, cancel);
    }

    /** The JDBC drivers queries use: Segmenta's own and the drivers folder's, read again when its jars change. */
    default JdbcDrivers drivers() {
        return JdbcDrivers.installed();
    }

    /** The built-in sample table. */
    Dataset sample();
}
