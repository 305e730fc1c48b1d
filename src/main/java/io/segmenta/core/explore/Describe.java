package io.segmenta.core.explore;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.math.Quantiles;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Descriptive statistics of every column, with the same figures as pandas {@code describe()}
 * (sample standard deviation, quartiles by linear interpolation).
 */
public final class Describe {
    private Describe() {
    }

    /** One summary per column, in column order. */
    public static List<ColumnSummary> of(Dataset data) {
        List<ColumnSummary> out = new ArrayList<>(data.columnCount());
        for (Column c : data.columns()) {
            out.add(column(c));
        }
        return List.copyOf(out);
    }

    /** The summary that fits the column's type. */
    public static ColumnSummary column(Column column) {
        if (column instanceof NumericColumn n) {
            return numeric(n);
        }
        if (column instanceof CategoricalColumn c) {
            return levels(c);
        }
        if (column instanceof DateColumn d) {
            return dates(d);
        }
        return text((TextColumn) column);
    }

    /** Count, missing, mean, sample std, min, quartiles, max and skewness of the present values. */
    public static NumericSummary numeric(NumericColumn column) {
        double[] s = Stats.sortedPresent(column);
        int n = s.length;
        return new NumericSummary(column.name(), n, column.missingCount(), Stats.mean(s), Stats.sd(s),
                n == 0 ? Double.NaN : s[0], Quantiles.linear(s, 0.25), Quantiles.linear(s, 0.5),
                Quantiles.linear(s, 0.75), n == 0 ? Double.NaN : s[n - 1], Stats.skewness(s));
    }

    /** Level counts, most frequent first. */
    public static LevelSummary levels(CategoricalColumn column) {
        int k = column.levels().size();
        int present = column.size() - column.missingCount();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(column.count(b), column.count(a)));
        List<LevelCount> levels = new ArrayList<>(k);
        for (int i : order) {
            int c = column.count(i);
            levels.add(new LevelCount(column.levels().get(i), c, present == 0 ? 0 : (double) c / present));
        }
        return new LevelSummary(column.name(), present, column.missingCount(), levels);
    }

    /** Present, missing and distinct values of an identifier or free-text column. */
    public static TextSummary text(TextColumn column) {
        return new TextSummary(column.name(), column.type(), column.size() - column.missingCount(),
                column.missingCount(), column.distinctCount());
    }

    /** Present, missing and distinct values and the date range of a date column. */
    public static DateSummary dates(DateColumn column) {
        long[] v = new long[column.size() - column.missingCount()];
        int j = 0;
        for (int i = 0; i < column.size(); i++) {
            long s = column.epochSecond(i);
            if (s != DateColumn.MISSING) {
                v[j++] = s;
            }
        }
        Arrays.sort(v);
        int distinct = 0;
        for (int i = 0; i < v.length; i++) {
            if (i == 0 || v[i] != v[i - 1]) {
                distinct++;
            }
        }
        return new DateSummary(column.name(), v.length, column.missingCount(), distinct,
                v.length == 0 ? null : LocalDateTime.ofEpochSecond(v[0], 0, ZoneOffset.UTC),
                v.length == 0 ? null : LocalDateTime.ofEpochSecond(v[v.length - 1], 0,
                        ZoneOffset.UTC),
                column.hasTime());
    }

    /**
     * The summaries as tab-separated text with a header line, for the clipboard (pastes into a
     * spreadsheet): column, type, count, missing, mean, std, min, q1, median, q3, max, and for other
     * types the levels ("Female 112; Male 88"), distinct count or date range in a last column.
     */
    public static String toTabSeparated(List<ColumnSummary> summaries) {
        StringBuilder b = new StringBuilder(
                "column\ttype\tcount\tmissing\tmean\tstd\tmin\tq1\tmedian\tq3\tmax\tlevels or distinct\n");
        for (ColumnSummary s : summaries) {
            b.append(clean(s.name())).append('\t').append(s.type().label()).append('\t').append(s.count())
                    .append('\t').append(s.missing());
            if (s instanceof NumericSummary n) {
                for (double v : new double[] {n.mean(), n.std(), n.min(), n.q1(), n.median(), n.q3(), n.max()}) {
                    b.append('\t').append(NumericColumn.formatNumber(v));
                }
                b.append('\t');
            } else if (s instanceof LevelSummary l) {
                b.append("\t\t\t\t\t\t\t\t");
                List<String> parts = new ArrayList<>();
                for (LevelCount c : l.levels()) {
                    parts.add(clean(c.level()) + " " + c.count());
                }
                b.append(String.join("; ", parts));
            } else if (s instanceof TextSummary t) {
                b.append("\t\t\t\t\t\t\t\t").append(t.distinct()).append(" distinct");
            } else if (s instanceof DateSummary d) {
                b.append("\t\t\t\t\t\t\t\t").append(d.distinct()).append(" distinct")
                        .append(d.min() == null ? "" : ", " + d.min() + " to " + d.max());
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
