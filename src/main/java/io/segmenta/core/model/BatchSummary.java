package io.segmenta.core.model;

import java.nio.file.Path;
import java.util.List;

/**
 * What a batch prediction did.
 *
 * @param input    the table read (never changed): the file's absolute path, or the query's table name
 * @param inputName the file's name, or the query's table name
 * @param output   the file written
 * @param rows     rows of the table
 * @param assigned rows placed in a segment
 * @param noise    rows labelled noise (DBSCAN)
 * @param failed   rows that got no segment (see {@link #errors})
 * @param warned   rows with a warning (unlike the training customers, a filled-in value ...)
 * @param counts   customers per segment, segment 0 first
 * @param errors   the first {@link BatchPredictor#ERRORS_LISTED} failed rows with their file line and reason
 * @param notes    what the user should know about the table as a whole
 * @param millis   time taken, reading and writing included
 */
public record BatchSummary(String input, String inputName, Path output, int rows, int assigned, int noise, int failed, int warned,
                           int[] counts, List<RowError> errors, List<String> notes, long millis) {
    public BatchSummary {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** Rows per second over the whole run. */
    public double rowsPerSecond() {
        return millis == 0 ? Double.NaN : rows * 1000.0 / millis;
    }
}
