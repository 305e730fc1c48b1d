package io.segmenta.ui.prepare;

import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.ObservableMap;

/**
 * The Outliers tab's state: the outlier report of the latest preview and its sentences (the tab's
 * title with the count, the line on who is flagged and what happens to them, the note on single choices).
 */
public final class OutliersViewModel {
    private final PrepareViewModel vm;
    private final ObjectBinding<OutlierReport> report;
    private final BooleanBinding on;
    private final StringBinding tabTitle;
    private final StringBinding emptyTitle;
    private final StringBinding title;
    private final StringBinding note;
    private final StringBinding fenceTitle;
    private final StringBinding scoreTitle;
    private final BooleanBinding scoreShown;
    private final StringBinding choicesNote;

    public OutliersViewModel(PrepareViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        var preview = vm.previewProperty();
        report = Bindings.createObjectBinding(() -> {
            PreparedFeatures p = preview.get();
            return p == null ? OutlierReport.NONE : p.report().outliers();
        }, preview);
        on = Bindings.createBooleanBinding(() -> !report.get().policy().isOff(), report);
        tabTitle = Bindings.createStringBinding(() -> on.get() ? "Outliers (" + Formats.count(report.get()
                .flaggedCount()) + ")" : "Outliers", on, report);
        emptyTitle = Bindings.createStringBinding(() -> preview.get() == null ? "No outliers checked"
                : "Outlier detection is off", preview);
        title = Bindings.createStringBinding(() -> on.get() ? title(report.get(),
                preview.get().report().rowsExcludedOutliers()) : "", on, report);
        note = Bindings.createStringBinding(() -> on.get() ? note(report.get()) : "", on, report);
        var method = Bindings.createObjectBinding(() -> report.get().policy().method(), report);
        fenceTitle = Bindings.createStringBinding(() -> method.get() == OutlierMethod.ZSCORE
                ? "Bounds (mean ∓ threshold × std)" : "Fences (Q1 − factor × IQR, Q3 + factor × IQR)", method);
        scoreTitle = Bindings.createStringBinding(() -> method.get() == OutlierMethod.ZSCORE ? "Largest |z|" : "Score",
                method);
        scoreShown = Bindings.createBooleanBinding(() -> method.get() != OutlierMethod.IQR, method);
        choicesNote = Bindings.createStringBinding(() -> {
            int n = vm.outliers().choices().size();
            return n == 0 ? "Select customers to keep or leave out single ones."
                    : Formats.plural(n, "customer", "customers") + " chosen one by one; Preview or Segment applies "
                    + "the choice.";
        }, vm.outliers().choices(), vm.outliers().actionProperty());
    }

    /** The report's headline; {@code excluded}: how many flagged customers were left out (counted as prepared). */
    private static String title(OutlierReport o, int excluded) {
        return Formats.plural(o.flaggedCount(), "customer", "customers") + " flagged by "
                + o.policy().describe() + (o.flaggedCount() == 0 ? ""
                : excluded == o.flaggedCount() ? ", excluded from the segments"
                : excluded == 0 ? ", kept in the segments"
                : ", " + Formats.count(excluded) + " excluded from the segments, " + Formats.count(
                o.flaggedCount() - excluded) + " kept");
    }

    private static String note(OutlierReport o) {
        List<String> note = new ArrayList<>();
        note.add("The action on the left applies to every flagged customer but those you keep or leave out one by one "
                + "below; either way they stay in the export with the reason.");
        if (!Double.isNaN(o.threshold())) {
            note.add("Anomaly scores above " + String.format(Locale.ROOT, "%.3f", o.threshold()) + " are flagged.");
        }
        note.addAll(o.skipped());
        return String.join(" ", note);
    }

    /** "Excluded", "Kept", with "(your choice)" where the analyst chose for this customer. */
    public String status(FlaggedRow f) {
        String s = vm.outliers().actionOf(f.row()) == OutlierAction.EXCLUDE ? "Excluded" : "Kept";
        return vm.outliers().choices().containsKey(f.row()) ? s + " (your choice)" : s;
    }

    /** A score as the table shows it: "0.612", "" without one. */
    public static String score(FlaggedRow f) {
        return Double.isNaN(f.score()) ? "" : String.format(Locale.ROOT, "%.3f", f.score());
    }

    /** Keeps or leaves out these customers whatever the action for all says. */
    public void choose(List<Integer> rows, OutlierAction action) {
        vm.outliers().choose(rows, action);
    }

    /** Forgets the single choices: the action applies to every flagged customer again. */
    public void clearChoices() {
        vm.outliers().clearChoices();
    }

    /** The single choices, by row. */
    public ObservableMap<Integer, OutlierAction> choices() {
        return vm.outliers().choices();
    }

    /** Runs {@code r} whenever the status of a flagged customer may have changed (a single choice, the action). */
    public void onStatusChange(Runnable r) {
        InvalidationListener l = x -> r.run();
        vm.outliers().choices().addListener(l);
        vm.outliers().actionProperty().addListener(l);
    }

    /** The outlier report of the latest preview ({@link OutlierReport#NONE} without one). */
    public ObjectBinding<OutlierReport> reportProperty() {
        return report;
    }

    /** True when the latest preview checked outliers. */
    public BooleanBinding onProperty() {
        return on;
    }

    /** "Outliers (12)", "Outliers". */
    public StringBinding tabTitleProperty() {
        return tabTitle;
    }

    public StringBinding emptyTitleProperty() {
        return emptyTitle;
    }

    /** "12 customers flagged by IQR fences (factor 1.5), kept in the segments" */
    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding noteProperty() {
        return note;
    }

    public StringBinding fenceTitleProperty() {
        return fenceTitle;
    }

    public StringBinding scoreTitleProperty() {
        return scoreTitle;
    }

    public BooleanBinding scoreShownProperty() {
        return scoreShown;
    }

    /** What the single choices are, or how to make them. */
    public StringBinding choicesNoteProperty() {
        return choicesNote;
    }
}
