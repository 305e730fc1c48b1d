package io.segmenta.core.data;

import java.io.IOException;

/** Receives the records of a CSV source one by one ({@link CsvImporter#forEachRecord}). */
@FunctionalInterface
public interface RecordConsumer {
    /**
     * @param row   0-based data row, the same index as in the {@link Dataset} read from the source
     * @param cells the fields exactly as read (not trimmed; the array is not reused, but do not keep it
     *              longer than needed)
     * @param line  1-based line of the file where the record starts
     * @throws IOException when the consumer cannot go on (e.g. writing fails); it reaches the caller of
     *                     {@code forEachRecord} wrapped in an {@link java.io.UncheckedIOException}
     */
    void accept(int row, String[] cells, long line) throws IOException;
}
