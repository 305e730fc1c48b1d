package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.text.Texts;
import java.util.List;

/**
 * Tests a {@link Hypothesis} and states the finding in plain words, including when the data
 * contradict it.
 *
 * <p>A trend ("X rises with Y") is tested with Pearson's r (or Spearman's ρ) and its two-sided
 * p-value, the same figure the correlation heatmap shows: it is <em>supported</em> when the
 * association is significant at level alpha and goes the stated way, <em>contradicted</em> when it is
 * significant and goes the other way, and <em>not supported</em> otherwise. Using the two-sided
 * p-value for a directional hypothesis is deliberately conservative: a direction chosen after looking
 * at the data earns no halved p-value. A difference ("X differs between the groups of G") is tested
 * with Welch's t-test or one-way ANOVA (means) or Mann-Whitney or Kruskal-Wallis (ranks), and is
 * supported or not supported.
 */
public final class HypothesisTest {
    /** The usual significance level. */
    public static final double DEFAULT_ALPHA = 0.05;

    private HypothesisTest() {
    }

    /** Tests {@code hypothesis} on {@code data} at the 5% level. */
    public static Verdict test(Dataset data, Hypothesis hypothesis) {
        return test(data, hypothesis, DEFAULT_ALPHA, null);
    }

    /** Tests {@code hypothesis} on {@code data} at level {@code alpha}. */
    public static Verdict test(Dataset data, Hypothesis hypothesis, double alpha) {
        return test(data, hypothesis, alpha, null);
    }

    /**
     * Tests {@code hypothesis} on {@code data} at level {@code alpha}; a difference whose groups are
     * named like {@code segments} (e.g. "Segment") is tested across those segments.
     *
     * @param segments the current segmentation as a grouping, or null
     * @throws SegmentaException when a column does not exist, has the wrong type, or alpha is not in (0, 1)
     */
    public static Verdict test(Dataset data, Hypothesis hypothesis, double alpha, Grouping segments) {
        checkAlpha(alpha);
        if (hypothesis instanceof Hypothesis.Trend t) {
            NumericColumn x = GroupComparison.numeric(data, t.outcome());
            Column yc = data.column(t.predictor());
            if (!(yc instanceof NumericColumn y)) {
                throw new SegmentaException("Column \"" + t.predictor() + "\" is " + yc.type().label()
                        + "; \"rises/falls with\" needs a numeric column. To compare " + t.outcome()
                        + " across the groups of " + t.predictor() + ", use \"differs between the groups of\".");
            }
            if (t.outcome().equals(t.predictor())) {
                throw new SegmentaException("A trend needs two different columns; both are \"" + t.outcome() + "\".");
            }
            return trend(t, x, y, alpha);
        }
        Hypothesis.Difference d = (Hypothesis.Difference) hypothesis;
        NumericColumn x = GroupComparison.numeric(data, d.outcome());
        Grouping groups;
        if (segments != null && segments.name().equals(d.groups())) {
            if (segments.size() != data.rowCount()) {
                throw new IllegalArgumentException("segments have " + segments.size() + " rows, data " + data.rowCount());
            }
            groups = segments;
        } else if (!data.hasColumn(d.groups()) && d.groups().equalsIgnoreCase("segment")) {
            throw new SegmentaException("There are no segments yet to compare " + d.outcome()
                    + " across; segment the customers first.");
        } else {
            groups = GroupComparison.grouping(data, d.groups());
        }
        return difference(d, x, groups, alpha);
    }

