package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97-2003 workbook (.xls) read with POI's HSSF, which holds the whole file in memory (such a
 * workbook has at most 65,536 rows a sheet): the same cells as an .xlsx gives ({@link XlsxSheetParser}):
 * dates as dates, formulas as their saved values, error values as missing, hidden rows flagged.
 */
final class XlsBook implements SheetBook {
    private final HSSFWorkbook workbook;

    XlsBook(HSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public Stats parse(int index, Consumer<SheetRows.Row> rows) {
        Sheet sheet = workbook.getSheetAt(index);
        Stats counts = new Stats(sheet.getMergedRegions());
        SheetRows.Builder b = new SheetRows.Builder();
        for (Row row : sheet) {
            boolean any = false;
            long number = row.getRowNum() + 1L;
            for (Cell cell : row) {
                String v = value(cell, cell.getCellType(), counts, number);
                if (v != null && !v.isBlank()) {
                    b.set(cell.getColumnIndex(), v, isText(cell));
                    any = true;
                }
            }
            SheetRows.Row built = b.build(number, row.getZeroHeight());
            if (any) {
                rows.accept(built);
            }
        }
        return counts;
    }

    private static boolean isText(Cell cell) {
        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return t == CellType.STRING;
    }

    private static String value(Cell cell, CellType type, Stats counts, long row) {
        switch (type) {
            case STRING:
                return cell.getStringCellValue();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return TableBuilder.date(cell.getLocalDateTimeCellValue(), true);
                }
                return TableBuilder.number(cell.getNumericCellValue());
            case FORMULA:
                return value(cell, cell.getCachedFormulaResultType(), counts, row);
            case ERROR:
                counts.error(row);
                return null;
            default:
                return null;
        }
    }
}
