package io.segmenta.ui.explore;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.HypothesisTest;
import io.segmenta.ui.NoticeBoard;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.task.TaskRunner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Explore step: statistics and charts of the open table before (and after) segmenting. It
 * holds what the tabs share (the table, the segments of the latest segmentation, the columns that
 * can be measured or grouped by) and one view-model per tab. Each tab's figure is computed in the
 * background when the tab is on show and out of date; nothing runs while another step is on show.
 */
public final class ExploreViewModel {
    /** A category takes part in splits and comparisons when it has 2 up to this many levels. */
    public static final int MAX_GROUP_LEVELS = 12;

    private final TaskRunner runner;
    private final NoticeBoard notices;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Grouping> segments = new ReadOnlyObjectWrapper<>(this, "segments");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ObjectProperty<ExploreTab> tab = new SimpleObjectProperty<>(this, "tab", ExploreTab.SUMMARY);
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> groupChoices = FXCollections.observableArrayList();
    private final ExploreJobs jobs;
    private final Map<ExploreTab, Computation<?>> computations = new EnumMap<>(ExploreTab.class);

    private final SummaryViewModel summary;
    private final DistributionViewModel distributions;
    private final CorrelationViewModel correlations;
    private final PairPlotViewModel pairPlot;
    private final GroupsViewModel groups;
    private final HypothesesViewModel hypotheses;

    /**
     * @param data    the open table
     * @param segment the latest segmentation and its segment names
     */
    public ExploreViewModel(TaskRunner runner, NoticeBoard notices, DataViewModel data, SegmentViewModel segment) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.jobs = new ExploreJobs(runner, () -> active.get() && dataset.get() != null,
                () -> computations.get(tab.get()));
        summary = new SummaryViewModel(this);
        distributions = new DistributionViewModel(this);
        correlations = new CorrelationViewModel(this);
        pairPlot = new PairPlotViewModel(this);
        groups = new GroupsViewModel(this);
        hypotheses = new HypothesesViewModel(this);
        computations.put(ExploreTab.SUMMARY, summary.computation());
        computations.put(ExploreTab.DISTRIBUTIONS, distributions.computation());
        computations.put(ExploreTab.CORRELATIONS, correlations.computation());
        computations.put(ExploreTab.PAIR_PLOT, pairPlot.computation());
        computations.put(ExploreTab.GROUPS, groups.computation());

        active.addListener((o, was, now) -> jobs.schedule());
        tab.addListener((o, was, now) -> {
            if (now == null) {
                tab.set(was);
            } else {
                jobs.schedule();
            }
        });
        data.datasetProperty().subscribe(this::datasetChanged);
        segment.resultProperty().subscribe(r -> segmentsChanged(r, segment.segmentNames()));
        segment.segmentNames().addListener((ListChangeListener<String>) c ->
                segmentsChanged(segment.result(), segment.segmentNames()));
    }

    private void datasetChanged(Dataset d) {
        dataset.set(d);
        segments.set(null);
        numericColumns.setAll(d == null ? List.of() : HypothesisTest.numericColumns(d));
        refreshGroupChoices();
        summary.datasetChanged();
        distributions.datasetChanged();
        correlations.datasetChanged();
        pairPlot.datasetChanged();
        groups.datasetChanged();
        hypotheses.datasetChanged();
    }

    private void segmentsChanged(SegmentationResult r, List<String> names) {
        Dataset d = dataset.get();
        Grouping next = null;
        if (r != null && d != null && names.size() == r.k() && r.segmentOfRow().length == d.rowCount()) {
            List<String> labels = new ArrayList<>(names.size());
            for (int i = 0; i < names.size(); i++) {
                labels.add(segmentLabel(i, names.get(i)));
            }
            next = Grouping.segments(r, labels);
        }
        Grouping was = segments.get();
        if (was == null && next == null) {
            return;
        }
        segments.set(next);
        refreshGroupChoices();
        distributions.segmentsChanged();
        pairPlot.segmentsChanged();
        groups.segmentsChanged();
        hypotheses.segmentsChanged();
    }

    /** How a segment is named in the charts and findings: "2 · High income, high spending". */
    public static String segmentLabel(int id, String name) {
        return (id + 1) + " · " + name;
    }

    private void refreshGroupChoices() {
        Dataset d = dataset.get();
        List<GroupChoice> next = new ArrayList<>();
        if (d != null) {
            for (Column c : d.columns()) {
                if (c instanceof CategoricalColumn cat && cat.levels().size() >= 2
                        && cat.levels().size() <= MAX_GROUP_LEVELS) {
                    next.add(GroupChoice.category(c.name()));
                }
            }
        }
        if (segments.get() != null) {
            next.add(GroupChoice.SEGMENTS);
        }
        if (!next.equals(groupChoices)) {
            groupChoices.setAll(next);
        }
    }

    /** Registers a tab's computation; invalidating it schedules the work. */
    <T> Computation<T> computation(String title, Computation.JobFactory<T> factory) {
        return new Computation<>(title, factory, jobs::schedule);
    }

    ExploreJobs jobs() {
        return jobs;
    }

    TaskRunner runner() {
        return runner;
    }

    NoticeBoard notices() {
        return notices;
    }

    /** The open table, or null. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset dataset() {
        return dataset.get();
    }

    /** The segments of the latest segmentation of the open table (named "1 · Name"), or null. */
    public ReadOnlyObjectProperty<Grouping> segmentsProperty() {
        return segments.getReadOnlyProperty();
    }

    public Grouping segments() {
        return segments.get();
    }

    /** True while the Explore step is on show; computations run only then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** The tab on show. */
    public ObjectProperty<ExploreTab> tabProperty() {
        return tab;
    }

    /** The numeric columns of the open table, in table order. */
    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    /**
     * What rows can be grouped by: the categories with 2 to {@value #MAX_GROUP_LEVELS} levels, and
     * the segments once there are some.
     */
    public ObservableList<GroupChoice> groupChoices() {
        return groupChoices;
    }

    /** The grouping a choice stands for on the open table (null for none, or segments that are gone). */
    Grouping grouping(GroupChoice choice) {
        Dataset d = dataset.get();
        if (d == null || choice == null) {
            return null;
        }
        if (choice.kind() == GroupChoice.Kind.CATEGORY
                && !(d.hasColumn(choice.column()) && d.column(choice.column()) instanceof CategoricalColumn)) {
            return null;
        }
        return choice.grouping(d, segments.get());
    }

    /** The computation of a tab (null for the Hypotheses tab, which tests on request). */
    public Computation<?> computation(ExploreTab t) {
        return computations.get(t);
    }

    public SummaryViewModel summary() {
        return summary;
    }

    public DistributionViewModel distributions() {
        return distributions;
    }

    public CorrelationViewModel correlations() {
        return correlations;
    }

    public PairPlotViewModel pairPlot() {
        return pairPlot;
    }

    public GroupsViewModel groups() {
        return groups;
    }

    public HypothesesViewModel hypotheses() {
        return hypotheses;
    }
}
