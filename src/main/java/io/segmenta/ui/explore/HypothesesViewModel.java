package io.segmenta.ui.explore;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.Direction;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Hypothesis;
import io.segmenta.core.explore.HypothesisTest;
import io.segmenta.core.explore.TestFamily;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Hypotheses tab: the analyst writes a hypothesis from one of two templates, "X rises/falls
 * with Y" or "X differs between the groups of G", and Segmenta tests it ({@link HypothesisTest})
 * and states the finding in plain words, including when the data contradict it. Every tested
 * hypothesis is kept in a list for the session, newest first, that can be copied.
 */
public final class HypothesesViewModel {
    /** The two templates. */
    public enum Template {
        TREND("X rises or falls with Y"),
        DIFFERENCE("X differs between the groups of G");

        private final String label;

        Template(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Significance levels on offer. */
    public static final List<Double> ALPHAS = List.of(0.01, 0.05, 0.10);

    private final ExploreViewModel explore;
    private final ObjectProperty<Template> template = new SimpleObjectProperty<>(this, "template", Template.TREND);
    private final ObjectProperty<String> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.RISES);
    private final ObjectProperty<String> predictor = new SimpleObjectProperty<>(this, "predictor");
    private final ObjectProperty<CorrelationMethod> method = new SimpleObjectProperty<>(this, "method",
            CorrelationMethod.PEARSON);
    private final ObjectProperty<GroupChoice> groups = new SimpleObjectProperty<>(this, "groups");
    private final ObjectProperty<TestFamily> family = new SimpleObjectProperty<>(this, "family", TestFamily.MEANS);
    private final ObjectProperty<Double> alpha = new SimpleObjectProperty<>(this, "alpha", HypothesisTest.DEFAULT_ALPHA);
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper(this, "statement", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<TestedHypothesis> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing", false);
    private final ObservableList<TestedHypothesis> history = FXCollections.observableArrayList();

    HypothesesViewModel(ExploreViewModel explore) {
        this.explore = explore;
        for (var p : List.of(template, outcome, direction, predictor, method, groups, family, alpha)) {
            p.addListener((o, a, b) -> update());
        }
        alpha.addListener((o, a, b) -> {
            if (b == null || !(b > 0 && b < 1)) {
                alpha.set(a);
            }
        });
        explore.groupChoices().addListener((ListChangeListener<GroupChoice>) c -> keepGroups());
        update();
    }

    void datasetChanged() {
        List<String> numeric = explore.numericColumns();
        String x = outcome.get();
        String y = predictor.get();
        if (x == null || !numeric.contains(x)) {
            x = numeric.isEmpty() ? null : numeric.get(numeric.size() - 1);
        }
        if (y == null || !numeric.contains(y) || y.equals(x)) {
            String xx = x;
            y = numeric.stream().filter(n -> !n.equals(xx)).findFirst().orElse(null);
        }
        outcome.set(x);
        predictor.set(y);
        keepGroups();
        latest.set(null);
        update();
    }

    void segmentsChanged() {
        keepGroups();
    }

    private void keepGroups() {
        List<GroupChoice> choices = explore.groupChoices();
        GroupChoice was = groups.get();
        if (was == null || !choices.contains(was)) {
            groups.set(choices.isEmpty() ? null : choices.get(0));
        }
    }

    private void update() {
        Hypothesis h = hypothesis();
        statement.set(h == null ? "" : h.statement());
        problem.set(problemText());
    }

    /** The hypothesis as chosen, or null while a choice is missing. */
    public Hypothesis hypothesis() {
        String x = outcome.get();
        if (x == null) {
            return null;
        }
        if (template.get() == Template.TREND) {
            String y = predictor.get();
            return y == null ? null : new Hypothesis.Trend(x, direction.get(), y, method.get());
        }
        GroupChoice g = groups.get();
        if (g == null || g.kind() == GroupChoice.Kind.NONE) {
            return null;
        }
        return new Hypothesis.Difference(x, g.kind() == GroupChoice.Kind.SEGMENTS ? "Segment" : g.column(),
                family.get());
    }

    private String problemText() {
        Dataset d = explore.dataset();
        if (d == null) {
            return "Open a table first.";
        }
        if (explore.numericColumns().isEmpty()) {
            return d.name() + " has no numeric column to test a hypothesis about.";
        }
        if (template.get() == Template.TREND) {
            if (explore.numericColumns().size() < 2) {
                return "\"Rises or falls with\" needs two numeric columns; " + d.name() + " has one.";
            }
            if (outcome.get() != null && outcome.get().equals(predictor.get())) {
                return "Choose two different columns for X and Y.";
            }
        } else if (explore.groupChoices().isEmpty()) {
            return d.name() + " has no category with 2 to " + ExploreViewModel.MAX_GROUP_LEVELS
                    + " levels to compare groups of. Segment the customers to compare segments.";
        }
        return hypothesis() == null ? "Choose the columns of the hypothesis." : null;
    }

    /** Tests the hypothesis in the background; the verdict becomes {@link #latestProperty()} and joins the list. */
    public void test() {
        String why = problemText();
        if (why != null) {
            explore.notices().error(why);
            return;
        }
        Hypothesis h = hypothesis();
        Dataset d = explore.dataset();
        Grouping segments = explore.segments();
        double a = alpha.get();
        testing.set(true);
        explore.jobs().runNow("Testing the hypothesis", (progress, cancel) -> HypothesisTest.test(d, h, a, segments),
                v -> {
                    if (explore.dataset() != d) {
                        return;
                    }
                    TestedHypothesis t = new TestedHypothesis(d.name(), v);
                    history.add(0, t);
                    latest.set(t);
                    explore.runner().announce("Tested: " + h.statement() + " · " + v.outcome().label());
                }, explore.notices()::error, job -> testing.set(job.isActive())); // a cancel calls neither back
    }

    /** The list as tab-separated text with a header line (every entry, newest first). */
    public String historyText() {
        return TestedHypothesis.toTabSeparated(history);
    }

    /** Confirms a copy of the list to the clipboard. */
    public void copied() {
        explore.notices().success("Copied " + io.segmenta.ui.Formats.plural(history.size(), "tested hypothesis",
                "tested hypotheses") + " to the clipboard as tab-separated text.");
    }

    /** Empties the list of tested hypotheses. */
    public void clearHistory() {
        history.clear();
        latest.set(null);
    }

    public ObjectProperty<Template> templateProperty() {
        return template;
    }

    /** X: the numeric column the hypothesis is about. */
    public ObjectProperty<String> outcomeProperty() {
        return outcome;
    }

    /** Rises or falls (trend template). */
    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    /** Y: the other numeric column (trend template). */
    public ObjectProperty<String> predictorProperty() {
        return predictor;
    }

    /** Pearson or Spearman (trend template). */
    public ObjectProperty<CorrelationMethod> methodProperty() {
        return method;
    }

    /** G: a category or the segments (difference template). */
    public ObjectProperty<GroupChoice> groupsProperty() {
        return groups;
    }

    /** Compare means or ranks (difference template). */
    public ObjectProperty<TestFamily> familyProperty() {
        return family;
    }

    /** Significance level, one of {@link #ALPHAS}. */
    public ObjectProperty<Double> alphaProperty() {
        return alpha;
    }

    /** The hypothesis as it reads: "Spending Score (1-100) rises with Age". */
    public ReadOnlyStringProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }

    /** Why the hypothesis cannot be tested as chosen, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The verdict of the latest test on the open table, or null. */
    public ReadOnlyObjectProperty<TestedHypothesis> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** True while a test runs. */
    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Every hypothesis tested in this session, newest first. */
    public ObservableList<TestedHypothesis> history() {
        return history;
    }
}
