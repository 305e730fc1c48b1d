package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a sheet of an Excel workbook (.xlsx) into a {@link Dataset} through Apache POI's streaming
 * reader: the sheet's cells are parsed as they come ({@link XlsxSheetParser}) and go through the same
 * column rules as a CSV file ({@link TableBuilder}). The first sheet with data is read unless one is
 * named; the header row is found below any title rows ({@link SheetRows}); a header cell merged
 * across several columns names each of them ({@code Spend}, {@code Spend (2)}); hidden rows are read
 * and counted in a warning. The file is only opened for reading.
 */
public final class ExcelImporter {
    private ExcelImporter() {
    }

    /** True for a file name Segmenta reads as an Excel workbook. */
    public static boolean handles(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm");
    }

    /** The names of the workbook's worksheets, in their order. */
    public static List<String> sheets(Path file) {
        String shown = file.toAbsolutePath().normalize().toString();
        try (OPCPackage pkg = open(file, shown)) {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
            return names;
        } catch (IOException | OpenXML4JException e) {
            throw cannotRead(shown, e);
        }
    }

    /** The name of the first sheet with data, or null when none has any. */
    public static String firstSheetWithData(Path file) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        try (OPCPackage pkg = open(path, shown)) {
            Workbook book = new Workbook(pkg);
            int i = book.firstWithData();
            return i < 0 ? null : book.names.get(i);
        } catch (IOException | OpenXML4JException e) {
            throw cannotRead(shown, e);
        }
    }

    /** Reads the first sheet that has data. */
    public static Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        return read(file, null, progress, cancel);
    }

    /**
     * Reads sheet {@code sheet} (null: the first sheet with data).
     *
     * @throws SegmentaException naming the file (and the sheet) when it cannot be read or holds no table
     */
    public static Dataset read(Path file, String sheet, ProgressListener progress, CancellationToken cancel) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        try (OPCPackage pkg = open(path, shown)) {
            Workbook book = new Workbook(pkg);
            int index = sheet == null ? book.firstWithData() : book.names.indexOf(sheet);
            if (index < 0) {
                throw new SegmentaException(sheet == null
                        ? shown + " has no sheet with data. Open a workbook with a table on one of its sheets."
                        : shown + " has no sheet \"" + sheet + "\". Sheets: " + String.join(", ", book.names) + ".");
            }
            String sheetName = book.names.get(index);
            String fileName = path.getFileName().toString();
            String display = book.names.size() > 1 ? fileName + " [" + sheetName + "]" : fileName;
            return new SheetReader(book, index, display, shown + ", sheet \"" + sheetName + "\"")
                    .read(progress, cancel);
        } catch (IOException | OpenXML4JException e) {
            throw cannotRead(shown, e);
        }
    }

    private static OPCPackage open(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            throw new SegmentaException(Files.exists(file) ? shown + " is a folder, not an Excel file."
                    : "The file " + shown + " does not exist. Check the folder and the file name, then open it again.");
        }
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new SegmentaException(shown + " is not an Excel workbook (.xlsx) Segmenta can read: "
                    + e.getMessage() + ". Save it again from Excel as .xlsx, or as CSV.", e);
        }
    }

    private static SegmentaException cannotRead(String shown, Exception e) {
        return new SegmentaException("Could not read " + shown + ": " + e.getMessage() + ". Check that the file "
                + "is a complete .xlsx workbook, then open it again.", e);
    }

    /** The parts every sheet needs: shared strings, styles, the 1904 date system and sheet names. */
    static final class Workbook {
        final OPCPackage pkg;
        final XSSFReader reader;
        final ReadOnlySharedStringsTable strings;
        final StylesTable styles;
        final boolean date1904;
        final List<String> names = new ArrayList<>();

        Workbook(OPCPackage pkg) throws IOException, OpenXML4JException {
            this(pkg, sharedStrings(pkg));
        }

        private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg) throws IOException {
            try {
                return new ReadOnlySharedStringsTable(pkg, false);
            } catch (org.xml.sax.SAXException e) {
                throw new IOException("the shared strings are damaged: " + e.getMessage(), e);
            }
        }

        private Workbook(OPCPackage pkg, ReadOnlySharedStringsTable strings) throws IOException, OpenXML4JException {
            this.pkg = pkg;
            this.reader = new XSSFReader(pkg);
            this.strings = strings;
            this.styles = reader.getStylesTable();
            this.date1904 = date1904(reader);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                it.next().close();
                names.add(it.getSheetName());
            }
        }

        private static boolean date1904(XSSFReader reader) {
            try (InputStream in = reader.getWorkbookData()) {
                Document doc = DocumentHelper.readDocument(in);
                NodeList pr = doc.getElementsByTagNameNS("*", "workbookPr");
                if (pr.getLength() > 0) {
                    String v = ((Element) pr.item(0)).getAttribute("date1904");
                    return "1".equals(v) || "true".equals(v);
                }
            } catch (Exception e) {
                return false;
            }
            return false;
        }

        /** Parses sheet {@code index}, handing each row to {@code rows}. */
        XlsxSheetParser parse(int index, Consumer<SheetRows.Row> rows) throws IOException {
            XlsxSheetParser parser = new XlsxSheetParser(strings, styles, date1904, rows);
            try (InputStream in = sheet(index)) {
                parser.parse(in);
            }
            return parser;
        }

        private InputStream sheet(int index) throws IOException {
            try {
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
                for (int i = 0; it.hasNext(); i++) {
                    InputStream in = it.next();
                    if (i == index) {
                        return in;
                    }
                    in.close();
                }
            } catch (OpenXML4JException e) {
                throw new IOException(e.getMessage(), e);
            }
            throw new IOException("sheet " + (index + 1) + " is missing");
        }

        /** The first sheet with a table (at least two non-empty rows: a header and a row), or -1. */
        int firstWithData() throws IOException {
            for (int i = 0; i < names.size(); i++) {
                int[] rows = {0};
                try {
                    parse(i, r -> {
                        if (++rows[0] >= 2) {
                            throw new XlsxSheetParser.Stop();
                        }
                    });
                } catch (XlsxSheetParser.Stop found) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** Reads one sheet: the first rows to find the header, then the rest streamed. */
    private static final class SheetReader {
        private final Workbook book;
        private final int index;
        private final String display;
        private final String shown;

        SheetReader(Workbook book, int index, String display, String shown) {
            this.book = book;
            this.index = index;
            this.display = display;
            this.shown = shown;
        }

        Dataset read(ProgressListener progress, CancellationToken cancel) throws IOException {
            List<SheetRows.Row> head = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            State s = new State();
            XlsxSheetParser parser = book.parse(index, row -> {
                if (s.table == null) {
                    head.add(row);
                    if (head.size() >= SheetRows.LOOK_AHEAD) {
                        s.start(head, warnings);
                    }
                } else {
                    s.add(row, progress, cancel);
                }
            });
            if (s.table == null) {
                if (head.isEmpty()) {
                    throw new SegmentaException(shown + " is empty. Choose the sheet that holds the table.");
                }
                s.start(head, warnings);
            }
            if (s.table.rows() == 0) {
                throw new SegmentaException(shown + ", row " + s.headerRow + ": the sheet has a header row but no "
                        + "data rows below it. Choose the sheet that holds the customers.");
            }
            if (s.hidden > 0) {
                warnings.add(String.format(Locale.ROOT, "%,d %s hidden in Excel (first: row %d); %s read like "
                                + "every other row.", s.hidden, s.hidden == 1 ? "row is" : "rows are", s.firstHidden,
                        s.hidden == 1 ? "it is" : "they are"));
            }
            if (parser.errors() > 0) {
                warnings.add(String.format(Locale.ROOT, "%,d %s an Excel error value such as #DIV/0! or #N/A "
                                + "(first: row %d), read as missing.", parser.errors(),
                        parser.errors() == 1 ? "cell holds" : "cells hold", parser.firstError()));
            }
            if (parser.uncalculated() > 0) {
                warnings.add(String.format(Locale.ROOT, "%,d %s no saved value (first: row %d), read as "
                                + "missing: open the workbook in Excel, let it calculate, save it and open it again.",
                        parser.uncalculated(), parser.uncalculated() == 1 ? "formula has" : "formulas have",
                        parser.firstUncalculated()));
            }
            String[] names = s.header;
            Dataset data = s.table.build((until, sink) -> {
                int[] k = {0};
                try {
                    book.parse(index, row -> {
                        if (row.number() >= s.firstDataRow && k[0] < until) {
                            sink.row(k[0]++, SheetRows.slice(row, s.first, s.last));
                        } else if (k[0] >= until) {
                            throw new XlsxSheetParser.Stop();
                        }
                    });
                } catch (XlsxSheetParser.Stop done) {
                    // every row to recover was read
                }
            }, progress, cancel);
            return MergedHeader.apply(data, names, s.headerRow, s.first, parser.merged());
        }

        /** The table once its start is known. */
        private final class State {
            TableBuilder table;
            String[] header;
            long headerRow;
            long firstDataRow;
            int first;
            int last;
            int hidden;
            long firstHidden;

            void start(List<SheetRows.Row> head, List<String> warnings) {
                SheetRows.Start st = SheetRows.find(head);
                first = Math.max(0, st.firstColumn());
                last = Math.max(first, st.lastColumn());
                int width = last - first + 1;
                if (st.headerIndex() >= 0) {
                    SheetRows.Row h = head.get(st.headerIndex());
                    header = SheetRows.slice(h, first, last);
                    headerRow = h.number();
                    if (st.headerIndex() > 0) {
                        warnings.add(String.format(Locale.ROOT, "The header is row %d of the sheet; the %s above "
                                + "it (a title) %s skipped.", h.number(), st.headerIndex() == 1 ? "row" : "rows",
                                st.headerIndex() == 1 ? "was" : "were"));
                    }
                } else {
                    header = new String[width];
                    headerRow = 0;
                    warnings.add("No header row was recognised (the first row holds numbers or dates), so the "
                            + "columns are named Column 1 to Column " + width + ".");
                    String[] generated = ColumnNames.generated(width);
                    System.arraycopy(generated, 0, header, 0, width);
                }
                firstDataRow = st.dataIndex() < head.size() ? head.get(st.dataIndex()).number() : Long.MAX_VALUE;
                table = new TableBuilder(display, header, 1024, warnings);
                for (int i = st.dataIndex(); i < head.size(); i++) {
                    add(head.get(i), ProgressListener.NONE, CancellationToken.NONE);
                }
                head.clear();
            }

            void add(SheetRows.Row row, ProgressListener progress, CancellationToken cancel) {
                if (firstDataRow == Long.MAX_VALUE) {
                    firstDataRow = row.number();
                }
                if (row.hidden() && hidden++ == 0) {
                    firstHidden = row.number();
                }
                table.add(SheetRows.slice(row, first, last), row.number());
                table.tick(progress, cancel, -1);
            }
        }
    }
}
