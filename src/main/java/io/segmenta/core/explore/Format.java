package io.segmenta.core.explore;

import io.segmenta.core.data.NumericColumn;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Plain-words formatting of statistics for findings, table cells and tooltips. */
public final class Format {
    private Format() {
    }

    /**
     * A p-value as quoted in a finding: {@code "p < 0.001"} below 0.001, otherwise two significant
     * digits ({@code "p = 0.42"}, {@code "p = 0.043"}, {@code "p = 0.0021"}); {@code "p undefined"} for NaN.
     */
    public static String p(double p) {
        if (Double.isNaN(p)) {
            return "p undefined";
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + significant(p, 2);
    }

    /** A p-value for a table cell: {@code "< 0.001"} or two significant digits; empty for NaN. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        return p < 0.001 ? "< 0.001" : significant(p, 2);
    }

    /** {@code value} with {@code decimals} decimals and a plain minus sign; "undefined" for NaN. */
    public static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "undefined";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        // "-0.00" reads as a negative zero
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** {@code value} rounded to {@code digits} significant digits, without exponent. */
    public static String significant(double value, int digits) {
        if (Double.isNaN(value)) {
            return "undefined";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(value).round(new MathContext(digits));
        return d.stripTrailingZeros().toPlainString();
    }

    /**
     * A test statistic as quoted in a finding: Mann-Whitney U (a whole or half number) as it is,
     * others with two decimals.
     */
    public static String statistic(TestKind kind, double value) {
        if (kind == TestKind.MANN_WHITNEY && !Double.isNaN(value)) {
            return NumericColumn.formatNumber(value);
        }
        return fixed(value, 2);
    }

    /**
     * A measured value (a group mean or median) as quoted in a finding: three significant digits,
     * whole numbers from 100 up ("48.5", "0.0123", "1235").
     */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (v == 0) {
            return "0";
        }
        int decimals = (int) Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(Math.abs(v)))));
        return fixed(v, decimals);
    }

    /** A significance level as a percentage: 0.05 -> "5%". */
    public static String level(double alpha) {
        return significant(alpha * 100, 3) + "%";
    }

    /** A share 0..1 as a rounded percentage: "11%", "less than 1%" below 0.5%. */
    public static String percent(double share) {
        if (share < 0.005) {
            return "less than 1%";
        }
        return Math.round(share * 100) + "%";
    }

    /**
     * A column name as a noun in a sentence: bracketed units dropped, underscores as spaces, and
     * capitalised words in lower case while words with inner capitals stay ("Spending Score (1-100)"
     * -> "spending score", "Annual Income (k$)" -> "annual income", "MntWines" -> "MntWines").
     */
    public static String noun(String column) {
        String s = column.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').trim().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return column;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            boolean plainCapital = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            b.append(plainCapital || w.length() == 1 ? w.toLowerCase(Locale.ROOT) : w);
        }
        return b.toString();
    }
}
