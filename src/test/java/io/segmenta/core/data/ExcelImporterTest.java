package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written with POI the way a CRM export looks: an empty first sheet, then a sheet with a
 * title above the header, a header cell merged over two columns, dates, formulas with their saved
 * values, a hidden row and an error value; a third sheet to choose by name.
 */
class ExcelImporterTest {
    @TempDir
    static Path dir;
    static Path book;

    @BeforeAll
    static void write() throws Exception {
        book = dir.resolve("crm export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            wb.createSheet("Notes");
            Sheet s = wb.createSheet("Customers");
            CreationHelper help = wb.getCreationHelper();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(help.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle stamp = wb.createCellStyle();
            stamp.setDataFormat(help.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            s.createRow(0).createCell(0).setCellValue("Customers, March 2024");
            Row h = s.createRow(2);
            String[] header = {"Customer ID", "Signed up", "Last visit", "Spend", "", "Total", "Region"};
            for (int j = 0; j < header.length; j++) {
                h.createCell(j).setCellValue(header[j]);
            }
            s.addMergedRegion(new CellRangeAddress(2, 2, 3, 4));
            String[] regions = {"North", "South", "East"};
            for (int i = 0; i < 30; i++) {
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue(String.format("C-%03d", i + 1));
                r.createCell(1).setCellValue(LocalDate.of(2023, 1 + i % 12, 1 + i));
                r.getCell(1).setCellStyle(date);
                r.createCell(2).setCellValue(LocalDateTime.of(2024, 3, 1 + i % 28, 9 + i % 8, 30));
                r.getCell(2).setCellStyle(stamp);
                r.createCell(3).setCellValue(10.5 * (i + 1));
                r.createCell(4).setCellValue(i % 7);
                r.createCell(5).setCellFormula("D" + (4 + i) + "+E" + (4 + i));
                if (i == 4) {
                    r.createCell(6).setCellFormula("1/0");
                } else {
                    r.createCell(6).setCellValue(regions[i % 3]);
                }
                if (i == 7 || i == 8) {
                    r.setZeroHeight(true);
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet other = wb.createSheet("Other");
            other.createRow(0).createCell(0).setCellValue("x");
            other.createRow(1).createCell(0).setCellValue(1);
            other.createRow(2).createCell(0).setCellValue(2);
            wb.write(out);
        }
    }

    @Test
    void listsTheSheets() {
        assertEquals(List.of("Notes", "Customers", "Other"), ExcelImporter.sheets(book));
    }

    @Test
    void readsTheFirstSheetWithDataBelowItsTitle() {
        Dataset d = ExcelImporter.read(book, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals("crm export.xlsx [Customers]", d.name());
        assertEquals(List.of("Customer ID", "Signed up", "Last visit", "Spend", "Spend (2)", "Total", "Region"),
                d.columnNames());
        assertEquals(30, d.rowCount());
        assertEquals(ColumnType.IDENTIFIER, d.column("Customer ID").type());
        assertEquals(ColumnType.DATE, d.column("Signed up").type());
        assertEquals(LocalDateTime.of(2023, 1, 1, 0, 0), ((DateColumn) d.column("Signed up")).get(0));
        assertEquals(ColumnType.DATE, d.column("Last visit").type());
        assertEquals(LocalDateTime.of(2024, 3, 2, 10, 30), ((DateColumn) d.column("Last visit")).get(1));
        assertEquals(ColumnType.NUMERIC, d.column("Total").type());
        NumericColumn total = (NumericColumn) d.column("Total");
        for (int i = 0; i < 30; i++) {
            assertEquals(10.5 * (i + 1) + i % 7, total.get(i), 1e-12, "the formula's saved value, row " + i);
        }
        assertEquals(ColumnType.CATEGORICAL, d.column("Region").type());
        assertTrue(d.column("Region").isMissing(4), "#DIV/0! is missing");
        String all = String.join("\n", d.warnings());
        assertTrue(all.contains("The header is row 3 of the sheet; the row above it (a title) was skipped."), all);
        assertTrue(all.contains("2 rows are hidden in Excel (first: row 11); they are read like every other row."),
                all);
        assertTrue(all.contains("1 cell holds an Excel error value such as #DIV/0! or #N/A (first: row 8)"), all);
        assertTrue(all.contains("\"Spend\" (Spend, Spend (2))"), all);
        assertTrue(!all.contains("no name in the header row"), all);
    }

    @Test
    void readsASheetByName() {
        Dataset d = ExcelImporter.read(book, "Other", ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(List.of("x"), d.columnNames());
        assertEquals(2, d.rowCount());
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> ExcelImporter.read(book, "Missing", ProgressListener.NONE, CancellationToken.NONE));
        assertTrue(e.getMessage().contains("has no sheet \"Missing\". Sheets: Notes, Customers, Other."), e.getMessage());
    }

    @Test
    void numbersTypedAsTextForPeopleAreReadAsInACsv() throws Exception {
        Path typed = dir.resolve("typed amounts.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(typed)) {
            Sheet s = wb.createSheet("Amounts");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Customer");
            h.createCell(1).setCellValue("Balance");
            h.createCell(2).setCellValue("Discount");
            String[][] rows = {{"A", "$1,234.50", "12%"}, {"B", "($12.00)", "5%"}, {"C", "$980.25", "0%"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(1 + i);
                for (int j = 0; j < 3; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            wb.write(out);
        }
        Dataset d = Importers.read(typed);
        NumericColumn balance = (NumericColumn) d.column("Balance");
        assertEquals(1234.5, balance.get(0), 1e-12);
        assertEquals(-12.0, balance.get(1), 1e-12);
        assertTrue(d.numberRule("Balance").isPresent(), "the Data step and inspect say how Balance was read");
        assertEquals(12.0, ((NumericColumn) d.column("Discount")).get(0), 1e-12);
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamedSo() throws Exception {
        Path fake = dir.resolve("fake.xlsx");
        Files.writeString(fake, "CustomerID,Age\n1,2\n");
        SegmentaException e = assertThrows(SegmentaException.class, () -> Importers.read(fake));
        assertTrue(e.getMessage().startsWith(fake + " is not an Excel workbook (.xlsx)"), e.getMessage());
        assertEquals("CustomerID,Age\n1,2\n", Files.readString(fake), "the file is unchanged");
    }

    @Test
    void anOldXlsWorkbookIsReadLikeAnXlsx() throws Exception {
        Path xls = dir.resolve("old export.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Empty");
            Sheet s = wb.createSheet("Customers");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("Old system");
            Row h = s.createRow(1);
            String[] header = {"Customer ID", "Joined", "Spend", "", "Total"};
            for (int j = 0; j < header.length; j++) {
                h.createCell(j).setCellValue(header[j]);
            }
            s.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
            for (int i = 0; i < 12; i++) {
                Row r = s.createRow(2 + i);
                r.createCell(0).setCellValue(String.format("K%02d", i));
                r.createCell(1).setCellValue(LocalDate.of(2022, 1 + i, 13));
                r.getCell(1).setCellStyle(date);
                r.createCell(2).setCellValue(i * 2.5);
                r.createCell(3).setCellValue(i);
                r.createCell(4).setCellFormula("C" + (3 + i) + "+D" + (3 + i));
            }
            s.getRow(5).setZeroHeight(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        byte[] before = Files.readAllBytes(xls);
        assertEquals(List.of("Empty", "Customers"), ExcelImporter.sheets(xls));
        Dataset d = Importers.read(xls);
        assertEquals("old export.xls [Customers]", d.name());
        assertEquals(List.of("Customer ID", "Joined", "Spend", "Spend (2)", "Total"), d.columnNames());
        assertEquals(12, d.rowCount());
        assertEquals(ColumnType.DATE, d.column("Joined").type());
        assertEquals(LocalDateTime.of(2022, 3, 13, 0, 0), ((DateColumn) d.column("Joined")).get(2));
        assertEquals(3 * 2.5 + 3, ((NumericColumn) d.column("Total")).get(3));
        assertTrue(d.warnings().contains("1 row is hidden in Excel (first: row 6); it is read like every other row."),
                d.warnings().toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(xls)), "the workbook is unchanged");
    }
}
