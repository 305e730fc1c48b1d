package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Pearson and Spearman correlations with two-sided p-values, over pairwise complete observations
 * (the rows where both variables are present), with the figures of scipy {@code pearsonr} and
 * {@code spearmanr}: Spearman's rho is Pearson's r of the average ranks, and both p-values come from
 * the t distribution with n - 2 degrees of freedom. A correlation that cannot be computed (fewer
 * than three complete pairs, or a variable that does not vary) is NaN with a reason, never an
 * exception.
 */
public final class Correlation {
    /** Fewest complete pairs a correlation needs (n - 2 degrees of freedom must be positive). */
    public static final int MIN_PAIRS = 3;

    private Correlation() {
    }

    /**
     * The variables of {@code data} that can be correlated, in column order: every numeric column,
     * and every categorical column with exactly two levels as a 0/1 indicator of its second level
     * (named {@code "Genre = Male"}).
     */
    public static List<CorrelationVariable> variables(Dataset data) {
        List<CorrelationVariable> out = new ArrayList<>();
        for (Column c : data.columns()) {
            if (c instanceof NumericColumn || (c instanceof CategoricalColumn cat && cat.levels().size() == 2)) {
                out.add(variable(c));
            }
        }
        return out;
    }

    /**
     * A numeric column, or a two-level categorical column as the 0/1 indicator of its second level.
     *
     * @throws SegmentaException for any other column
     */
    public static CorrelationVariable variable(Column column) {
        if (column instanceof NumericColumn n) {
            return new CorrelationVariable(n.name(), n.name(), null, n.toArray());
        }
        if (column instanceof CategoricalColumn c && c.levels().size() == 2) {
            String level = c.levels().get(1);
            double[] v = new double[c.size()];
            for (int i = 0; i < v.length; i++) {
                int code = c.code(i);
                v[i] = code < 0 ? Double.NaN : code;
            }
            return new CorrelationVariable(c.name() + " = " + level, c.name(), level, v);
        }
        throw new SegmentaException("Column \"" + column.name() + "\" is " + column.type().label()
                + (column instanceof CategoricalColumn c ? " with " + c.levels().size() + " levels" : "")
                + "; correlations need a numeric column or a category with exactly two levels. "
                + "Compare its groups with a group comparison instead.");
    }

    /** The matrix of every correlatable variable of {@code data}. */
    public static CorrelationMatrix matrix(Dataset data, CorrelationMethod method) {
        return matrix(variables(data), method, CancellationToken.NONE);
    }

    /** The matrix of the given variables (equal lengths), checking {@code cancel} between pairs. */
    public static CorrelationMatrix matrix(List<CorrelationVariable> variables, CorrelationMethod method,
                                           CancellationToken cancel) {
        int k = variables.size();
        double[][] r = new double[k][k];
        double[][] p = new double[k][k];
        int[][] n = new int[k][k];
        String[][] reasons = new String[k][k];
        // ranks of complete variables are shared by all their pairs with other complete variables
        double[][] values = new double[k][];
        double[][] fullRanks = new double[k][];
        for (int i = 0; i < k; i++) {
            values[i] = variables.get(i).shared(); // read only: a copy of every column at once was 560 MB at 10M rows
            if (method == CorrelationMethod.SPEARMAN && !hasMissing(values[i])) {
                cancel.throwIfCancelled();
                fullRanks[i] = Stats.ranks(values[i]);
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                cancel.throwIfCancelled();
                String a = variables.get(i).name();
                String b = variables.get(j).name();
                CorrelationResult c;
                if (fullRanks[i] != null && fullRanks[j] != null) {
                    c = fromPairs(a, values[i], b, values[j], fullRanks[i], fullRanks[j], method);
                } else {
                    c = of(a, values[i], b, values[j], method);
                }
                double rij = i == j && c.defined() ? 1 : c.r();
                r[i][j] = rij;
                r[j][i] = rij;
                p[i][j] = c.p();
                p[j][i] = c.p();
                n[i][j] = c.n();
                n[j][i] = c.n();
                reasons[i][j] = c.undefinedReason();
                reasons[j][i] = c.undefinedReason();
            }
        }
        return new CorrelationMatrix(method, variables.stream().map(CorrelationVariable::name).toList(), r, p, n,
                reasons);
    }

    /** The correlation of two variables. */
    public static CorrelationResult of(CorrelationVariable a, CorrelationVariable b, CorrelationMethod method) {
        return of(a.name(), a.shared(), b.name(), b.shared(), method);
    }

    /**
     * The correlation of {@code x} and {@code y} (equal lengths, NaN = missing) over the rows where
     * both are present. The names are used in the reason when it is undefined.
     */
    public static CorrelationResult of(String nameX, double[] x, String nameY, double[] y, CorrelationMethod method) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("lengths differ: " + x.length + " and " + y.length);
        }
        int m = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                m++;
            }
        }
        double[] xs = new double[m];
        double[] ys = new double[m];
        int j = 0;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                xs[j] = x[i];
                ys[j] = y[i];
                j++;
            }
        }
        return fromPairs(nameX, xs, nameY, ys, null, null, method);
    }

    /** Correlation of complete pairs; {@code rx}, {@code ry} are their ranks when already known. */
    private static CorrelationResult fromPairs(String nameX, double[] xs, String nameY, double[] ys, double[] rx,
                                               double[] ry, CorrelationMethod method) {
        int n = xs.length;
        if (n < MIN_PAIRS) {
            String who = n == 0 ? "No customer has" : n == 1 ? "Only 1 customer has" : "Only " + n + " customers have";
            String what = nameX.equals(nameY) ? " a value of " + nameX : " both " + nameX + " and " + nameY;
            return undefined(method, n, who + what + "; a correlation needs at least " + MIN_PAIRS + ".");
        }
        String constant = constantReason(nameX, xs, nameY);
        if (constant == null) {
            constant = constantReason(nameY, ys, nameX);
        }
        if (constant != null) {
            return undefined(method, n, constant);
        }
        double r = method == CorrelationMethod.SPEARMAN
                ? pearson(rx != null ? rx : Stats.ranks(xs), ry != null ? ry : Stats.ranks(ys))
                : pearson(xs, ys);
        return new CorrelationResult(method, r, pValue(r, n), n, null);
    }

    /** Two-sided p-value of a correlation r over n pairs (t distribution, n - 2 degrees of freedom). */
    public static double pValue(double r, int n) {
        if (Double.isNaN(r) || n < MIN_PAIRS) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double df = n - 2;
        double t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
        return Distributions.tTwoSided(t, df);
    }

    private static String constantReason(String name, double[] v, String other) {
        for (int i = 1; i < v.length; i++) {
            if (v[i] != v[0]) {
                return null;
            }
        }
        return name + " does not vary (every value is " + NumericColumn.formatNumber(v[0]) + "), so "
                + (name.equals(other) ? "its correlation is undefined." : "it has no correlation with " + other + ".");
    }

    private static CorrelationResult undefined(CorrelationMethod method, int n, String reason) {
        return new CorrelationResult(method, Double.NaN, Double.NaN, n, reason);
    }

    /** Pearson's r of complete arrays, centred and normalised first (as scipy) and clipped to [-1, 1]. */
    static double pearson(double[] x, double[] y) {
        double mx = Stats.mean(x);
        double my = Stats.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        double r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
        return Math.max(-1, Math.min(1, r));
    }

    private static boolean hasMissing(double[] v) {
        for (double d : v) {
            if (Double.isNaN(d)) {
                return true;
            }
        }
        return false;
    }
}
