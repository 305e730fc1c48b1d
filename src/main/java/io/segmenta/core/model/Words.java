package io.segmenta.core.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers and counts as the model's messages and hints write them. */
final class Words {
    private Words() {
    }

    /** 15, 132.75, 0.0833333: whole numbers plainly, at most four decimals from 1 up, six significant digits below. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "infinity" : "-infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal b = new BigDecimal(v);
        b = Math.abs(v) >= 1 ? b.setScale(4, RoundingMode.HALF_EVEN) : b.round(new MathContext(6));
        return b.stripTrailingZeros().toPlainString();
    }

    /** A number rounded to {@code decimals} places, trailing zeros dropped: 1.5, 2, 0.33. */
    static String rounded(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return number(v);
        }
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** "1 row", "2,240 rows". */
    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /**
     * A number with at most {@code decimals} decimals, trailing zeros dropped, never in exponent form
     * (0.0001, 12.5, 3); empty for NaN.
     */
    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "";
        }
        long factor = 1;
        for (int i = 0; i < decimals; i++) {
            factor *= 10;
        }
        long scaled = Math.round(Math.abs(v) * factor);
        StringBuilder s = new StringBuilder(16);
        if (v < 0 && scaled != 0) {
            s.append('-');
        }
        s.append(scaled / factor);
        long frac = scaled % factor;
        if (frac != 0) {
            String f = Long.toString(frac);
            s.append('.');
            for (int i = f.length(); i < decimals; i++) {
                s.append('0');
            }
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            s.append(f, 0, end);
        }
        return s.toString();
    }
}
