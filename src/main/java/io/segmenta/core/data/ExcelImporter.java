package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a sheet of an Excel workbook into a {@link Dataset} with Apache POI: .xlsx and .xlsm through
 * POI's streaming reader ({@link XlsxBook}: the sheet's cells are parsed as they come), Excel 97-2003
 * .xls through POI's HSSF ({@link XlsBook}; such a sheet has at most 65,536 rows). The cells go
 * through the same column rules as a CSV file ({@link TableBuilder}). The first sheet with a table is
 * read unless one is named; the header row is found below any title rows ({@link SheetRows}); a
 * header cell merged across several columns names each of them ({@code Spend}, {@code Spend (2)});
 * hidden rows are read and counted in a warning ({@link SheetReader}). The file is only opened for
 * reading.
 */
public final class ExcelImporter {
    private ExcelImporter() {
    }

    /** True for a file name Segmenta reads as an Excel workbook. */
    public static boolean handles(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /** The names of the workbook's worksheets, in their order. */
    public static List<String> sheets(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try (Opened o = open(path)) {
            return List.copyOf(o.book.names());
        } catch (IOException e) {
            throw cannotRead(path.toString(), e);
        }
    }

    /** The name of the first sheet with a table (a header and a row), or null when none has one. */
    public static String firstSheetWithData(Path file) {
        Path path = file.toAbsolutePath().normalize();
        try (Opened o = open(path)) {
            int i = o.book.firstWithData();
            return i < 0 ? null : o.book.names().get(i);
        } catch (IOException e) {
            throw cannotRead(path.toString(), e);
        }
    }

    /** Reads the first sheet with a table. */
    public static Dataset read(Path file, ProgressListener progress, CancellationToken cancel) {
        return read(file, null, progress, cancel);
    }

    /**
     * Reads sheet {@code sheet} (null: the first sheet with a table).
     *
     * @throws SegmentaException naming the file (and the sheet) when it cannot be read or holds no table
     */
    public static Dataset read(Path file, String sheet, ProgressListener progress, CancellationToken cancel) {
        Path path = file.toAbsolutePath().normalize();
        String shown = path.toString();
        try (Opened o = open(path)) {
            List<String> names = o.book.names();
            int index = sheet == null ? o.book.firstWithData() : names.indexOf(sheet);
            if (index < 0) {
                throw new SegmentaException(sheet == null
                        ? shown + " has no sheet with a table (a header row and rows below it). Open a workbook "
                                + "with the customers on one of its sheets."
                        : shown + " has no sheet \"" + sheet + "\". Sheets: " + String.join(", ", names) + ".");
            }
            String sheetName = names.get(index);
            String fileName = path.getFileName().toString();
            String display = names.size() > 1 ? fileName + " [" + sheetName + "]" : fileName;
            return new SheetReader(o.book, index, display, shown + ", sheet \"" + sheetName + "\"")
                    .read(progress, cancel);
        } catch (IOException e) {
            throw cannotRead(shown, e);
        }
    }

    /** An open workbook and what to close after it. */
    private record Opened(SheetBook book, Closeable closer) implements Closeable {
        @Override
        public void close() throws IOException {
            closer.close();
        }
    }

    private static Opened open(Path file) throws IOException {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new SegmentaException(Files.exists(file) ? shown + " is a folder, not an Excel file."
                    : "The file " + shown + " does not exist. Check the folder and the file name, then open it again.");
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xls")) {
            try {
                POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
                return new Opened(new XlsBook(wb), () -> {
                    wb.close();
                    fs.close();
                });
            } catch (IOException | RuntimeException e) {
                throw new SegmentaException(shown + " is not an Excel 97-2003 workbook (.xls) Segmenta can read: "
                        + e.getMessage() + ". Save it again from Excel as .xlsx, or as CSV.", e);
            }
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new SegmentaException(shown + " is not an Excel workbook (.xlsx) Segmenta can read: "
                    + e.getMessage() + ". Save it again from Excel as .xlsx, or as CSV.", e);
        }
        try {
            return new Opened(new XlsxBook(pkg), pkg::revert);
        } catch (OpenXML4JException | IOException | RuntimeException e) {
            pkg.revert();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static SegmentaException cannotRead(String shown, Exception e) {
        return new SegmentaException("Could not read " + shown + ": " + e.getMessage() + ". Check that the file "
                + "is a complete Excel workbook, then open it again.", e);
    }
}