    /** Tests a trend of {@code x} with {@code y} (the hypothesis names them). */
    public static Verdict trend(Hypothesis.Trend h, NumericColumn x, NumericColumn y, double alpha) {
        checkAlpha(alpha);
        CorrelationResult c = Correlation.of(x.name(), x.toArray(), y.name(), y.toArray(), h.method());
        String statName = h.method().label() + " " + h.method().symbol();
        String test = h.method().label() + " correlation";
        if (!c.defined()) {
            return new Verdict(h, Verdict.Outcome.UNDECIDABLE, test, statName, Double.NaN, Double.NaN, alpha,
                    EffectSize.squaredCorrelation("r²", Double.NaN), c.n(), "The hypothesis cannot be tested: "
                    + c.undefinedReason());
        }
        String xs = Format.noun(x.name());
        String ys = Format.noun(y.name());
        String figures = " (" + statName + " = " + Format.fixed(c.r(), 2) + ", " + Format.p(c.p()) + ", n = " + c.n()
                + ")";
        EffectSize effect = EffectSize.squaredCorrelation(h.method() == CorrelationMethod.PEARSON ? "r²" : "ρ²",
                c.r());
        String explains = h.method() == CorrelationMethod.PEARSON
                ? " " + Texts.capital(ys) + " explains about " + Format.percent(c.rSquared())
                        + " of the variation in " + xs + "."
                : " The ranks of " + ys + " explain about " + Format.percent(c.rSquared())
                        + " of the variation in the ranks of " + xs + ".";
        Direction found = Direction.of(c.r());
        Verdict.Outcome outcome;
        String finding;
        if (c.p() < alpha && c.r() != 0 && found == h.direction()) {
            outcome = Verdict.Outcome.SUPPORTED;
            finding = "The data support the hypothesis: " + xs + " " + found.verb() + " with " + ys + figures + "."
                    + explains;
        } else if (c.p() < alpha && c.r() != 0) {
            outcome = Verdict.Outcome.CONTRADICTED;
            finding = "The data contradict the hypothesis: " + xs + " " + found.verb() + " with " + ys + figures + "."
                    + explains;
        } else {
            outcome = Verdict.Outcome.NOT_SUPPORTED;
            finding = "The data do not support the hypothesis: there is no significant association between " + xs
                    + " and " + ys + " at the " + Format.level(alpha) + " level" + figures + ". The correlation "
                    + (c.r() == 0 ? "is zero." : found == h.direction() ? "points the stated way"
                    + " but is too weak to rule out chance." : "even points the other way, but is too weak to rule"
                    + " out chance.");
        }
        return new Verdict(h, outcome, test, statName, c.r(), c.p(), alpha, effect, c.n(), finding);
    }

    /** Tests whether {@code x} differs across {@code groups} (the hypothesis names them). */
    public static Verdict difference(Hypothesis.Difference h, NumericColumn x, Grouping groups, double alpha) {
        checkAlpha(alpha);
        GroupComparisonResult r = GroupComparison.compare(x, groups, h.family());
        TestResult t = r.test();
        if (!t.defined()) {
            return new Verdict(h, Verdict.Outcome.UNDECIDABLE, t.kind().label(), t.kind().statisticLabel(),
                    Double.NaN, Double.NaN, alpha, t.effect(), t.n(), "The hypothesis cannot be tested: "
                    + t.undefinedReason());
        }
        String xs = Format.noun(x.name());
        List<GroupStats> g = r.groups();
        String between = g.size() == 2 ? "between " + g.get(0).group() + " and " + g.get(1).group()
                : "between the " + g.size() + " groups of " + groups.name();
        String figures = " (" + t.kind().statisticLabel() + " = " + Format.statistic(t.kind(), t.statistic()) + ", "
                + Format.p(t.p()) + ", n = " + t.n() + ")";
        boolean ranks = t.kind().rankBased();
        String what = (ranks ? "Median " : "Average ") + xs;
        StringBuilder centres = new StringBuilder(" ").append(what);
        if (g.size() == 2) {
            centres.append(": ").append(g.get(0).group()).append(' ').append(Format.value(centre(g.get(0), ranks)))
                    .append(", ").append(g.get(1).group()).append(' ').append(Format.value(centre(g.get(1), ranks)));
        } else {
            GroupStats lo = g.get(0);
            GroupStats hi = g.get(0);
            for (GroupStats s : g) {
                lo = centre(s, ranks) < centre(lo, ranks) ? s : lo;
                hi = centre(s, ranks) > centre(hi, ranks) ? s : hi;
            }
            centres.append(" ranges from ").append(Format.value(centre(lo, ranks))).append(" (").append(lo.group())
                    .append(") to ").append(Format.value(centre(hi, ranks))).append(" (").append(hi.group()).append(')');
        }
        EffectSize e = t.effect();
        centres.append("; ").append(e.name()).append(" = ").append(Format.fixed(e.value(), 2)).append(", a ")
                .append(e.magnitude()).append(" difference.");
        Verdict.Outcome outcome;
        String finding;
        if (t.p() < alpha) {
            outcome = Verdict.Outcome.SUPPORTED;
            finding = "The data support the hypothesis: " + xs + " differs " + between + figures + "." + centres;
        } else {
            outcome = Verdict.Outcome.NOT_SUPPORTED;
            finding = "The data do not support the hypothesis: " + xs + " does not differ significantly " + between
                    + " at the " + Format.level(alpha) + " level" + figures + "." + centres;
        }
        return new Verdict(h, outcome, t.kind().label(), t.kind().statisticLabel(), t.statistic(), t.p(), alpha, e,
                t.n(), finding);
    }

    private static double centre(GroupStats s, boolean median) {
        return median ? s.median() : s.mean();
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new SegmentaException("The significance level must be between 0 and 1 (0.05 is usual); got "
                    + alpha + ".");
        }
    }

    /** Columns that can be X (and Y of a trend): the numeric columns, in column order. */
    public static List<String> numericColumns(Dataset data) {
        return data.columns().stream().filter(c -> c instanceof NumericColumn).map(Column::name).toList();
    }
}
