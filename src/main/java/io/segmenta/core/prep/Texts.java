package io.segmenta.core.prep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Number and count wording for the preparation's sentences. */
final class Texts {
    private Texts() {
    }

    /**
     * A number as people write it: 15, 132.75, 117416.25, 52247.2514, 0.0833333; at most four
     * decimals for numbers from 1 up, six significant digits below 1.
     */
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

    /** "5%", "0.5%". */
    static String percent(double share) {
        return number(share * 100) + "%";
    }

    /** "1 row", "2,240 rows". */
    static String count(long n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** "\"Income\"". */
    static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** "a date", "an integer". */
    static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /** {@code s} with its first letter in upper case. */
    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
