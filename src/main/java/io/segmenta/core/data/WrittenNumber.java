package io.segmenta.core.data;

import java.util.Currency;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one cell as a number written for people, both ways a decimal mark can go: with a decimal
 * point ({@code 1,234.56}) and with a decimal comma ({@code 1.234,56}). The column decides which
 * way holds for all its cells ({@link NumberStyle}); a cell only says which ways it can be read and
 * what it is worth each way.
 *
 * <p>Understood around the digits: a currency symbol ({@code $ € £ ¥ ₹ ...}, any Unicode currency
 * sign) or an ISO 4217 code ({@code USD}, {@code CHF}), before or after the number, with or without
 * a space; a percent sign after it ({@code 12%} is 12); a minus or plus sign before (also before
 * the currency: {@code -$5}), a trailing minus ({@code 12.50-}) or accounting brackets
 * ({@code (12.50)}) for negatives. Within the digits: thousands separators (comma, point, space,
 * no-break space U+00A0, narrow no-break space U+202F, thin space U+2009, apostrophe {@code '} or
 * {@code ’}) in groups of three after a first group of one to three digits, and one decimal mark.
 *
 * <p>Plain numbers take {@link NumberParser}'s fast path, so reading a table of plain numbers costs
 * what it did before. Zero-padded integers ({@code 0012}) and integers of more than
 * {@link ColumnBuilder#MAX_NUMERIC_INTEGER_DIGITS} digits are not numbers (they are codes), as before.
 * An instance keeps the last cell's results; it is not thread-safe.
 */
final class WrittenNumber {
    /** Kinds of thousands separator. */
    static final int NO_GROUPS = 0;
    static final int COMMA_GROUPS = 1;
    static final int POINT_GROUPS = 2;
    static final int SPACE_GROUPS = 3;
    static final int APOSTROPHE_GROUPS = 4;

    private static final Set<String> CODES = new HashSet<>();

    static {
        for (Currency c : Currency.getAvailableCurrencies()) {
            CODES.add(c.getCurrencyCode());
        }
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private final NumberParser parser = new NumberParser(false);

    // results of the last parse
    boolean point;          // readable with a decimal point
    boolean comma;          // readable with a decimal comma
    double pointValue;
    double commaValue;
    int pointGroups;        // thousands separator kind when read with a decimal point
    int commaGroups;
    boolean pointFraction;  // has digits after a decimal point
    boolean commaFraction;
    boolean plainInteger;   // written as a plain integer (42, -7): the same text comes back
    int integerDigits;
    // decorations, only for a cell that is not plain (read them through the methods, or after checking plain)
    private String currency;        // the currency sign or code, or null
    boolean currencyAfter;
    private boolean percent;
    boolean brackets;       // (12.50)
    boolean trailingMinus;  // 12.50-
    boolean zeroPadded;     // not a number because it is a zero-padded integer (0012): a code
    boolean plain;          // written plainly (NumberParser's grammar): no currency, percent, separators
    boolean sameEitherWay;  // plain without a decimal mark (42, -7, 1e5): changes nothing about a column's style

    /**
     * Parses {@code s[from, to)} (already trimmed).
     *
     * @return true when the cell is a number at least one way
     */
    boolean parse(CharSequence s, int from, int to) {
        if (parser.parse(s, from, to)) {
            plain = true;
            zeroPadded = false;
            return plainNumber(s, from, to);
        }
        plain = false;
        sameEitherWay = false;
        currency = null;
        currencyAfter = false;
        percent = false;
        brackets = false;
        trailingMinus = false;
        pointGroups = NO_GROUPS;
        commaGroups = NO_GROUPS;
        pointFraction = false;
        commaFraction = false;
        plainInteger = false;
        integerDigits = 0;
        zeroPadded = parser.zeroPadded();
        if (zeroPadded) {
            return point = comma = false; // 0012: a code
        }
        return decorated(s, from, to);
    }

    /**
     * A cell {@link NumberParser} reads: the same with either mark unless it is {@code 1.234}. Sets
     * every result but the decorations, which do not apply to a {@link #plain} cell.
     */
    private boolean plainNumber(CharSequence s, int from, int to) {
        plainInteger = parser.plainInteger();
        integerDigits = parser.integerDigits();
        pointGroups = NO_GROUPS;
        commaGroups = NO_GROUPS;
        commaFraction = false;
        int fraction = parser.fractionDigits();
        pointFraction = fraction > 0;
        if (plainInteger && integerDigits > ColumnBuilder.MAX_NUMERIC_INTEGER_DIGITS) {
            sameEitherWay = false;
            return point = comma = false;
        }
        point = true;
        double v = parser.value();
        pointValue = v;
        commaValue = v;
        int dot = parser.pointAt();
        if (dot < 0) {
            sameEitherWay = comma = true; // 42 and 1e5 read the same with either mark
            return true;
        }
        sameEitherWay = false;
        // 1.234 (a first group of 1-3 digits, then exactly three): also 1234 with thousands points
        int intFrom = s.charAt(from) == '-' || s.charAt(from) == '+' ? from + 1 : from;
        int first = dot - intFrom;
        comma = fraction == 3 && !parser.exponent() && first >= 1 && first <= 3 && s.charAt(intFrom) != '0';
        if (comma) {
            long n = 0;
            for (int i = intFrom; i < to; i++) {
                if (i != dot) {
                    n = n * 10 + (s.charAt(i) - '0');
                }
            }
            commaValue = s.charAt(from) == '-' ? -(double) n : n;
            commaGroups = POINT_GROUPS;
        }
        return true;
    }

    /** A cell with a currency, percent, brackets, a trailing minus, thousands separators or a decimal comma. */
    private boolean decorated(CharSequence s, int from, int to) {
        point = comma = false;
        int a = from;
        int b = to;
        boolean negative = false;
        boolean signed = false;
        // brackets around everything
        if (s.charAt(a) == '(' && b - a > 2 && s.charAt(b - 1) == ')') {
            brackets = true;
            negative = true;
            a = skipSpace(s, a + 1, b);
            b = skipSpaceBack(s, a, b - 1);
        }
        // before the digits: a sign and a currency, in either order, with optional spaces
        while (a < b && !isDigit(s.charAt(a))) {
            char c = s.charAt(a);
            if ((c == '-' || c == '+' || c == '\u2212') && !signed && !brackets) {
                signed = true;
                negative = c != '+';
                a++;
            } else if (currency == null && Character.getType(c) == Character.CURRENCY_SYMBOL) {
                currency = String.valueOf(c);
                a++;
            } else if (currency == null && isCode(s, a, b)) {
                currency = s.subSequence(a, a + 3).toString();
                a += 3;
            } else if (isSpace(c) && a > from) {
                a++;
            } else if ((c == '.' || c == ',') && a + 1 < b && isDigit(s.charAt(a + 1))) {
                break; // .5 or ,5
            } else {
                return false;
            }
        }
        // after the digits: a percent sign, a currency, a trailing minus, with optional spaces
        while (b > a && !isDigit(s.charAt(b - 1))) {
            char c = s.charAt(b - 1);
            if (c == '%' && !percent && currency == null) {
                percent = true;
                b--;
            } else if ((c == '-' || c == '\u2212') && !signed && !brackets && !trailingMinus) {
                trailingMinus = true;
                negative = true;
                b--;
            } else if (currency == null && !percent && Character.getType(c) == Character.CURRENCY_SYMBOL) {
                currency = String.valueOf(c);
                currencyAfter = true;
                b--;
            } else if (currency == null && !percent && b - 3 >= a && isCode(s, b - 3, b)) {
                currency = s.subSequence(b - 3, b).toString();
                currencyAfter = true;
                b -= 3;
            } else if (isSpace(c)) {
                b--;
            } else {
                return false;
            }
        }
        if (a >= b) {
            return false;
        }
        point = digits(s, a, b, '.', negative, true);
        comma = digits(s, a, b, ',', negative, false);
        return point || comma;
    }

    /**
     * Reads the digits {@code s[a, b)} with {@code mark} as the decimal mark and any other
     * separator as thousands separator, setting the value, groups and fraction for that mark.
     */
    private boolean digits(CharSequence s, int a, int b, char mark, boolean negative, boolean forPoint) {
        int groups = NO_GROUPS;
        int groupLength = -1; // digits in the current group; -1 before the first separator
        int firstGroup = 0;
        boolean firstZero = false;
        int markAt = -1;
        long mantissa = 0;
        int kept = 0;
        int exp = 0;
        int fraction = 0;
        int intDigits = 0;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                if (markAt < 0) {
                    if (intDigits == 0) {
                        firstZero = c == '0';
                    }
                    intDigits++;
                    if (groupLength >= 0) {
                        groupLength++;
                    } else {
                        firstGroup++;
                    }
                } else {
                    fraction++;
                }
                if (mantissa == 0 && c == '0') {
                    exp -= markAt >= 0 ? 1 : 0; // leading zeros carry no information
                } else if (kept < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    kept++;
                    exp -= markAt >= 0 ? 1 : 0;
                } else if (markAt < 0) {
                    exp++; // integer digits beyond 18: dropped, each a power of ten
                }
                continue;
            }
            if (c == mark) {
                if (markAt >= 0 || (groupLength >= 0 && groupLength != 3)) {
                    return false;
                }
                markAt = i;
                continue;
            }
            int kind = groupKind(c);
            if (kind == NO_GROUPS || markAt >= 0 || (groups != NO_GROUPS && groups != kind)) {
                return false;
            }
            if (groupLength < 0) {
                if (firstGroup < 1 || firstGroup > 3 || firstZero) {
                    return false;
                }
            } else if (groupLength != 3) {
                return false;
            }
            groups = kind;
            groupLength = 0;
        }
        if (groupLength >= 0 && groupLength != 3 && markAt < 0) {
            return false;
        }
        if (groupLength == 0 || (markAt >= 0 && fraction == 0 && markAt == b - 1)) {
            return false; // ends on a separator or a bare mark
        }
        if (groups == NO_GROUPS && intDigits > 1 && firstZero) {
            return false; // 0012,5: a code
        }
        if (intDigits + fraction == 0) {
            return false;
        }
        double v;
        if (mantissa == 0) {
            v = 0;
        } else if (mantissa <= (1L << 53) && exp >= -22 && exp <= 22) {
            v = exp >= 0 ? mantissa * POW10[exp] : mantissa / POW10[-exp];
        } else {
            v = Double.parseDouble(mantissa + "E" + exp);
        }
        v = negative ? -v : v;
        if (forPoint) {
            pointValue = v;
            pointGroups = groups;
            pointFraction = markAt >= 0;
        } else {
            commaValue = v;
            commaGroups = groups;
            commaFraction = markAt >= 0;
        }
        return true;
    }

    private static int groupKind(char c) {
        switch (c) {
            case ',':
                return COMMA_GROUPS;
            case '.':
                return POINT_GROUPS;
            case ' ':
            case '\u00A0':
            case '\u202F':
            case '\u2009':
                return SPACE_GROUPS;
            case '\'':
            case '\u2019':
                return APOSTROPHE_GROUPS;
            default:
                return NO_GROUPS;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** True for an ISO 4217 code at {@code s[i, i+3)} not followed or preceded by another letter. */
    private static boolean isCode(CharSequence s, int i, int end) {
        if (i + 3 > end) {
            return false;
        }
        for (int k = i; k < i + 3; k++) {
            char c = s.charAt(k);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        if ((i + 3 < end && Character.isLetter(s.charAt(i + 3))) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
            return false;
        }
        return CODES.contains(s.subSequence(i, i + 3).toString());
    }

    private static int skipSpace(CharSequence s, int a, int b) {
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        return a;
    }

    private static int skipSpaceBack(CharSequence s, int a, int b) {
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /** True when the last cell carried anything beyond digits, a sign and one decimal mark. */
    boolean decorated() {
        return !plain && (currency != null || percent || brackets || trailingMinus);
    }

    /** The last cell's currency sign or code, or null. */
    String currency() {
        return plain ? null : currency;
    }

    /** True when the last cell had a percent sign. */
    boolean percent() {
        return !plain && percent;
    }
}
