package io.segmenta.ui.explore;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.GroupComparison;
import io.segmenta.core.explore.GroupComparisonResult;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.core.explore.TestResult;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.HypothesisTest;
import io.segmenta.ui.explore.chart.GroupBoxes;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * The Groups tab: box plots of a numeric column by a category or by segment, with the test chosen
 * by the number of groups (Welch's t-test for two, one-way ANOVA for more; Mann-Whitney or
 * Kruskal-Wallis when comparing ranks) and its effect size.
 */
public final class GroupsViewModel {
    private final ExploreViewModel explore;
    private final Computation<GroupBoxes> computation;
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final ObjectProperty<GroupChoice> groupBy = new SimpleObjectProperty<>(this, "groupBy");
    private final ObjectProperty<TestFamily> family = new SimpleObjectProperty<>(this, "family", TestFamily.MEANS);
    private final ReadOnlyStringWrapper resultLine = new ReadOnlyStringWrapper(this, "resultLine", "");
    private final ReadOnlyStringWrapper meaning = new ReadOnlyStringWrapper(this, "meaning", "");

    GroupsViewModel(ExploreViewModel explore) {
        this.explore = explore;
        this.computation = explore.computation("Comparing groups", hint -> {
            Dataset d = explore.dataset();
            if (d == null) {
                hint.set("Open a table to compare groups.");
                return null;
            }
            if (explore.numericColumns().isEmpty()) {
                hint.set(d.name() + " has no numeric column to compare.");
                return null;
            }
            if (explore.groupChoices().isEmpty()) {
                hint.set(d.name() + " has no category with 2 to " + ExploreViewModel.MAX_GROUP_LEVELS
                        + " levels to group by. Segment the customers to compare segments.");
                return null;
            }
            String c = column.get();
            Grouping g = explore.grouping(groupBy.get());
            if (c == null || !d.hasColumn(c) || !(d.column(c) instanceof NumericColumn n) || g == null) {
                hint.set("Choose a numeric column and what to group it by.");
                return null;
            }
            TestFamily f = family.get();
            return (progress, cancel) -> withColours(GroupComparison.compare(n, g, f), g);
        });
        column.addListener((o, a, b) -> computation.invalidate(true));
        groupBy.addListener((o, a, b) -> computation.invalidate(true));
        family.addListener((o, a, b) -> {
            if (b == null) {
                family.set(a);
            } else {
                computation.invalidate(true);
            }
        });
        computation.valueProperty().subscribe(this::describe);
        explore.groupChoices().addListener((ListChangeListener<GroupChoice>) ch -> keepGroupChoice());
    }

    private void keepGroupChoice() {
        List<GroupChoice> choices = explore.groupChoices();
        GroupChoice was = groupBy.get();
        if (was == null || !choices.contains(was)) {
            groupBy.set(choices.isEmpty() ? null : choices.get(0));
        }
    }

    void datasetChanged() {
        List<String> numeric = explore.numericColumns();
        String was = column.get();
        column.set(was != null && numeric.contains(was) ? was : numeric.isEmpty() ? null : defaultColumn(numeric));
        keepGroupChoice();
        computation.invalidate(false);
    }

    /** The last numeric column (on customer tables usually the spending score), else the first. */
    private static String defaultColumn(List<String> numeric) {
        return numeric.get(numeric.size() - 1);
    }

    void segmentsChanged() {
        keepGroupChoice();
        if (groupBy.get() != null && groupBy.get().kind() == GroupChoice.Kind.SEGMENTS) {
            computation.invalidate(true);
        }
    }

    /** The comparison with each box's palette code: its group's code in the grouping. */
    static GroupBoxes withColours(GroupComparisonResult r, Grouping g) {
        int[] codes = new int[r.groups().size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = g.groups().indexOf(r.groups().get(i).group());
        }
        return new GroupBoxes(r, codes);
    }

    private void describe(GroupBoxes d) {
        GroupComparisonResult r = d == null ? null : d.result();
        if (r == null) {
            resultLine.set("");
            meaning.set("");
            return;
        }
        resultLine.set(resultLine(r));
        meaning.set(meaning(r, HypothesisTest.DEFAULT_ALPHA));
    }

    /** "Welch's t-test: Welch t = 0.80, p = 0.42; Cohen's d = 0.12 (negligible)", or why it could not run. */
    static String resultLine(GroupComparisonResult r) {
        TestResult t = r.test();
        return t.defined() ? t.kind().label() + ": " + t.summary() : t.summary();
    }

    /** The result in words at level alpha, plus groups left out for lack of values. */
    static String meaning(GroupComparisonResult r, double alpha) {
        TestResult t = r.test();
        StringBuilder b = new StringBuilder();
        if (t.defined()) {
            String what = t.kind().rankBased() ? "The ranks of " + Format.noun(r.column()) + " differ"
                    : "The average " + Format.noun(r.column()) + " differs";
            boolean two = r.groups().size() == 2;
            if (t.p() < alpha) {
                b.append(what).append(" significantly between ")
                        .append(two ? r.groups().get(0).group() + " and " + r.groups().get(1).group()
                                : "the " + r.groups().size() + " groups")
                        .append(" at the ").append(Format.level(alpha)).append(" level; the difference is ")
                        .append(t.effect().magnitude()).append('.');
            } else {
                b.append("No significant difference at the ").append(Format.level(alpha)).append(" level (")
                        .append(Format.p(t.p())).append("): a difference this large would often arise by chance alone.");
            }
        }
        if (!r.empty().isEmpty()) {
            b.append(b.length() > 0 ? " " : "").append("Left out (no values): ").append(String.join(", ", r.empty()))
                    .append('.');
        }
        return b.toString();
    }

    Computation<GroupBoxes> computation() {
        return computation;
    }

    /** The numeric column compared. */
    public ObjectProperty<String> columnProperty() {
        return column;
    }

    /** What it is grouped by: a category or the segments (choices: {@link ExploreViewModel#groupChoices()}). */
    public ObjectProperty<GroupChoice> groupByProperty() {
        return groupBy;
    }

    /** Compare means (Welch / ANOVA) or ranks (Mann-Whitney / Kruskal-Wallis). */
    public ObjectProperty<TestFamily> familyProperty() {
        return family;
    }

    /** The test result in one line. */
    public ReadOnlyStringProperty resultLineProperty() {
        return resultLine.getReadOnlyProperty();
    }

    /** What the result means, in words. */
    public ReadOnlyStringProperty meaningProperty() {
        return meaning.getReadOnlyProperty();
    }

    /** The comparison (null until computed). */
    public GroupComparisonResult result() {
        GroupBoxes d = computation.value();
        return d == null ? null : d.result();
    }

    /** The comparison with the colour of each box (null until computed). */
    public GroupBoxes chartData() {
        return computation.value();
    }
}
