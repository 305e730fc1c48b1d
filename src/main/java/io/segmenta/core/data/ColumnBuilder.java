package io.segmenta.core.data;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Collects one column during import and infers its type. A column starts in the most specific
 * mode its first present cell allows (number, then date, then text) and keeps its cells in a
 * primitive array ({@code double[]}, or packed date parts in a {@code long[]}); only text columns
 * hold strings ({@link TextCells}).
 *
 * <p>When a later cell does not fit (text in a numeric column) the column drops to text from that
 * row on, and the texts of the earlier rows are recovered by a second read of the file
 * ({@link #recoverBelow()}, {@link #recover}); this keeps a million-row numeric column at 8 MB
 * instead of a million strings.
 *
 * <p>Numbers may be written for people ({@link WrittenNumber}); the column keeps the ways all its
 * cells so far can be read ({@link NumberStyle}: decimal point or comma, one thousands separator, one
 * currency or percent signs), and a cell that fits none of them makes it text. While two ways give
 * different values ({@code 1,234}) both are kept, until a cell or the file's decimal mark decides.
 *
 * <p>Rules, in order, once all cells are in: numbers stay {@link ColumnType#NUMERIC} unless the
 * column holds integers and is id-named ({@code CustomerID}, {@code InvoiceNo}), code-named or a run
 * of row numbers, in which case it is judged as text; dates of one shape are
 * {@link ColumnType#DATE}; text is typed by {@link TextCells} (identifier, categories or free text).
 */
final class ColumnBuilder {
    enum Mode { PENDING, NUMERIC, DATE, TEXT }

    /** A unique run of consecutive integers is only taken for row numbers in columns this long. */
    static final int MIN_ROWS_FOR_ROW_NUMBERS = 10;
    /** Integers with more significant digits than this do not fit a double exactly: they are codes. */
    static final int MAX_NUMERIC_INTEGER_DIGITS = 15;

    private final String name;
    private Mode mode = Mode.PENDING;
    private int rows;
    private int capacity;

    private double[] nums;
    /** While the column reads two ways and some cell differs: the values the other way ({@link NumberStyle}). */
    private double[] alt;
    /** True when {@link #nums} holds the values read with a decimal comma. */
    private boolean numsComma;
    private final NumberStyle style = new NumberStyle();
    /** {@link NumberStyle#plainPointSettled()}, kept up to date: plain cells then take the fast path. */
    private boolean plainPoint;
    private String numberRule;
    private boolean allPlainIntegers = true;

    private long[] dates;
    private boolean dateYearFirst;
    private char dateSeparator;
    private int maxFirst;
    private int maxSecond;
    private boolean anyTime;
    private boolean anySeconds;
    private char timeSeparator = ' ';
    private String datePattern;

    /** The cells of a text column, null in the other modes. */
    private TextCells text;
    private int recoverBelow;

    // a numeric column that turned to text: how many cells were numbers, and the first that were not
    private boolean fromNumbers;
    private final Misfits misfits = new Misfits();
    private String notNumeric;

    /**
     * @param name     the column name (used for the identifier rules and in warnings)
     * @param capacity expected number of rows (arrays grow beyond it when needed)
     */
    ColumnBuilder(String name, int capacity) {
        this.name = name;
        this.capacity = Math.max(16, capacity);
    }

    String name() {
        return name;
    }

    Mode mode() {
        return mode;
    }

    int rows() {
        return rows;
    }

    /** Adds the next row's cell (raw, untrimmed), found on file line {@code line}. */
    void add(CharSequence cell, WrittenNumber numbers, DateParser dateParser, long line) {
        int r = rows++;
        int from = 0;
        int to = cell.length();
        while (from < to && cell.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && cell.charAt(to - 1) <= ' ') {
            to--;
        }
        boolean missing = MissingValues.isMissing(cell, from, to);
        switch (mode) {
            case PENDING:
                if (!missing) {
                    start(r, cell, from, to, numbers, dateParser);
                }
                return;
            case NUMERIC:
                ensure(r);
                if (missing) {
                    nums[r] = Double.NaN;
                    if (alt != null) {
                        alt[r] = Double.NaN;
                    }
                } else if (numbers.parse(cell, from, to) && (numbers.sameEitherWay || (plainPoint && numbers.plain))) {
                    // a plain cell that changes nothing about the column's style (the common case): just store it
                    nums[r] = numbers.pointValue;
                    if (alt != null) {
                        alt[r] = numbers.pointValue;
                    }
                    allPlainIntegers &= numbers.plainInteger;
                    misfits.number();
                } else if (putParsedNumber(r, cell, from, to, numbers)) {
                    misfits.number();
                } else {
                    switchToText(r);
                    fromNumbers = true;
                    String t = trimmed(cell, from, to);
                    misfits.misfit(t, line, numbers.point || numbers.comma);
                    putText(r, t);
                }
                return;
            case DATE:
                ensure(r);
                if (missing) {
                    dates[r] = DateColumn.MISSING;
                } else if (dateParser.parse(cell, from, to) && dateParser.yearFirst() == dateYearFirst
                        && dateParser.separator() == dateSeparator) {
                    putDate(r, dateParser);
                } else {
                    switchToText(r);
                    putText(r, trimmed(cell, from, to));
                }
                return;
            default:
                ensure(r);
                if (!missing) {
                    if (!fromNumbers && text.putPacked(r, cell, from, to)) {
                        return;
                    }
                    String t = trimmed(cell, from, to);
                    if (fromNumbers) {
                        if (numbers.parse(cell, from, to)) {
                            misfits.number();
                        } else {
                            misfits.misfit(t, line, false);
                        }
                        if (misfits.count() > Misfits.CHECKED && !misfits.mostlyNumbers()) {
                            fromNumbers = false; // a text column that happened to start with numbers: stop checking
                        }
                    }
                    putText(r, t);
                }
        }
    }

    private void start(int r, CharSequence cell, int from, int to, WrittenNumber numbers, DateParser dateParser) {
        if (numbers.parse(cell, from, to)) {
            mode = Mode.NUMERIC;
            nums = new double[lengthFor(r)];
            Arrays.fill(nums, 0, r, Double.NaN);
            putNumber(r, cell, from, to, numbers);
            misfits.number();
        } else if (dateParser.parse(cell, from, to)) {
            mode = Mode.DATE;
            dates = new long[lengthFor(r)];
            Arrays.fill(dates, 0, r, DateColumn.MISSING);
            dateYearFirst = dateParser.yearFirst();
            dateSeparator = dateParser.separator();
            putDate(r, dateParser);
        } else {
            mode = Mode.TEXT;
            text = new TextCells(lengthFor(r), 16);
            putText(r, trimmed(cell, from, to));
        }
    }

    /**
     * Puts the cell's number at row {@code r} when it is written the column's way
     * ({@link NumberStyle#fit}); false (nothing stored) when it is not a number or not written so.
     */
    private boolean putNumber(int r, CharSequence cell, int from, int to, WrittenNumber numbers) {
        return numbers.parse(cell, from, to) && putParsedNumber(r, cell, from, to, numbers);
    }

    /** {@link #putNumber} for a cell {@code numbers} has just parsed. */
    private boolean putParsedNumber(int r, CharSequence cell, int from, int to, WrittenNumber numbers) {
        if (!numbers.point && !numbers.comma) {
            return false;
        }
        int was = style.ways();
        int w = style.fit(numbers);
        if (w == 0) {
            return false;
        }
        style.add(numbers, w, cell, from, to);
        plainPoint = style.plainPointSettled();
        if (w != was) {
            boolean keepComma = w == NumberStyle.COMMA;
            if (w != NumberStyle.BOTH && keepComma != numsComma) {
                if (alt != null) {
                    nums = alt; // the other way's values were kept: they are the column's now
                }
                numsComma = keepComma;
            }
            alt = null;
        }
        double main = numsComma ? numbers.commaValue : numbers.pointValue;
        nums[r] = main;
        if (w == NumberStyle.BOTH) {
            double other = numsComma ? numbers.pointValue : numbers.commaValue;
            if (alt == null && Double.doubleToLongBits(other) != Double.doubleToLongBits(main)) {
                alt = new double[nums.length];
                System.arraycopy(nums, 0, alt, 0, r);
            }
            if (alt != null) {
                alt[r] = other;
            }
        }
        allPlainIntegers &= numbers.plainInteger;
        return true;
    }

    private void putDate(int r, DateParser p) {
        dates[r] = p.packed();
        if (!dateYearFirst) {
            maxFirst = Math.max(maxFirst, p.first());
            maxSecond = Math.max(maxSecond, p.second());
        }
        if (p.hasTime()) {
            if (!anyTime) {
                timeSeparator = p.timeSeparator();
            }
            anyTime = true;
            anySeconds |= p.hasSeconds();
        }
    }

    private static String trimmed(CharSequence cell, int from, int to) {
        return cell instanceof String && from == 0 && to == cell.length() ? (String) cell
                : cell.subSequence(from, to).toString();
    }

    private void putText(int r, String t) {
        text.put(r, t, recoverBelow == 0 && !fromNumbers);
    }

    /** Drops a numeric or date column to text from row {@code r}; earlier texts need recovery. */
    private void switchToText(int r) {
        text = new TextCells(lengthFor(r), 16);
        recoverBelow = r;
        nums = null;
        alt = null;
        dates = null;
        mode = Mode.TEXT;
    }

    /** The array length for a column that starts holding values at row {@code r}. */
    private int lengthFor(int r) {
        capacity = Math.max(capacity, r + 1);
        return capacity;
    }

    private void ensure(int r) {
        if (r < capacity) {
            return;
        }
        int grown = (int) Math.min(Integer.MAX_VALUE - 16L, Math.max(r + 1L, capacity + (capacity >> 1) + 16L));
        capacity = grown;
        if (nums != null) {
            nums = Arrays.copyOf(nums, grown);
        }
        if (alt != null) {
            alt = Arrays.copyOf(alt, grown);
        }
        if (dates != null) {
            dates = Arrays.copyOf(dates, grown);
        }
        if (text != null) {
            text.grow(grown);
        }
    }

    /**
     * What this column says about the file's decimal mark ({@link NumberStyle#evidence}): 0 unless it
     * is a column of numbers that can only be read one way and has decimals.
     */
    int decimalEvidence() {
        return mode == Mode.NUMERIC ? style.evidence() : 0;
    }

    /**
     * Settles what the first read cannot: numbers that read two ways take the file's decimal mark
     * (with a warning where their values differ), integer columns that are identifiers become text
     * (from the numbers when they were written plainly, otherwise recovered from the file), and date
     * columns get their day/month order, or drop to text when a date does not exist.
     *
     * @param warnings where to note guesses the user should know about
     * @param mark     the file's decimal mark, for columns whose cells do not decide
     * @param reason   why it is the file's mark, e.g. "as the file's other numbers use decimal points"
     */
    void settle(List<String> warnings, DecimalMark mark, String reason) {
        if (mode == Mode.NUMERIC) {
            settleNumbers(warnings, mark, reason);
        }
        if (mode == Mode.NUMERIC && allIntegral()
                && (ColumnNames.isIdName(name) || ColumnNames.isCodeName(name) || isRowNumbers())) {
            numberRule = null;
            if (allPlainIntegers) {
                // identifiers: mostly distinct
                text = new TextCells(lengthFor(rows - 1), Math.min(rows, TextCells.DICT_LIMIT + 1) * 4 / 3 + 1);
                double[] v = nums;
                mode = Mode.TEXT;
                nums = null;
                for (int i = 0; i < rows; i++) {
                    if (!Double.isNaN(v[i])) {
                        putText(i, NumericColumn.formatNumber(v[i]));
                    }
                }
            } else {
                switchToText(rows);
            }
        } else if (mode == Mode.DATE) {
            settleDates(warnings);
        }
    }

    private void settleNumbers(List<String> warnings, DecimalMark mark, String reason) {
        if (style.ways() == NumberStyle.BOTH) {
            boolean comma = mark == DecimalMark.COMMA;
            if (style.ambiguous()) {
                warnings.add(style.ambiguityWarning(name, mark, reason));
            }
            if (comma != numsComma && alt != null) {
                nums = alt;
            }
            numsComma = comma;
            style.settle(comma ? NumberStyle.COMMA : NumberStyle.POINT);
        }
        alt = null;
        numberRule = style.describe();
    }

    private boolean allIntegral() {
        for (int i = 0; i < rows; i++) {
            double v = nums[i];
            if (v != Math.rint(v) && !Double.isNaN(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How the column's numbers are written, in words ({@code numbers with $ and thousands commas}),
     * after {@link #settle}; null for plain numbers and for columns that are not numeric.
     */
    String numberRule() {
        return mode == Mode.NUMERIC ? numberRule : null;
    }

    /** True for a column of consecutive integers, each once, no gaps or blanks: row numbers. */
    private boolean isRowNumbers() {
        if (rows < MIN_ROWS_FOR_ROW_NUMBERS) {
            return false;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            double v = nums[i];
            if (Double.isNaN(v)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min + 1 != rows) {
            return false;
        }
        BitSet seen = new BitSet(rows);
        for (int i = 0; i < rows; i++) {
            int k = (int) (nums[i] - min);
            if (seen.get(k)) {
                return false;
            }
            seen.set(k);
        }
        return true;
    }

    private void settleDates(List<String> warnings) {
        Boolean order = DateParser.monthFirst(dateYearFirst, dateSeparator, maxFirst, maxSecond);
        if (order == null) {
            switchToText(rows);
            return;
        }
        boolean monthFirst = order;
        String datePart = DateParser.datePart(dateYearFirst, dateSeparator, monthFirst);
        String ambiguity = DateParser.ambiguity(name, dateYearFirst, maxFirst, maxSecond, datePart);
        if (ambiguity != null) {
            warnings.add(ambiguity);
        }
        long[] d = dates;
        for (int i = 0; i < rows; i++) {
            long p = d[i];
            if (p != DateColumn.MISSING) {
                long s = DateParser.epochSecond(p, monthFirst);
                if (s == DateParser.INVALID) {
                    switchToText(rows);
                    return;
                }
                d[i] = s;
            }
        }
        datePattern = anyTime
                ? datePart + (timeSeparator == 'T' ? "'T'" : " ") + "HH:mm" + (anySeconds ? ":ss" : "")
                : datePart;
    }

    /** Rows below this index need their text read again ({@link #recover}); 0 when none. */
    int recoverBelow() {
        return mode == Mode.TEXT ? recoverBelow : 0;
    }

    /** Sets the text of a row below {@link #recoverBelow()} from a second read of the file. */
    void recover(int row, String cell) {
        int from = 0;
        int to = cell.length();
        while (from < to && cell.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && cell.charAt(to - 1) <= ' ') {
            to--;
        }
        if (!MissingValues.isMissing(cell, from, to)) {
            putText(row, trimmed(cell, from, to));
        }
    }

    /** Builds the column (after {@link #settle} and any recovery). */
    Column build(List<String> warnings) {
        switch (mode) {
            case NUMERIC:
                return new NumericColumn(name, fit(nums));
            case DATE:
                return new DateColumn(name, fit(dates), datePattern, anyTime);
            case PENDING:
                warnings.add("Column \"" + name + "\" is empty in every row.");
                return new TextColumn(name, ColumnType.TEXT, new String[rows]);
            default:
                // numbers with a few stray texts, in a column not named as an id or code (where "C574507" among
                // invoice numbers is a normal code): text or categories with a warning, never a silent identifier
                boolean typos = fromNumbers && misfits.worthSaying() && !ColumnNames.isIdName(name)
                        && !ColumnNames.isCodeName(name);
                Column c = text.build(name, rows, !typos);
                text = null;
                if (typos) {
                    notNumeric = misfits.inWords();
                    boolean one = misfits.count() == 1;
                    warnings.add("Column \"" + name + "\" is read as " + readAs(c.type()) + ", not as numbers: "
                            + notNumeric + ". If it holds numbers, correct " + (one ? "that cell" : "those cells")
                            + " or leave " + (one ? "it" : "them") + " empty (a missing value), then open the file "
                            + "again.");
                }
                return c;
        }
    }

    /**
     * Why a column of numbers was read as text, e.g. {@code 1 of its 200 values is not a number
     * (line 43: "abc")}; null when it was not (or was never numbers). Set by {@link #build}.
     */
    String notNumeric() {
        return notNumeric;
    }

    private static String readAs(ColumnType type) {
        return type == ColumnType.CATEGORICAL ? "categories" : "text";
    }

    private double[] fit(double[] a) {
        return a.length == rows ? a : Arrays.copyOf(a, rows);
    }

    private long[] fit(long[] a) {
        return a.length == rows ? a : Arrays.copyOf(a, rows);
    }
}
