package io.segmenta.core.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The window's reading of a column of written dates, for an engine that sees a column's cells one at a
 * time and the whole column only through aggregates (segmenta-spark). Three steps: every cell to its
 * {@link #parts} (or {@link #NOT_A_DATE}); over the column, the {@link #shape} of all cells (one shape, or
 * the column is not dates) and the largest {@link #first} and {@link #second} parts, which give the order
 * of day and month ({@link #monthFirst}); then each cell's {@link #dateTime}. The rules are the CSV
 * reader's ({@link DateParser}, {@code ColumnBuilder}): {@code yyyy-MM-dd}, {@code dd-MM-yyyy} or
 * {@code MM-dd-yyyy} with {@code -}, {@code /} or {@code .}, optionally a time of day; so a log read on
 * Spark has the dates the window reads from the same cells.
 */
public final class WrittenDates {
    /** The parts of a cell that is not a date of an accepted shape. */
    public static final long NOT_A_DATE = -1;
    private static final int SHAPE_SHIFT = 48;
    private static final long PACKED = (1L << SHAPE_SHIFT) - 1;
    private static final int SECONDS_PER_DAY = 86_400;
    private static final String SEPARATORS = "-/.";

    private WrittenDates() {
    }

    /**
     * A cell's parts: its shape (year first or last, separator) and the numbers it writes, in one
     * non-negative long; {@link #NOT_A_DATE} when the cell (trimmed) is not a date.
     */
    public static long parts(String cell) {
        DateParser p = new DateParser();
        String t = cell.trim(); // every char up to ' ' at either end, as the CSV reader trims
        if (!p.parse(t, 0, t.length())) {
            return NOT_A_DATE;
        }
        long shape = (p.yearFirst() ? 4 : 0) | SEPARATORS.indexOf(p.separator());
        return shape << SHAPE_SHIFT | p.packed();
    }

    /** The shape of a cell's parts: cells of one column are dates only when they all have the same shape. */
    public static int shape(long parts) {
        return (int) (parts >>> SHAPE_SHIFT);
    }

    /** The part before the second separator when the year comes last (day or month); 0 with the year first. */
    public static int first(long parts) {
        return yearFirst(parts) ? 0 : (int) ((parts & PACKED) / SECONDS_PER_DAY / 32 % 32);
    }

    /** The part after it (month or day) when the year comes last; 0 with the year first. */
    public static int second(long parts) {
        return yearFirst(parts) ? 0 : (int) ((parts & PACKED) / SECONDS_PER_DAY % 32);
    }

    /**
     * The order of day and month of a column whose cells have the shape of {@code parts} and whose
     * largest {@link #first} and {@link #second} parts are given: true month-first, false day-first, null
     * when no order reads every cell (a first part and a second part above 12), so the column is text.
     */
    public static Boolean monthFirst(long parts, int maxFirst, int maxSecond) {
        return DateParser.monthFirst(yearFirst(parts), separator(parts), maxFirst, maxSecond);
    }

    /** The window's warning for such a column when its dates read either way, else null. */
    public static String ambiguity(String column, long parts, int maxFirst, int maxSecond) {
        Boolean order = monthFirst(parts, maxFirst, maxSecond);
        if (order == null) {
            return null;
        }
        return DateParser.ambiguity(column, yearFirst(parts), maxFirst, maxSecond,
                DateParser.datePart(yearFirst(parts), separator(parts), order));
    }

    /** The date and time of day a cell's parts write in the column's order; null for a day the month lacks. */
    public static LocalDateTime dateTime(long parts, boolean monthFirst) {
        long s = DateParser.epochSecond(parts & PACKED, monthFirst);
        return s == DateParser.INVALID ? null : LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    }

    private static boolean yearFirst(long parts) {
        return (shape(parts) & 4) != 0;
    }

    private static char separator(long parts) {
        return SEPARATORS.charAt(shape(parts) & 3);
    }
}
