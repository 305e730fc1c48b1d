package io.segmenta.core.data;

/**
 * Parses the numbers found in CSV cells without exceptions and without allocating in the common
 * case: an optional sign, digits, an optional decimal point (or decimal comma, for files separated
 * by something other than a comma) and an optional exponent ({@code -12}, {@code 3.5}, {@code .5},
 * {@code 1e-3}). Plain decimals with at most 18 significant digits and a small exponent are
 * computed exactly (Clinger's fast path: both operands are exact doubles, so one correctly rounded
 * multiplication or division gives the correctly rounded result); anything else that matches the
 * grammar goes to {@link Double#parseDouble}. {@code Infinity}, hexadecimal and type suffixes such
 * as {@code 1d} are not numbers here.
 *
 * <p>A zero-padded integer part ({@code 0001}, {@code 007.5}) is rejected: such cells are codes,
 * not quantities. An instance keeps details of the last successful parse; it is not thread-safe.
 */
public final class NumberParser {
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final long MAX_EXACT = 1L << 53;

    private final boolean decimalComma;
    private char[] scratch = new char[32];
    private double value;
    private boolean plainInteger;
    private int significantDigits;
    private boolean zeroPadded;
    private int pointAt;
    private int fractionDigits;
    private boolean exponent;

    /**
     * @param decimalComma accept {@code ,} as the decimal separator (for files whose delimiter is
     *                     not a comma, e.g. {@code 1,5;2,25})
     */
    public NumberParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** The number in {@code cell} (surrounding whitespace ignored), or NaN when it is not a number. */
    public static double parse(String cell) {
        NumberParser p = new NumberParser(false);
        String t = cell.trim();
        return p.parse(t, 0, t.length()) ? p.value() : Double.NaN;
    }

    /**
     * Parses {@code s[from, to)} (no surrounding whitespace).
     *
     * @return true when it is a number; {@link #value()} then holds it
     */
    public boolean parse(CharSequence s, int from, int to) {
        if (s instanceof CharSlice) {
            CharSlice c = (CharSlice) s;
            return parse(c.array(), c.offset() + from, c.offset() + to, c.offset());
        }
        int n = to - from;
        if (scratch.length < n) {
            scratch = new char[Math.max(n, scratch.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            scratch[i] = s.charAt(from + i);
        }
        return parse(scratch, 0, n, -from);
    }

    /**
     * Parses {@code s[from, to)}; {@code base} is the index in {@code s} of position 0 of the text the
     * caller passed, so that {@link #pointAt()} is reported in the caller's positions.
     */
    private boolean parse(char[] s, int from, int to, int base) {
        zeroPadded = false;
        if (from >= to) {
            return false;
        }
        int i = from;
        boolean negative = false;
        boolean signed = false;
        char c = s[i];
        if (c == '-' || c == '+') {
            negative = c == '-';
            signed = true;
            if (++i == to) {
                return false;
            }
        }
        long mantissa = 0;
        int kept = 0;        // significant digits held in mantissa
        int exp10 = 0;
        boolean truncated = false;
        int intStart = i;
        while (i < to && (c = s[i]) >= '0' && c <= '9') {
            if (mantissa == 0 && c == '0') {
                i++;
                continue; // leading zeros carry no information
            }
            if (kept < 18) {
                mantissa = mantissa * 10 + (c - '0');
                kept++;
            } else {
                exp10++;
                truncated |= c != '0';
            }
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits > 1 && s[intStart] == '0') {
            zeroPadded = true;
            return false;
        }
        int intSignificant = kept + Math.max(0, exp10);
        int fracDigits = 0;
        boolean point = false;
        int pointIndex = -1;
        if (i < to && ((c = s[i]) == '.' || (decimalComma && c == ','))) {
            point = true;
            pointIndex = i;
            i++;
            int fracStart = i;
            while (i < to && (c = s[i]) >= '0' && c <= '9') {
                if (mantissa == 0 && c == '0') {
                    exp10--;
                } else if (kept < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                    kept++;
                    exp10--;
                } else {
                    truncated |= c != '0';
                }
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        boolean exponent = false;
        if (i < to && ((c = s[i]) == 'e' || c == 'E')) {
            exponent = true;
            if (++i == to) {
                return false;
            }
            boolean expNegative = false;
            c = s[i];
            if (c == '-' || c == '+') {
                expNegative = c == '-';
                if (++i == to) {
                    return false;
                }
            }
            int e = 0;
            int expStart = i;
            while (i < to && (c = s[i]) >= '0' && c <= '9') {
                if (e < 100_000) {
                    e = e * 10 + (c - '0');
                }
                i++;
            }
            if (i == expStart) {
                return false;
            }
            exp10 += expNegative ? -e : e;
        }
        if (i != to) {
            return false;
        }
        significantDigits = intSignificant;
        pointAt = pointIndex < 0 ? -1 : pointIndex - base;
        fractionDigits = fracDigits;
        this.exponent = exponent;
        plainInteger = !point && !exponent && !(signed && !negative) && !(negative && mantissa == 0);
        double v;
        if (mantissa == 0) {
            v = 0.0;
        } else if (!truncated && mantissa <= MAX_EXACT && exp10 >= -22 && exp10 <= 22) {
            v = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
        } else {
            String text = new String(s, from, to - from);
            if (decimalComma) {
                text = text.replace(',', '.');
            }
            v = Math.abs(Double.parseDouble(text));
            if (Double.isInfinite(v)) {
                return false; // beyond the range of a double: not a usable number
            }
        }
        value = negative ? -v : v;
        return true;
    }

    /** The value of the last successful {@link #parse}. */
    public double value() {
        return value;
    }

    /**
     * True when the last number was written as a plain integer ({@code 42}, {@code -7}: no point,
     * exponent or plus sign), so {@link NumericColumn#formatNumber} gives back the same text as long
     * as it has at most 15 significant digits.
     */
    public boolean plainInteger() {
        return plainInteger;
    }

    /** Significant digits before the decimal point of the last number (0 for {@code 0.5}). */
    public int integerDigits() {
        return significantDigits;
    }

    /** Where the decimal mark of the last number is in the parsed string, or -1 when it has none. */
    int pointAt() {
        return pointAt;
    }

    /** Digits after the decimal mark of the last number. */
    int fractionDigits() {
        return fractionDigits;
    }

    /** True when the last number had an exponent ({@code 1e-3}). */
    boolean exponent() {
        return exponent;
    }

    /** True when the last failed parse failed because the integer part was zero-padded ({@code 0001}). */
    public boolean zeroPadded() {
        return zeroPadded;
    }
}
