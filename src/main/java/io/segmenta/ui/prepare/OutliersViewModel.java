package io.segmenta.ui.prepare;

import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.FlaggedRows;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.ui.Formats;
import io.segmenta.ui.task.JobHandle;
import io.segmenta.ui.task.JobKind;
import io.segmenta.ui.task.LatestJob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Outliers tab's state: the outlier report of the latest preview and its sentences (the tab's
 * title with the count, the line on who is flagged and what happens to them, the note on single choices),
 * and the flagged customers in the order the analyst sorted them by: at once up to
 * {@link #SORT_AT_ONCE_LIMIT} customers, in the background above (a 10,000,000-row table can flag
 * almost two million, whose reasons alone take a second or two to compare).
 */
public final class OutliersViewModel {
    /** The kind of the background sort jobs. */
    public static final JobKind SORT = JobKind.replacing("Sorting flagged customers");
    /** Up to this many flagged customers are sorted at once (a few milliseconds), more in the background. */
    public static final int SORT_AT_ONCE_LIMIT = 20_000;

    private final PrepareViewModel vm;
    private final int sortAtOnce;
    private final ReadOnlyObjectWrapper<ObservableList<FlaggedRow>> flagged =
            new ReadOnlyObjectWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<List<FlaggedOrder.Key>> sortKeys = new ReadOnlyObjectWrapper<>(List.of());
    private OutlierReport shownReport;
    /** The customers on show, as {@link #flagged} wraps them. */
    private List<FlaggedRow> shownRows = List.of();
    private List<FlaggedOrder.Key> shownKeys = List.of();
    private final LatestJob sortJob;
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
        this(vm, SORT_AT_ONCE_LIMIT);
    }

    /** @param sortAtOnce up to this many flagged customers are sorted at once (tests: 0, always a job) */
    OutliersViewModel(PrepareViewModel vm, int sortAtOnce) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.sortJob = new LatestJob(vm.runner(), SORT);
        this.sortAtOnce = sortAtOnce;
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
        report.subscribe(r -> showFlagged());
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
        return status(vm.outliers().actionOf(f.row()), vm.outliers().choices().containsKey(f.row()));
    }

    private static String status(OutlierAction action, boolean chosen) {
        String s = action == OutlierAction.EXCLUDE ? "Excluded" : "Kept";
        return chosen ? s + " (your choice)" : s;
    }

    // ---- the flagged customers' order ----------------------------------------------------------

    /**
     * Orders the flagged customers by {@code keys} (the first decides, the next breaks ties; none:
     * the report's order); the order is kept for the next preview's customers. The status is sorted
     * as it reads now: a later choice changes a customer's status in place, not its position.
     */
    public void sortFlagged(List<FlaggedOrder.Key> keys) {
        List<FlaggedOrder.Key> wanted = List.copyOf(keys);
        if (wanted.equals(sortKeys.get())) {
            return;
        }
        sortKeys.set(wanted);
        showFlagged();
    }

    /**
     * The keys the flagged customers are sorted by, or being sorted by; set back to the shown order's
     * when a background sort is cancelled or fails.
     */
    public ReadOnlyObjectProperty<List<FlaggedOrder.Key>> sortKeysProperty() {
        return sortKeys.getReadOnlyProperty();
    }

    /** Shows the report's flagged customers in the order of the sort keys. */
    private void showFlagged() {
        sortJob.stop();
        OutlierReport o = report.get();
        List<FlaggedRow> rows = o.policy().isOff() ? List.of() : o.rows();
        List<FlaggedOrder.Key> keys = sortKeys.get();
        if (keys.isEmpty() || rows.size() < 2) {
            show(o, rows, keys);
            return;
        }
        Map<Integer, OutlierAction> chosen = Map.copyOf(vm.outliers().choices());
        OutlierAction forAll = vm.outliers().actionProperty().get();
        Function<FlaggedRow, String> statusNow = f -> status(chosen.getOrDefault(f.row(), forAll),
                chosen.containsKey(f.row()));
        if (rows.size() <= sortAtOnce) {
            show(o, FlaggedOrder.sort(rows, keys, statusNow, ProgressListener.NONE, CancellationToken.NONE), keys);
            return;
        }
        if (shownReport != o) { // never a former preview's customers while the new ones are sorted
            show(o, rows, List.of());
        }
        sortJob.submit("Sorting " + Formats.plural(rows.size(), "flagged customer", "flagged customers") + " by "
                + keys.stream().map(k -> k.by().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", then ")),
                (progress, cancel) -> FlaggedOrder.sort(rows, keys, statusNow, progress, cancel),
                sorted -> show(o, sorted, keys),
                message -> sortKeys.set(shownKeys),
                job -> {
                    if (job.state() == JobHandle.State.CANCELLED) {
                        // by the user, or by other work that interrupted it: the customers keep their order
                        sortKeys.set(shownKeys);
                    }
                });
    }

    /** Shows {@code rows}, the customers of {@code o} in the order of {@code keys}. */
    private void show(OutlierReport o, List<FlaggedRow> rows, List<FlaggedOrder.Key> keys) {
        shownReport = o;
        shownKeys = keys;
        // a new list, not setAll: replacing 1.8 million flagged rows of a 10,000,000-row table one change at a
        // time (the old ones removed, the new ones added) held the window for 0.2-0.3 s; the report's columns
        // shown as they are (FlaggedRows, unmodifiable: the table's sort asks this view-model for an order)
        shownRows = rows instanceof FlaggedRows ? rows : new ArrayList<>(rows);
        flagged.set(FXCollections.observableList(shownRows));
    }

    /**
     * Where the customers of these dataset rows are in the list on show, in order: read from the report's
     * columns, without making a flagged customer (or a boxed row number) for each of 1.8 million.
     */
    public int[] positionsOf(Collection<Integer> datasetRows) {
        int[] wanted = datasetRows.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<FlaggedRow> rows = shownRows;
        IntUnaryOperator rowAt = rows instanceof FlaggedRows f ? f::row : i -> rows.get(i).row();
        return IntStream.range(0, rows.size())
                .filter(i -> Arrays.binarySearch(wanted, rowAt.applyAsInt(i)) >= 0).toArray();
    }

    /**
     * The flagged customers of the latest preview in the order asked for: a new list each time the
     * customers or their order change (the report's order until a sort has finished).
     */
    public ReadOnlyObjectProperty<ObservableList<FlaggedRow>> flaggedProperty() {
        return flagged.getReadOnlyProperty();
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
