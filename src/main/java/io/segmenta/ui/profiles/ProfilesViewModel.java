package io.segmenta.ui.profiles;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.explain.SegmentRule;
import io.segmenta.core.profile.ImputedTable;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.ui.Formats;
import io.segmenta.ui.Notice;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.segment.SegmentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Profiles step: the latest segmentation's profiles (size, share, mean and median of every
 * numeric column, category mix, difference from all customers) with the names and descriptions the
 * analyst edits, and the charts' choices (which numeric column the bar and box charts show). A hint
 * while there is no segmentation yet.
 */
public final class ProfilesViewModel {
    private final SegmentViewModel segment;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private final ReadOnlyObjectWrapper<List<SegmentProfile>> profiles =
            new ReadOnlyObjectWrapper<>(this, "profiles", List.of());
    private final ObservableList<String> chartColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartColumn = new SimpleObjectProperty<>(this, "chartColumn");
    private final ReadOnlyObjectWrapper<List<Driver>> drivers = new ReadOnlyObjectWrapper<>(this, "drivers", List.of());
    private final ObservableList<RuleRow> rules = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rulesSummary = new ReadOnlyStringWrapper(this, "rulesSummary", "");
    private final NoticeBoard notices;
    /** The warnings of the result on show; {@link #warnings} lists them unless the notice bar says them. */
    private List<String> resultWarnings = List.of();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanProperty afterImputation = new SimpleBooleanProperty(this, "afterImputation");
    private final ReadOnlyBooleanWrapper basisMatters = new ReadOnlyBooleanWrapper(this, "basisMatters");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private final ReadOnlyObjectWrapper<SegmentProfile> whole = new ReadOnlyObjectWrapper<>(this, "whole");
    /** The table with the filled cells of the result on show (the original table when none was filled). */
    private Dataset imputed;

    /**
     * One rule as the Drivers tab lists it.
     *
     * @param segment   the 0-based segment it points to
     * @param name      the segment's current name
     * @param condition the conditions, joined with "and"
     * @param tally     "77 of 77 right"
     */
    public record RuleRow(int segment, String name, String condition, String tally) {
    }

