package io.segmenta.ui.explore;

import io.segmenta.core.explore.EffectSize;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.Verdict;
import io.segmenta.ui.Formats;
import java.util.List;
import java.util.Objects;

/**
 * A hypothesis tested in this session, with the table it was tested on.
 *
 * @param table   name of the table
 * @param verdict what the data said
 */
public record TestedHypothesis(String table, Verdict verdict) {
    /** Header of {@link #toTabSeparated(List)}. */
    static final String HEADER = "table\thypothesis\toutcome\ttest\tstatistic\tp\teffect size\tn\tlevel\tfinding";

    public TestedHypothesis {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The hypothesis as written: "Spending Score (1-100) rises with Age". */
    public String statement() {
        return verdict.hypothesis().statement();
    }

    /** "Contradicted", "Supported", ... */
    public String outcome() {
        return verdict.outcome().label();
    }

    /**
     * The figures in one line: "Pearson r = -0.33 · p < 0.001 · r² = 0.11 (medium) · n = 200 · 5% level"
     * (the statistic names the test); only the test and n when it could not be run.
     */
    public String figures() {
        Verdict v = verdict;
        if (v.outcome() == Verdict.Outcome.UNDECIDABLE) {
            return v.test() + " · n = " + Formats.count(v.n());
        }
        EffectSize e = v.effect();
        return v.statisticName() + " = " + statistic() + " · " + Format.p(v.p()) + " · "
                + e.name() + " = " + Format.fixed(e.value(), 2) + (e.magnitude().isEmpty() ? "" : " (" + e.magnitude()
                + ")") + " · n = " + Formats.count(v.n()) + " · " + Format.level(v.alpha()) + " level";
    }

    private String statistic() {
        double s = verdict.statistic();
        return verdict.test().startsWith("Mann") && !Double.isNaN(s)
                ? io.segmenta.core.data.NumericColumn.formatNumber(s) : Format.fixed(s, 2);
    }

    /** The tested hypotheses as tab-separated text with a header line, for the clipboard. */
    public static String toTabSeparated(List<TestedHypothesis> list) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (TestedHypothesis t : list) {
            Verdict v = t.verdict;
            boolean ran = v.outcome() != Verdict.Outcome.UNDECIDABLE;
            b.append(clean(t.table)).append('\t').append(clean(t.statement())).append('\t').append(t.outcome())
                    .append('\t').append(v.test()).append('\t')
                    .append(ran ? v.statisticName() + " = " + t.statistic() : "").append('\t')
                    .append(ran ? Format.pValue(v.p()) : "").append('\t')
                    .append(ran ? v.effect().name() + " = " + Format.fixed(v.effect().value(), 2) + " ("
                            + v.effect().magnitude() + ")" : "").append('\t')
                    .append(v.n()).append('\t').append(Format.level(v.alpha())).append('\t')
                    .append(clean(v.finding())).append('\n');
        }
        return b.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
