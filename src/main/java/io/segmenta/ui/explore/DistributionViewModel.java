package io.segmenta.ui.explore;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.Grouping;
import io.segmenta.core.explore.Histogram;
import io.segmenta.core.explore.HistogramResult;
import io.segmenta.core.explore.HistogramSeries;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Distributions tab: a histogram with its density curve for a numeric column (bins chosen by
 * numpy's "auto" rule or by the analyst), or a bar chart of the levels of a categorical column;
 * either optionally split by a category or by segment.
 */
public final class DistributionViewModel {
    /** Fewest and most bins the analyst can choose. */
    public static final int MIN_BINS = 1;
    public static final int MAX_BINS = 200;
    /** Points of each density curve. */
    static final int CURVE_POINTS = 200;
    /** The automatic rule, named as the tab names it. */
    public static final String AUTO_RULE = "numpy's \"auto\" rule: the larger of the Freedman–Diaconis and "
            + "Sturges counts";

    private final ExploreViewModel explore;
    private final Computation<Distribution> computation;
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> splitChoices = FXCollections.observableArrayList(GroupChoice.NONE);
    private final ObjectProperty<String> column = new SimpleObjectProperty<>(this, "column");
    private final BooleanProperty autoBins = new SimpleBooleanProperty(this, "autoBins", true);
    private final IntegerProperty bins = new SimpleIntegerProperty(this, "bins", 10);
    private final ObjectProperty<GroupChoice> split = new SimpleObjectProperty<>(this, "split", GroupChoice.NONE);
    private final ObjectProperty<Histogram.Scale> scale = new SimpleObjectProperty<>(this, "scale",
            Histogram.Scale.COUNT);
    private final ReadOnlyStringWrapper binText = new ReadOnlyStringWrapper(this, "binText", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private boolean syncing;

    DistributionViewModel(ExploreViewModel explore) {
        this.explore = explore;
        this.computation = explore.computation("Computing the distribution", hint -> {
            Dataset d = explore.dataset();
            String name = column.get();
            if (d == null) {
                hint.set("Open a table to see its distributions.");
                return null;
            }
            if (name == null || !d.hasColumn(name)) {
                hint.set(columnChoices.isEmpty() ? "This table has no numeric or categorical column to chart."
                        : "Choose a column.");
                return null;
            }
            Column c = d.column(name);
            Grouping g = explore.grouping(split.get());
            if (c instanceof NumericColumn n) {
                int asked = autoBins.get() ? 0 : bins.get();
                Histogram.Options o = new Histogram.Options(asked, Histogram.BinRule.AUTO, scale.get(), CURVE_POINTS);
                return (progress, cancel) -> Distribution.of(WholeNumberHistogram.applies(n)
                        ? WholeNumberHistogram.of(n, g, asked, o.scale(), CURVE_POINTS)
                        : Histogram.of(n, g, o));
            }
            CategoricalColumn cat = (CategoricalColumn) c;
            return (progress, cancel) -> Distribution.of(LevelCounts.of(cat, g));
        });
        column.addListener((o, a, b) -> computation.invalidate(false));
        split.addListener((o, a, b) -> {
            if (b == null) {
                split.set(GroupChoice.NONE);
            } else {
                computation.invalidate(true);
            }
        });
        scale.addListener((o, a, b) -> {
            if (b == null) {
                scale.set(a);
            } else {
                computation.invalidate(true);
            }
        });
        autoBins.addListener((o, a, b) -> computation.invalidate(true));
        bins.addListener((o, a, b) -> {
            int v = b.intValue();
            if (v < MIN_BINS || v > MAX_BINS) {
                bins.set(Math.max(MIN_BINS, Math.min(MAX_BINS, v)));
                return;
            }
            if (!syncing) {
                autoBins.set(false);
                computation.invalidate(true);
            }
        });
        computation.valueProperty().subscribe(this::showResult);
        explore.groupChoices().addListener((ListChangeListener<GroupChoice>) c -> refreshSplitChoices());
    }

    private void refreshSplitChoices() {
        List<GroupChoice> next = new ArrayList<>();
        next.add(GroupChoice.NONE);
        next.addAll(explore.groupChoices());
        GroupChoice was = split.get();
        splitChoices.setAll(next);
        split.set(next.contains(was) ? was : GroupChoice.NONE);
    }

    void datasetChanged() {
        Dataset d = explore.dataset();
        List<String> choices = new ArrayList<>();
        if (d != null) {
            for (Column c : d.columns()) {
                if (c instanceof NumericColumn || c instanceof CategoricalColumn) {
                    choices.add(c.name());
                }
            }
        }
        String was = column.get();
        columnChoices.setAll(choices);
        refreshSplitChoices();
        String first = d == null ? null : explore.numericColumns().isEmpty()
                ? (choices.isEmpty() ? null : choices.get(0)) : explore.numericColumns().get(0);
        column.set(was != null && choices.contains(was) ? was : first);
        computation.invalidate(false);
    }

    void segmentsChanged() {
        refreshSplitChoices();
        if (split.get().kind() == GroupChoice.Kind.SEGMENTS) {
            computation.invalidate(true);
        }
    }

    private void showResult(Distribution r) {
        if (r == null) {
            note.set("");
            binText.set("");
            return;
        }
        if (r.isHistogram()) {
            HistogramResult h = r.histogram();
            boolean whole = WholeNumberHistogram.isWholeNumberBins(h);
            String each = whole ? " of " + Formats.plural(Math.round(h.binWidth()), "whole number", "whole numbers")
                    + " each" : "";
            if (h.rule() != null) {
                syncing = true;
                bins.set(Math.max(MIN_BINS, Math.min(MAX_BINS, h.binCount())));
                syncing = false;
                binText.set("Automatic: " + Formats.plural(h.binCount(), "bin", "bins") + each + " (" + AUTO_RULE
                        + (whole ? ", rounded to whole numbers because " + h.column() + " holds whole numbers" : "")
                        + ")");
            } else if (whole && h.binCount() != bins.get()) {
                binText.set(Formats.plural(h.binCount(), "bin", "bins") + each + ": the nearest to the "
                        + bins.get() + " you asked for, as " + h.column() + " holds whole numbers");
            } else {
                binText.set(Formats.plural(h.binCount(), "bin", "bins") + each + ", chosen by you");
            }
            note.set(histogramNote(h));
        } else {
            LevelCounts l = r.levels();
            binText.set("");
            note.set(levelNote(l));
        }
    }

    static String histogramNote(HistogramResult h) {
        StringBuilder b = new StringBuilder();
        b.append(Formats.plural(h.all().n(), "value", "values"));
        if (h.binCount() > 0) {
            b.append(" · bin width ").append(Format.significant(h.binWidth(), 3));
        }
        if (h.all().hasCurve()) {
            b.append(" · curve: Gaussian kernel density, Scott's bandwidth ").append(Format.significant(h.all().bandwidth(), 3));
        }
        if (h.scale() == Histogram.Scale.DENSITY) {
            b.append(" · heights are densities (each series has area 1)");
        }
        if (h.isSplit()) {
            int inGroups = h.groups().stream().mapToInt(HistogramSeries::n).sum();
            int outside = h.all().n() - inGroups;
            if (outside > 0) {
                b.append(" · ").append(Formats.plural(outside, "value has", "values have")).append(" no ")
                        .append(h.grouping()).append(" and ").append(outside == 1 ? "is" : "are")
                        .append(" left out of the split");
            }
        }
        if (h.missing() > 0) {
            b.append(" · ").append(Formats.plural(h.missing(), "missing value", "missing values")).append(" not shown");
        }
        return b.toString();
    }

    static String levelNote(LevelCounts l) {
        StringBuilder b = new StringBuilder();
        b.append(Formats.plural(l.levels().size(), "level", "levels")).append(" · ")
                .append(Formats.plural(l.present(), "value", "values"));
        if (l.missing() > 0) {
            b.append(" · ").append(Formats.plural(l.missing(), "missing value", "missing values")).append(" not shown");
        }
        return b.toString();
    }

    Computation<Distribution> computation() {
        return computation;
    }

    /** Numeric and categorical columns, in table order. */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    /** "None", the categories and (after a segmentation) "Segment". */
    public ObservableList<GroupChoice> splitChoices() {
        return splitChoices;
    }

    public ObjectProperty<String> columnProperty() {
        return column;
    }

    /** True while the bin count follows {@link #AUTO_RULE}. */
    public BooleanProperty autoBinsProperty() {
        return autoBins;
    }

    /** The bin count (the rule's count while automatic); setting it turns automatic off. */
    public IntegerProperty binsProperty() {
        return bins;
    }

    public ObjectProperty<GroupChoice> splitProperty() {
        return split;
    }

    /** Counts, or densities (each series has area 1, so groups of different sizes compare). */
    public ObjectProperty<Histogram.Scale> scaleProperty() {
        return scale;
    }

    /** "Automatic: 9 bins (numpy's "auto" rule ...)" or "20 bins, chosen by you"; empty for categories. */
    public ReadOnlyStringProperty binTextProperty() {
        return binText.getReadOnlyProperty();
    }

    /** What the chart shows in one line: values, bin width, bandwidth, missing. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The chart's figures (null until computed). */
    public Distribution result() {
        return computation.value();
    }

    /** True when the chosen column is numeric (a histogram), false for a category (bars). */
    public boolean numericChosen() {
        Dataset d = explore.dataset();
        String c = column.get();
        return d != null && c != null && d.hasColumn(c) && d.column(c) instanceof NumericColumn;
    }
}
