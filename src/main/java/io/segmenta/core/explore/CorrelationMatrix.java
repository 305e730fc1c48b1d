package io.segmenta.core.explore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Correlations of every pair of variables, symmetric, ready for a heatmap: cell (i, j) holds the
 * correlation of {@code names.get(i)} with {@code names.get(j)}. The diagonal is r = 1, p = 0 for a
 * variable that varies. Undefined cells (a constant variable, fewer than three complete pairs) hold
 * NaN with a reason in {@link #reason(int, int)}. Array accessors return copies; the indexed getters
 * do not copy.
 */
public record CorrelationMatrix(CorrelationMethod method, List<String> names, double[][] r, double[][] p,
                                int[][] n, String[][] reasons) {
    public CorrelationMatrix {
        Objects.requireNonNull(method, "method");
        names = List.copyOf(names);
        r = copy(r);
        p = copy(p);
        n = copy(n);
        reasons = copy(reasons);
    }

    /** Number of variables (rows and columns of the matrix). */
    public int size() {
        return names.size();
    }

    @Override
    public double[][] r() {
        return copy(r);
    }

    @Override
    public double[][] p() {
        return copy(p);
    }

    @Override
    public int[][] n() {
        return copy(n);
    }

    @Override
    public String[][] reasons() {
        return copy(reasons);
    }

    public double r(int i, int j) {
        return r[i][j];
    }

    public double p(int i, int j) {
        return p[i][j];
    }

    public int n(int i, int j) {
        return n[i][j];
    }

    /** Why cell (i, j) is undefined, or null when it is defined. */
    public String reason(int i, int j) {
        return reasons[i][j];
    }

    /** Cell (i, j) as a result. */
    public CorrelationResult result(int i, int j) {
        return new CorrelationResult(method, r[i][j], p[i][j], n[i][j], reasons[i][j]);
    }

    /** The correlation of two variables by name. */
    public CorrelationResult result(String a, String b) {
        int i = names.indexOf(a);
        int j = names.indexOf(b);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("no variable " + (i < 0 ? a : b) + " in " + names);
        }
        return result(i, j);
    }

    /** Every pair above the diagonal, row by row: (0,1), (0,2), ..., (1,2), ... */
    public List<CorrelationPair> pairs() {
        List<CorrelationPair> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                out.add(new CorrelationPair(names.get(i), names.get(j), result(i, j)));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorrelationMatrix m && method == m.method && names.equals(m.names)
                && Arrays.deepEquals(r, m.r) && Arrays.deepEquals(p, m.p) && Arrays.deepEquals(n, m.n)
                && Arrays.deepEquals(reasons, m.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, names) * 31 + Arrays.deepHashCode(r);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix[" + method.label() + ", " + names + "]";
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static int[][] copy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static String[][] copy(String[][] a) {
        String[][] c = new String[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
