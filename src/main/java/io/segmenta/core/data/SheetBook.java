package io.segmenta.core.data;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;

/** A workbook whose sheets are read row by row: .xlsx ({@link XlsxBook}) or Excel 97-2003 .xls ({@link XlsBook}). */
interface SheetBook {
    /** What reading a sheet found besides its rows; the readers add to it as they go. */
    final class Stats {
        private final List<CellRangeAddress> merged;
        private int errors;
        private long firstError;
        private int uncalculated;
        private long firstUncalculated;

        Stats(List<CellRangeAddress> merged) {
            this.merged = merged;
        }

        /** Counts a cell holding an error value (#DIV/0!, #N/A...) on row {@code row}. */
        void error(long row) {
            if (errors++ == 0) {
                firstError = row;
            }
        }

        /** Counts a formula saved without a value (the file was never calculated) on row {@code row}. */
        void uncalculated(long row) {
            if (uncalculated++ == 0) {
                firstUncalculated = row;
            }
        }

        /** Merged cell ranges (a sheet may list them after its cells). */
        List<CellRangeAddress> merged() {
            return merged;
        }

        /** Cells holding an error value, read as missing, and the first row with one. */
        int errors() {
            return errors;
        }

        long firstError() {
            return firstError;
        }

        /** Formulas saved without a value, read as missing, and the first row with one. */
        int uncalculated() {
            return uncalculated;
        }

        long firstUncalculated() {
            return firstUncalculated;
        }
    }

    /** The sheet names, in order. */
    List<String> names();

    /** Reads sheet {@code index}, handing each row with a cell to {@code rows}. */
    Stats parse(int index, Consumer<SheetRows.Row> rows) throws IOException;

    /** The first sheet with a table (at least two non-empty rows: a header and a row), or -1. */
    default int firstWithData() throws IOException {
        for (int i = 0; i < names().size(); i++) {
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
