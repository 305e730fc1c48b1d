package io.segmenta.core.export;

/**
 * Cell rules for CSV files Segmenta writes. A spreadsheet opening the file treats a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return in front
 * of one) as a formula, which a hostile input file can use to run commands ("CSV injection").
 * {@link #neutralise} puts an apostrophe in front of such cells, which spreadsheets show as text;
 * plain numbers such as {@code -5} or {@code +3.2} are left alone.
 */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The cell made safe to open in a spreadsheet: {@code '} + cell when it starts with
     * {@code = + - @}, TAB or CR and is not a plain number; otherwise the cell unchanged (null stays null).
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') {
            return cell;
        }
        return isPlainNumber(cell) ? cell : "'" + cell;
    }

    /**
     * True for a number written plainly: optional sign, digits with at most one decimal point or
     * decimal comma, optional exponent ({@code -5}, {@code +3.2}, {@code -1,5}, {@code 2e-3}).
     * Nothing else, not even surrounding spaces.
     */
    public static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }
}
