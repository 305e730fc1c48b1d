package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * How one column writes its numbers, learnt from all its cells ({@link WrittenNumber} reads each
 * cell both ways). A column is read one way, never cell by cell: with a decimal point or with a
 * decimal comma, one kind of thousands separator, at most one currency, and either a currency or
 * percent signs. Each cell keeps the ways that fit it and the column before it; a cell that fits
 * none does not fit the column (it makes the column text, with the usual warning naming its line).
 *
 * <p>When the column's cells fit both ways to the end, the values may still be the same either way
 * ({@code 1 234}, {@code 42}); where they differ ({@code 1,234} is 1234 or 1.234) the file's
 * decimal mark decides ({@link DecimalMark}) and a warning says so.
 */
final class NumberStyle {
    static final int POINT = 1;
    static final int COMMA = 2;
    static final int BOTH = POINT | COMMA;

    private int ways = BOTH;
    private int pointGroups = WrittenNumber.NO_GROUPS;
    private int commaGroups = WrittenNumber.NO_GROUPS;
    private boolean pointFraction;
    private boolean commaFraction;
    private String currency;
    private boolean currencyBefore;
    private boolean currencyAfter;
    private boolean percent;
    private boolean brackets;
    private boolean trailingMinus;
    private boolean decorated;
    /** The first cell whose value differs between the two ways (for the warning), or null. */
    private String ambiguousExample;
    private double ambiguousPoint;
    private double ambiguousComma;

    /** The ways the column can still be read: {@link #POINT}, {@link #COMMA} or {@link #BOTH}. */
    int ways() {
        return ways;
    }

    /**
     * The ways the column can be read once {@code n} (just parsed) is added, or 0 when {@code n}
     * does not fit; does not change the style (see {@link #add}).
     */
    int fit(WrittenNumber n) {
        int w = 0;
        if (n.point && fits(pointGroups, n.pointGroups)) {
            w |= POINT;
        }
        if (n.comma && fits(commaGroups, n.commaGroups)) {
            w |= COMMA;
        }
        w &= ways;
        if (w == 0 || n.plain) {
            return w;
        }
        String c = n.currency();
        if ((c != null && currency != null && !currency.equals(c)) || (c != null && percent)
                || (n.percent() && currency != null)) {
            return 0;
        }
        return w;
    }

    private static boolean fits(int seen, int cell) {
        return seen == WrittenNumber.NO_GROUPS || cell == WrittenNumber.NO_GROUPS || seen == cell;
    }

    /** Adds a cell that {@link #fit} (with the result {@code w}); {@code cell} is its text. */
    void add(WrittenNumber n, int w, CharSequence cell, int from, int to) {
        if ((w & POINT) != 0) {
            pointGroups = Math.max(pointGroups, n.pointGroups);
            pointFraction |= n.pointFraction;
        }
        if ((w & COMMA) != 0) {
            commaGroups = Math.max(commaGroups, n.commaGroups);
            commaFraction |= n.commaFraction;
        }
        if (w == BOTH && ambiguousExample == null && n.pointValue != n.commaValue) {
            ambiguousExample = cell.subSequence(from, to).toString();
            ambiguousPoint = n.pointValue;
            ambiguousComma = n.commaValue;
        }
        ways = w;
        if (n.plain) {
            return;
        }
        if (n.currency() != null) {
            currency = n.currency();
            currencyBefore |= !n.currencyAfter;
            currencyAfter |= n.currencyAfter;
        }
        percent |= n.percent();
        brackets |= n.brackets;
        trailingMinus |= n.trailingMinus;
        decorated |= n.decorated();
    }

    /**
     * True when the column reads with a decimal point only and has had decimals: then a plain cell
     * ({@link WrittenNumber#plain}) fits and changes nothing, so the caller may skip {@link #fit}.
     */
    boolean plainPointSettled() {
        return ways == POINT && pointFraction;
    }

    /** True when some cell of the column reads differently with a decimal point and with a decimal comma. */
    boolean ambiguous() {
        return ways == BOTH && ambiguousExample != null;
    }

    /**
     * What this column says about the file's decimal mark: {@link #POINT} or {@link #COMMA} when it
     * can only be read one way and has decimals that way, else 0.
     */
    int evidence() {
        if (ways == POINT && pointFraction) {
            return POINT;
        }
        if (ways == COMMA && commaFraction) {
            return COMMA;
        }
        return 0;
    }

    /** Settles a column still readable both ways on {@code way}. */
    void settle(int way) {
        if (ways == BOTH) {
            ways = way;
        }
    }

    /**
     * The warning for an {@link #ambiguous} column read with {@code mark}, e.g. {@code Column "Spend":
     * 1,234 could be 1234 or 1.234 and no cell of the column decides; read with a decimal point (1234),
     * as the file's other numbers use decimal points.}
     */
    String ambiguityWarning(String column, DecimalMark mark, String reason) {
        boolean comma = mark == DecimalMark.COMMA;
        String p = NumericColumn.formatNumber(ambiguousPoint);
        String c = NumericColumn.formatNumber(ambiguousComma);
        return "Column \"" + column + "\": " + ambiguousExample + " could be " + p + " or " + c
                + " and no cell of the column decides; read with a decimal " + (comma ? "comma" : "point") + " ("
                + ambiguousExample + " is " + (comma ? c : p) + "), " + reason + ".";
    }

    /**
     * How the column's numbers are written, in words, once settled: e.g. {@code numbers with $ and
     * thousands commas}, {@code percentages with decimal commas (12% is read as 12)}; null for plain
     * numbers with a decimal point.
     */
    String describe() {
        boolean comma = ways == COMMA;
        int groups = comma ? commaGroups : pointGroups;
        boolean fraction = comma ? commaFraction : pointFraction;
        List<String> parts = new ArrayList<>();
        if (currency != null) {
            parts.add(currency + (currencyAfter && !currencyBefore ? " after the number" : ""));
        }
        switch (groups) {
            case WrittenNumber.COMMA_GROUPS -> parts.add("thousands commas");
            case WrittenNumber.POINT_GROUPS -> parts.add("thousands points");
            case WrittenNumber.SPACE_GROUPS -> parts.add("thousands spaces");
            case WrittenNumber.APOSTROPHE_GROUPS -> parts.add("thousands apostrophes");
            default -> {
            }
        }
        if (comma && fraction) {
            parts.add("decimal commas");
        }
        if (brackets) {
            parts.add("negatives in brackets");
        }
        if (trailingMinus) {
            parts.add("a trailing minus for negatives");
        }
        if (parts.isEmpty() && !percent) {
            return null;
        }
        StringBuilder b = new StringBuilder(percent ? "percentages" : "numbers");
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? " with " : i == parts.size() - 1 ? " and " : ", ").append(parts.get(i));
        }
        if (percent) {
            b.append(" (12% is read as 12)");
        }
        return b.toString();
    }

    /** True when a cell carried a currency, percent sign, brackets or trailing minus. */
    boolean decorated() {
        return decorated;
    }
}
