package io.segmenta.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SafeCsvWriter writes the bytes OpenCSV's CSVWriter wrote with the settings Segmenta used (quote
 * only where needed, quotes doubled, {@code \n} line ends, UTF-8 through an OutputStreamWriter), for
 * awkward cells and for random ones; the text reads back as the neutralised cells.
 */
class SafeCsvWriterTest {
    private static final List<String[]> AWKWARD = List.of(
            new String[] {"plain", "with,comma", "with \"quotes\"", "line\nbreak", "carriage\rreturn", ""},
            new String[] {null, "=1+2", "-5", "@SUM(A1)", "+cmd", "\t=x"},
            new String[] {"Müller", "1.234,56 €", "東京", "emoji \uD83D\uDE00", "lone \uD800 surrogate", "semi;colon"},
            new String[] {"\"", "\"\"", ",", "a\r\nb", " spaced ", "'quoted'"});

    private static byte[] ours(List<String[]> rows, char delimiter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SafeCsvWriter w = new SafeCsvWriter(out, delimiter);
        w.writeRows(rows);
        w.finish();
        return out.toByteArray();
    }

    private static byte[] openCsv(List<String[]> rows, char delimiter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVWriter csv = new CSVWriter(writer, delimiter, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
        for (String[] row : rows) {
            String[] safe = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                safe[i] = CsvCells.neutralise(row[i]);
            }
            csv.writeNext(safe, false);
        }
        csv.flush();
        return out.toByteArray();
    }

    @Test
    void awkwardCellsComeOutAsOpenCsvWroteThemWithCommaAndSemicolon() throws Exception {
        for (char d : new char[] {',', ';', '\t'}) {
            assertEquals(new String(openCsv(AWKWARD, d), StandardCharsets.UTF_8),
                    new String(ours(AWKWARD, d), StandardCharsets.UTF_8), "delimiter " + (int) d);
            assertArrayEquals(openCsv(AWKWARD, d), ours(AWKWARD, d));
        }
        String text = new String(ours(AWKWARD, ','), StandardCharsets.UTF_8);
        assertEquals("plain,\"with,comma\",\"with \"\"quotes\"\"\",\"line\nbreak\",\"carriage\rreturn\",\n",
                text.substring(0, text.indexOf(",\n") + 2));
    }

    @Test
    void randomCellsLongerThanTheBufferMatchOpenCsvAndReadBack() throws Exception {
        Random random = new Random(14);
        String alphabet = "ab,;\"\n\r=+-@' 0123456789.éü€東\uD83D\uDE00";
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 3000; r++) {
            String[] row = new String[1 + random.nextInt(8)];
            for (int i = 0; i < row.length; i++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(r == 1500 ? 70_000 : 30);
                while (b.length() < len) {
                    int at = random.nextInt(alphabet.length() - 1);
                    b.append(Character.isHighSurrogate(alphabet.charAt(at)) ? alphabet.substring(at, at + 2)
                            : Character.isLowSurrogate(alphabet.charAt(at)) ? "x" : alphabet.substring(at, at + 1));
                }
                row[i] = b.toString();
            }
            rows.add(row);
        }
        byte[] written = ours(rows, ',');
        assertArrayEquals(openCsv(rows, ','), written);
        try (CSVReader back = new CSVReaderBuilder(new StringReader(new String(written, StandardCharsets.UTF_8)))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            for (String[] row : rows) {
                String[] read = back.readNext();
                assertEquals(row.length, read.length);
                for (int i = 0; i < row.length; i++) {
                    assertEquals(lines(CsvCells.neutralise(row[i])), lines(read[i]), "the reader's line ends");
                }
            }
        }
    }

    @Test
    void theSameCellObjectsRepeatedOnEveryRowComeOutAsOpenCsvWroteThem() throws Exception {
        // an appended column repeats a few String objects (segment names, warnings); the writer encodes them once
        String[] repeated = {"Low income, \"low\" spending", "=SUM(A1) is not a formula here", "Müller-Lüdenscheidt €",
                "plain but long enough", "x".repeat(5000), "short"};
        Random random = new Random(15);
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r < 20_000; r++) {
            rows.add(new String[] {Integer.toString(r), repeated[random.nextInt(repeated.length)],
                    repeated[random.nextInt(repeated.length)], new String(repeated[0])});
        }
        for (char d : new char[] {',', ';'}) {
            assertArrayEquals(openCsv(rows, d), ours(rows, d), "delimiter " + d);
        }
    }

    /** OpenCSV's reader hands back a CR inside a quoted cell as a line break. */
    private static String lines(String cell) {
        return cell.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Test
    void aWriteErrorIsKeptAndThrownAtTheEnd() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        SafeCsvWriter w = new SafeCsvWriter(full, ',');
        for (int r = 0; r < 10_000; r++) {
            w.writeRow(new String[] {"a row long enough", "to fill the buffer"});
        }
        IOException e = assertThrows(IOException.class, w::finish);
        assertEquals("No space left on device", e.getMessage());
    }
}
