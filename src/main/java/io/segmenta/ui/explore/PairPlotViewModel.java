package io.segmenta.ui.explore;

import io.segmenta.core.chart.Jitter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explore.Grouping;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Pair plot tab: a scatter matrix of 2 to 6 chosen numeric columns with histograms on the
 * diagonal, optionally coloured by a category or by segment. Above {@value PairPlotData#MAX_POINTS}
 * customers the points are a seeded random sample, and the tab says so.
 */
public final class PairPlotViewModel {
    /** Fewest and most columns of a pair plot. */
    public static final int MIN_COLUMNS = 2;
    public static final int MAX_COLUMNS = 6;
    /** Columns ticked when a table opens. */
    static final int DEFAULT_COLUMNS = 4;

    private final ExploreViewModel explore;
    private final Computation<PairPlotData> computation;
    private final ObservableList<ColumnPick> columns =
            FXCollections.observableArrayList(p -> new Observable[] {p.selectedProperty()});
    private final ObservableList<GroupChoice> colourChoices = FXCollections.observableArrayList(GroupChoice.NONE);
    private final ObjectProperty<GroupChoice> colourBy = new SimpleObjectProperty<>(this, "colourBy", GroupChoice.NONE);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final BooleanProperty jitter = new SimpleBooleanProperty(this, "jitter", false);
    private final ReadOnlyBooleanWrapper jitterOffered = new ReadOnlyBooleanWrapper(this, "jitterOffered", false);
    private final ReadOnlyObjectWrapper<PairPlotData> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private boolean resetting;

    PairPlotViewModel(ExploreViewModel explore) {
        this.explore = explore;
        this.computation = explore.computation("Preparing the pair plot", hint -> {
            Dataset d = explore.dataset();
            if (d == null) {
                hint.set("Open a table to see a pair plot.");
                return null;
            }
            List<String> chosen = selectedColumns();
            if (columns.size() < MIN_COLUMNS) {
                hint.set("A pair plot needs at least two numeric columns; " + d.name() + " has " + columns.size() + ".");
                return null;
            }
            if (chosen.size() < MIN_COLUMNS || chosen.size() > MAX_COLUMNS) {
                hint.set("Tick " + MIN_COLUMNS + " to " + MAX_COLUMNS + " numeric columns on the left ("
                        + chosen.size() + " ticked).");
                return null;
            }
            Grouping g = explore.grouping(colourBy.get());
            return (progress, cancel) -> PairPlotData.of(d, chosen, g, progress, cancel);
        });
        columns.addListener((ListChangeListener<ColumnPick>) c -> {
            selectionChanged();
            if (!resetting) {
                computation.invalidate(true);
            }
        });
        colourBy.addListener((o, a, b) -> {
            if (b == null) {
                colourBy.set(GroupChoice.NONE);
            } else {
                computation.invalidate(true);
            }
        });
        computation.valueProperty().subscribe(this::describe);
        jitter.addListener((o, a, b) -> describe(computation.value()));
        explore.groupChoices().addListener((ListChangeListener<GroupChoice>) c -> refreshColourChoices());
    }

    private void refreshColourChoices() {
        List<GroupChoice> next = new ArrayList<>();
        next.add(GroupChoice.NONE);
        next.addAll(explore.groupChoices());
        GroupChoice was = colourBy.get();
        colourChoices.setAll(next);
        colourBy.set(next.contains(was) ? was : GroupChoice.NONE);
    }

    void datasetChanged() {
        Set<String> ticked = new HashSet<>(selectedColumns());
        List<String> numeric = explore.numericColumns();
        boolean keep = !ticked.isEmpty() && numeric.containsAll(ticked);
        List<ColumnPick> next = new ArrayList<>();
        for (int i = 0; i < numeric.size(); i++) {
            String name = numeric.get(i);
            next.add(new ColumnPick(name, keep ? ticked.contains(name) : i < DEFAULT_COLUMNS));
        }
        resetting = true;
        columns.setAll(next);
        resetting = false;
        refreshColourChoices();
        if (!keep) {
            // a new table starts uncoloured: one colour reads best until the analyst asks for groups
            colourBy.set(GroupChoice.NONE);
        }
        computation.invalidate(false);
    }

    void segmentsChanged() {
        refreshColourChoices();
        if (colourBy.get().kind() == GroupChoice.Kind.SEGMENTS) {
            computation.invalidate(true);
        }
    }

    private void selectionChanged() {
        int n = selectedColumns().size();
        selectionText.set(n + " of " + Formats.plural(columns.size(), "numeric column", "numeric columns")
                + " ticked (" + MIN_COLUMNS + " to " + MAX_COLUMNS + ")");
    }

    private void describe(PairPlotData p) {
        List<String> discrete = p == null ? List.of() : p.discreteColumns();
        jitterOffered.set(!discrete.isEmpty());
        boolean jittered = jitter.get() && !discrete.isEmpty();
        shown.set(jittered ? p.jittered() : p);
        if (p == null) {
            note.set("");
            return;
        }
        String points = p.sampled()
                ? "Points: a random sample of " + Formats.count(p.shown()) + " of " + Formats.count(p.rows())
                + " customers (seed " + p.seed() + "); the diagonal histograms count every customer."
                : "Points: all " + Formats.plural(p.rows(), "customer", "customers")
                + "; the diagonal shows each column's histogram.";
        note.set(points + (p.coloured() ? " Colours: " + p.grouping() + "." : "") + (jittered ? " Jittered: "
                + String.join(", ", discrete) + " (each point moved by up to " + Math.round(Jitter.FRACTION * 100)
                + "% of the gap between neighbouring values, so that stacked customers show; the histograms are exact)."
                : ""));
    }

    Computation<PairPlotData> computation() {
        return computation;
    }

    /** The numeric columns with their ticks. */
    public ObservableList<ColumnPick> columns() {
        return columns;
    }

    /** The ticked columns in table order. */
    public List<String> selectedColumns() {
        return columns.stream().filter(ColumnPick::isSelected).map(ColumnPick::name).toList();
    }

    /** Ticks exactly {@code names} (others are unticked). */
    public void select(List<String> names) {
        Set<String> set = new HashSet<>(names);
        resetting = true;
        columns.forEach(c -> c.setSelected(set.contains(c.name())));
        resetting = false;
        selectionChanged();
        computation.invalidate(true);
    }

    /** "None", the categories and (after a segmentation) "Segment". */
    public ObservableList<GroupChoice> colourChoices() {
        return colourChoices;
    }

    public ObjectProperty<GroupChoice> colourByProperty() {
        return colourBy;
    }

    /** e.g. "3 of 3 numeric columns ticked (2 to 6)" */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    /** Whether the points are all customers or a sample, and what the colours mean. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /**
     * Whether the points of columns with few distinct values (ages, counts) are drawn jittered: moved by
     * a seeded random amount so that customers stacked on one value show ({@link Jitter}).
     */
    public BooleanProperty jitterProperty() {
        return jitter;
    }

    /** True when a ticked column has few distinct values, so jitter would change the picture. */
    public ReadOnlyBooleanProperty jitterOfferedProperty() {
        return jitterOffered.getReadOnlyProperty();
    }

    /** The figures as drawn: {@link #data()}, jittered when asked (null until computed). */
    public ReadOnlyObjectProperty<PairPlotData> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The figures (null until computed). */
    public PairPlotData data() {
        return computation.value();
    }
}
