package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explore.ColumnSummary;
import io.segmenta.core.explore.Correlation;
import io.segmenta.core.explore.CorrelationMatrix;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.CorrelationPair;
import io.segmenta.core.explore.CorrelationResult;
import io.segmenta.core.explore.DateSummary;
import io.segmenta.core.explore.Describe;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.LevelCount;
import io.segmenta.core.explore.LevelSummary;
import io.segmenta.core.explore.NumericSummary;
import io.segmenta.core.explore.TextSummary;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta describe FILE [--method pearson|spearman] [--json]}: the Explore step's summary
 * table and correlations, with the same figures as the window (pandas {@code describe()}: sample
 * standard deviation, quartiles by linear interpolation; scipy correlations with two-sided p-values).
 */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Summarise every column (count, missing, mean, standard deviation, quartiles or level counts) "
                + "and correlate every pair of numeric columns (a two-level category counts as 0/1).")
final class DescribeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "pearson",
            description = "Correlation: pearson (straight-line, default) or spearman (ranks, any monotonic relation).")
    String method;

    @Option(names = "--json", description = "Print one JSON object: {\"columns\": {name: {\"count\", \"missing\", "
            + "\"mean\", \"std\", \"min\", \"q1\", \"median\", \"q3\", \"max\"} or {\"count\", \"missing\", \"levels\"}}, "
            + "\"correlations\": [{\"a\", \"b\", \"r\", \"p\", \"n\"}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorrelationMethod m = CorrelationMethod.parse(method);
        Dataset data = input.load(spec);
        List<ColumnSummary> summaries = Describe.of(data);
        CorrelationMatrix correlations = Correlation.matrix(data, m);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, toJson(data, m, summaries, correlations));
        } else {
            printTables(out, data, m, summaries, correlations);
        }
        out.flush();
        return 0;
    }

    private static ObjectNode toJson(Dataset data, CorrelationMethod m, List<ColumnSummary> summaries,
                                     CorrelationMatrix correlations) {
        ObjectNode root = Json.object();
        root.put("file", data.name());
        root.put("rows", data.rowCount());
        ObjectNode columns = root.putObject("columns");
        for (ColumnSummary s : summaries) {
            ObjectNode c = columns.putObject(s.name());
            c.put("type", s.type().label());
            c.put("count", s.count());
            c.put("missing", s.missing());
            if (s instanceof NumericSummary n) {
                Json.putFinite(c, "mean", n.mean());
                Json.putFinite(c, "std", n.std());
                Json.putFinite(c, "min", n.min());
                Json.putFinite(c, "q1", n.q1());
                Json.putFinite(c, "median", n.median());
                Json.putFinite(c, "q3", n.q3());
                Json.putFinite(c, "max", n.max());
                Json.putFinite(c, "skewness", n.skewness());
            } else if (s instanceof LevelSummary l) {
                ObjectNode levels = c.putObject("levels");
                for (LevelCount lc : l.levels()) {
                    levels.put(lc.level(), lc.count());
                }
            } else if (s instanceof TextSummary t) {
                c.put("distinct", t.distinct());
            } else if (s instanceof DateSummary d) {
                c.put("distinct", d.distinct());
                if (d.min() != null) {
                    c.put("min", d.min().toString());
                    c.put("max", d.max().toString());
                }
            }
        }
        root.put("method", m.word());
        ArrayNode pairs = root.putArray("correlations");
        for (CorrelationPair p : correlations.pairs()) {
            CorrelationResult r = p.result();
            ObjectNode o = pairs.addObject().put("a", p.a()).put("b", p.b());
            Json.putFinite(o, "r", r.r());
            Json.putFinite(o, "p", r.p());
            o.put("n", r.n());
            if (!r.defined()) {
                o.put("undefined", r.undefinedReason());
            }
        }
        return root;
    }

    private static void printTables(PrintWriter out, Dataset data, CorrelationMethod m, List<ColumnSummary> summaries,
                                    CorrelationMatrix correlations) {
        out.printf("%s: %,d rows, %d columns%n", data.name(), data.rowCount(), data.columnCount());
        List<NumericSummary> numeric = new ArrayList<>();
        List<ColumnSummary> other = new ArrayList<>();
        for (ColumnSummary s : summaries) {
            if (s instanceof NumericSummary n) {
                numeric.add(n);
            } else {
                other.add(s);
            }
        }
        if (!numeric.isEmpty()) {
            out.println();
            out.println("Numeric columns (std: sample standard deviation; quartiles by linear interpolation)");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"column", "count", "missing", "mean", "std", "min", "q1", "median", "q3", "max"});
            for (NumericSummary n : numeric) {
                rows.add(new String[] {n.name(), count(n.count()), count(n.missing()), num(n.mean()), num(n.std()),
                    num(n.min()), num(n.q1()), num(n.median()), num(n.q3()), num(n.max())});
            }
            table(out, rows);
        }
        if (!other.isEmpty()) {
            out.println();
            out.println("Other columns");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"column", "type", "count", "missing", "values"});
            for (ColumnSummary s : other) {
                rows.add(new String[] {s.name(), s.type().label(), count(s.count()), count(s.missing()), values(s)});
            }
            table(out, rows);
        }
        out.println();
        if (correlations.size() < 2) {
            out.println(m.label() + " correlations: fewer than two numeric columns, nothing to correlate.");
            return;
        }
        out.println(m.label() + " correlations (" + m.symbol() + ", two-sided p-value, complete pairs n)");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"a", "b", m.symbol(), "p", "n", ""});
        for (CorrelationPair p : correlations.pairs()) {
            CorrelationResult r = p.result();
            rows.add(new String[] {p.a(), p.b(), r.defined() ? Format.fixed(r.r(), 3) : "-",
                r.defined() ? Format.pValue(r.p()) : "-", count(r.n()),
                r.defined() ? "" : r.undefinedReason()});
        }
        table(out, rows);
    }

    /** Most levels listed per categorical column in the table (JSON lists them all). */
    private static final int LEVELS_SHOWN = 10;

    private static String values(ColumnSummary s) {
        if (s instanceof LevelSummary l) {
            List<String> parts = new ArrayList<>();
            for (LevelCount c : l.levels().subList(0, Math.min(LEVELS_SHOWN, l.levels().size()))) {
                String share = c.share() < 0.005 ? "<1%" : Format.percent(c.share());
                parts.add(c.level() + " " + count(c.count()) + " (" + share + ")");
            }
            int more = l.levels().size() - LEVELS_SHOWN;
            return String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "");
        }
        if (s instanceof DateSummary d) {
            return count(d.distinct()) + " distinct" + (d.min() == null ? "" : ", " + d.min().toLocalDate() + " to "
                    + d.max().toLocalDate());
        }
        return count(((TextSummary) s).distinct()) + " distinct";
    }

    /** Right-aligns numbers, left-aligns the first column and text columns. */
    private static void table(PrintWriter out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                boolean left = i == 0 || (i < cols && !isNumberLike(rows, i));
                String cell = r[i];
                String pad = " ".repeat(width[i] - cell.length());
                b.append("  ").append(left ? cell + pad : pad + cell);
            }
            out.println(b.toString().stripTrailing());
        }
    }

    private static boolean isNumberLike(List<String[]> rows, int col) {
        for (int i = 1; i < rows.size(); i++) {
            String c = rows.get(i)[col];
            if (!c.isEmpty() && !c.equals("-") && !c.matches("[<>]? ?-?[0-9.,]+")) {
                return false;
            }
        }
        return true;
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Up to four decimals, trailing zeros dropped; "-" for NaN. */
    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
