package io.segmenta.core.export;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CSV writer of every file Segmenta exports, set up in one place: UTF-8, OpenCSV with RFC 4180
 * quoting (a quote inside a quoted cell doubled, cells quoted only where needed), {@code \n} line
 * ends, and every cell neutralised against formula injection ({@link CsvCells#neutralise}).
 */
public final class SafeCsvWriter {
    private final Writer writer;
    private final CSVWriter csv;
    private String[] line = new String[0];

    /** A writer onto {@code stream} (not closed here) with {@code delimiter} between cells. */
    public SafeCsvWriter(OutputStream stream, char delimiter) {
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.csv = new CSVWriter(writer, delimiter, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
    }

    /** Writes one row, each cell neutralised ({@code cells} itself is left as it is). */
    public void writeRow(String[] cells) {
        if (line.length != cells.length) {
            line = new String[cells.length];
        }
        for (int i = 0; i < cells.length; i++) {
            line[i] = CsvCells.neutralise(cells[i]);
        }
        csv.writeNext(line, false);
    }

    /** Writes the rows in order. */
    public void writeRows(List<String[]> rows) {
        rows.forEach(this::writeRow);
    }

    /** Throws the first write error so far (a full disk), if any. */
    public void checkError() throws IOException {
        if (csv.checkError()) {
            throw csv.getException();
        }
    }

    /** Flushes everything to the stream; throws the first write error, if any. */
    public void finish() throws IOException {
        csv.flush();
        writer.flush();
        checkError();
    }
}
