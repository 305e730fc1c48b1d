package io.segmenta.ui.profiles;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.explain.SegmentRule;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.ui.Formats;
import io.segmenta.ui.segment.SegmentViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final ObservableList<String> warnings = FXCollections.observableArrayList();

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

    public ProfilesViewModel(SegmentViewModel segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
        segment.resultProperty().subscribe(this::resultChanged);
        segment.explanationProperty().subscribe(this::explanationChanged);
        segment.segmentNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                explanationChanged(segment.explanationProperty().get()));
    }

    private void explanationChanged(Explanation e) {
        drivers.set(e == null ? List.of() : e.drivers());
        warnings.setAll(e == null ? List.of() : e.warnings().stream().map(ResultWarning::message).toList());
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

    /** What the analyst should know before believing the result, one sentence group each. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    private void resultChanged(SegmentationResult r) {
        heading.set(r == null
                ? "No segmentation yet"
                : r.k() + " segments of " + Formats.plural(r.features().rows(), "customer", "customers")
                + " · features: " + String.join(", ", r.features().sourceColumns()));
        if (r == null) {
            profiles.set(List.of());
            chartColumns.clear();
            chartColumn.set(null);
            return;
        }
        List<SegmentProfile> ordered = new ArrayList<>();
        for (SegmentProfile p : SegmentViewModel.byLabel(r.profiles(), r.k())) {
            if (p != null) {
                ordered.add(p);
            }
        }
        profiles.set(List.copyOf(ordered));
        Dataset d = segment.resultData();
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

    /** All segmented customers together, or null. */
    public ReadOnlyObjectProperty<SegmentProfile> wholeProperty() {
        return segment.wholeProperty();
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
