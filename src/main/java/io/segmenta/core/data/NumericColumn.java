package io.segmenta.core.data;

import java.util.Arrays;
import java.util.Objects;

/** A numeric column; missing cells are {@code NaN}. */
public final class NumericColumn implements Column {
    private final String name;
    private final double[] values;
    private final int missing;
    private final boolean integral;

    /** Takes ownership of {@code values} (callers must not change the array afterwards). */
    public NumericColumn(String name, double[] values) {
        this.name = Objects.requireNonNull(name, "name");
        this.values = Objects.requireNonNull(values, "values");
        int m = 0;
        boolean ints = true;
        for (double v : values) {
            if (Double.isNaN(v)) {
                m++;
            } else if (ints && (v != Math.rint(v) || Math.abs(v) > 1e15)) {
                ints = false;
            }
        }
        this.missing = m;
        this.integral = ints;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.NUMERIC;
    }

    @Override
    public int size() {
        return values.length;
    }

    /** The value at {@code row}, {@code NaN} when missing. */
    public double get(int row) {
        return values[row];
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    /** True when every present value is a whole number. */
    public boolean isIntegral() {
        return integral;
    }

    /** A copy of the values. */
    public double[] toArray() {
        return values.clone();
    }

    /**
     * The column's own values, not a copy: for charts that plot a whole column on the JavaFX thread, where a
     * copy of a 10,000,000-row column (80 MB) held the window for 0.1-0.3 s at each redraw. Callers must not
     * change the array.
     */
    public double[] sharedValues() {
        return values;
    }

    @Override
    public String format(int row) {
        return formatNumber(values[row]);
    }

    /** Shortest plain text for a number: 15 not 15.0, 0.1 not 0.1000000001; empty for NaN. */
    public static String formatNumber(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v).contains("E") ? Double.toString(v) : stripZeros(Double.toString(v));
    }

    private static String stripZeros(String s) {
        return s.indexOf('.') < 0 ? s : s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + values.length + " rows, " + missing + " missing, first "
                + Arrays.toString(Arrays.copyOf(values, Math.min(3, values.length))) + "]";
    }
}