    /**
     * @param notices the window's notice bar: while it says the result's warnings, the page does not repeat them
     */
    public ProfilesViewModel(SegmentViewModel segment, NoticeBoard notices) {
        this.segment = Objects.requireNonNull(segment, "segment");
        this.notices = Objects.requireNonNull(notices, "notices");
        notices.currentProperty().subscribe(n -> showWarnings());
        segment.resultProperty().subscribe(this::resultChanged);
        segment.wholeProperty().subscribe(w -> showBasis());
        afterImputation.addListener(o -> showBasis());
        segment.explanationProperty().subscribe(this::explanationChanged);
        segment.segmentNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                explanationChanged(segment.explanationProperty().get()));
    }

    /** The profiles and the whole-table profile on the chosen basis, and the sentence that says which. */
    private void showBasis() {
        SegmentationResult r = segment.resultProperty().get();
        Dataset d = segment.resultData();
        if (r == null || d == null) {
            profiles.set(List.of());
            whole.set(null);
            basis.set("");
            basisMatters.set(false);
            return;
        }
        boolean differs = imputed != null && imputed != d;
        basisMatters.set(differs);
        boolean useImputed = differs && afterImputation.get();
        List<SegmentProfile> source = r.profiles();
        if (useImputed) {
            List<String> used = r.features().sourceColumns();
            List<String> columns = r.spec().prep().features().stream().filter(used::contains).toList();
            source = SegmentProfiler.profile(imputed, r.segmentOfRow(), r.k(), columns);
        }
        List<SegmentProfile> ordered = new ArrayList<>();
        for (SegmentProfile p : SegmentViewModel.byLabel(source, r.k())) {
            if (p != null) {
                ordered.add(p);
            }
        }
        profiles.set(List.copyOf(ordered));
        whole.set(useImputed ? SegmentProfiler.whole(imputed, r.segmentOfRow()) : segment.wholeProperty().get());
        basis.set(!differs ? "Means and medians are of the original values (preparation filled no missing cell)."
                : useImputed ? "Means and medians are of the values after imputation: missing cells count with the"
                + " value preparation filled in, as the segmentation saw them."
                : "Means and medians are of the original values; missing cells are left out.");
    }

    /** Whether means and medians count filled cells (true) or leave missing cells out (false, the default). */
    public BooleanProperty afterImputationProperty() {
        return afterImputation;
    }

    /** True when preparation filled missing cells, so the two bases differ and the switch means something. */
    public ReadOnlyBooleanProperty basisMattersProperty() {
        return basisMatters.getReadOnlyProperty();
    }

    /** The sentence saying what the means and medians are of. */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    private void explanationChanged(Explanation e) {
        drivers.set(e == null ? List.of() : e.drivers());
        resultWarnings = e == null ? List.of() : e.warnings().stream().map(ResultWarning::message).toList();
        showWarnings();
        rulesSummary.set(e == null ? "" : e.rules().summary() + (e.rules().note().isEmpty() ? ""
                : " " + e.rules().note()));
        List<RuleRow> rows = new ArrayList<>();
        if (e != null) {
            List<String> names = segment.segmentNames();
            for (SegmentRule r : e.rules().rules()) {
                String name = r.segment() < names.size() ? names.get(r.segment()) : "Segment " + (r.segment() + 1);
                rows.add(new RuleRow(r.segment(), name, r.text(), Formats.count(r.correct()) + " of "
                        + Formats.count(r.customers()) + " right"));
            }
        }
        rules.setAll(rows);
    }

    /** Each feature's share in separating the segments, strongest first (empty without a result). */
    public ReadOnlyObjectProperty<List<Driver>> driversProperty() {
        return drivers.getReadOnlyProperty();
    }

    /** The rules of the shallow decision tree, by segment. */
    public ObservableList<RuleRow> rules() {
        return rules;
    }

    /** "These 7 rules (a decision tree of depth 3 on the original columns) put 196 of the 200 ...". */
    public ReadOnlyStringProperty rulesSummaryProperty() {
        return rulesSummary.getReadOnlyProperty();
    }

    /**
     * The result's warnings, in the notice bar when the result comes (the Segment step puts them there)
     * and here once that notice is closed or replaced: the page does not repeat the bar above it.
     */
    private void showWarnings() {
        Notice n = notices.current();
        boolean onTheBar = n != null && !resultWarnings.isEmpty() && n.text().equals(SegmentViewModel.resultNotice(resultWarnings));
        List<String> shown = onTheBar ? List.of() : resultWarnings;
        if (!shown.equals(warnings)) {
            warnings.setAll(shown);
        }
    }

    /**
     * What the analyst should know before believing the result, one sentence group each; empty while the
     * window's notice bar says them.
     */
    public ObservableList<String> warnings() {
        return warnings;
    }

    private void resultChanged(SegmentationResult r) {
        heading.set(r == null
                ? "No segmentation yet"
                : r.k() + " segments of " + Formats.plural(r.features().rows(), "customer", "customers")
                + " · features: " + String.join(", ", r.features().sourceColumns()));
        if (r == null) {
            imputed = null;
            showBasis();
            chartColumns.clear();
            chartColumn.set(null);
            return;
        }
        Dataset d = segment.resultData();
        imputed = d == null ? null : ImputedTable.of(d, r);
        showBasis();
        List<String> numeric = new ArrayList<>();
        for (String f : r.features().sourceColumns()) {
            if (d != null && d.hasColumn(f) && d.column(f) instanceof NumericColumn) {
                numeric.add(f);
            }
        }
        if (d != null) {
            for (Column c : d.columns()) {
                if (c instanceof NumericColumn && !numeric.contains(c.name())) {
                    numeric.add(c.name());
                }
            }
        }
        String keep = chartColumn.get();
        chartColumns.setAll(numeric);
        chartColumn.set(numeric.contains(keep) ? keep : numeric.isEmpty() ? null : numeric.get(0));
    }

    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() {
        return segment.resultProperty();
    }

    /** The profiles in segment order (segment 0 first). */
    public ReadOnlyObjectProperty<List<SegmentProfile>> profilesProperty() {
        return profiles.getReadOnlyProperty();
    }

    /** All segmented customers together on the chosen basis, or null. */
    public ReadOnlyObjectProperty<SegmentProfile> wholeProperty() {
        return whole.getReadOnlyProperty();
    }

    public ObservableList<String> segmentNames() {
        return segment.segmentNames();
    }

    public ObservableList<String> descriptions() {
        return segment.descriptions();
    }

    public void rename(int segmentId, String name) {
        segment.rename(segmentId, name);
    }

    public void describe(int segmentId, String text) {
        segment.describe(segmentId, text);
    }

    /** Numeric columns the bar and box charts can show: the segmentation's features first. */
    public ObservableList<String> chartColumns() {
        return chartColumns;
    }

    public ObjectProperty<String> chartColumnProperty() {
        return chartColumn;
    }

    /** A line about the result, or "No segmentation yet". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** What to do while there is no result. */
    public String hint() {
        return "Run a segmentation first: in the Segment step, choose features and k, then press Segment.";
    }

    /** A base file name for chart exports: "Mall_Customers segment sizes". */
    public String chartName(String chart) {
        Dataset d = segment.resultData();
        String base = d == null ? "segments" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + " " + chart;
    }
}
