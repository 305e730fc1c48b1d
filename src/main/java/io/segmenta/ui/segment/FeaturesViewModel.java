package io.segmenta.ui.segment;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.FeaturePreset;
import io.segmenta.core.prep.FeaturePresets;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.ui.Formats;
import io.segmenta.ui.data.ColumnInfo;
import io.segmenta.ui.data.DataViewModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Which features the Segment step clusters on: a checklist of the feature columns (and the derived
 * features the Prepare step offers), the presets that fit the open table, the preset the ticks
 * match, and how the ticked features are prepared. A new table starts with "Income + Spending"
 * where it has them, else the first preset, else every numeric feature; a change of roles in the
 * Data step keeps the ticks by name.
 */
public final class FeaturesViewModel {
    private final DataViewModel data;

    private final ObservableList<FeatureChoice> choices =
            FXCollections.observableArrayList(f -> new Observable[] {f.selectedProperty()});
    private final ObservableList<FeaturePreset> presets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FeaturePreset> matchingPreset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");

    /** Prepares the ticked features: the Prepare step's choices once connected, else standard scaling. */
    private Function<List<String>, PrepSpec> preparation = PrepSpec::standard;
    /** Derived features the Prepare step offers; they follow the feature columns in the checklist. */
    private List<String> derivedFeatures = List.of();

    FeaturesViewModel(DataViewModel data) {
        this.data = Objects.requireNonNull(data, "data");
        data.datasetProperty().subscribe(this::datasetChanged);
        data.columns().addListener((ListChangeListener<ColumnInfo>) c -> rolesChanged());
        choices.addListener((ListChangeListener<FeatureChoice>) c -> selectionChanged());
    }

    private void datasetChanged(Dataset d) {
        List<FeatureChoice> next = new ArrayList<>();
        for (ColumnInfo c : data.columns()) {
            if (c.isFeature()) {
                next.add(new FeatureChoice(c.name(), c.type(), false));
            }
        }
        choices.setAll(next);
        refreshPresets();
        List<String> defaults = defaultSelection(d);
        choices.forEach(f -> f.setSelected(defaults.contains(f.name())));
        selectionChanged();
    }

    /** "Income + Spending" where the table has it, else the first preset, else every numeric feature. */
    private List<String> defaultSelection(Dataset d) {
        if (d == null) {
            return List.of();
        }
        for (FeaturePreset p : presets) {
            if (p.label().equals("Income + Spending")) {
                return p.columns();
            }
        }
        if (!presets.isEmpty()) {
            return presets.get(0).columns();
        }
        return choices.stream().filter(f -> f.type() == ColumnType.NUMERIC).map(FeatureChoice::name).toList();
    }

    /**
     * Connects the Prepare step: {@code prep} turns the ticked names into the preparation of every
     * run, and the names in {@code derived} (features derived from a column) join the checklist.
     */
    public void usePreparation(Function<List<String>, PrepSpec> prep, ObservableList<String> derived) {
        this.preparation = Objects.requireNonNull(prep, "prep");
        this.derivedFeatures = Objects.requireNonNull(derived, "derived");
        derived.addListener((ListChangeListener<String>) c -> rolesChanged());
        rolesChanged();
    }

    /**
     * The preparation of the ticked features.
     *
     * @throws SegmentaException with a message for the analyst when it cannot be made
     */
    PrepSpec preparedSpec() {
        return preparation.apply(selected());
    }

    /** Keeps ticks by name; columns that became features appear unticked, others disappear. */
    private void rolesChanged() {
        List<String> now = new ArrayList<>(data.featureColumns());
        now.addAll(derivedFeatures);
        List<String> shown = choices.stream().map(FeatureChoice::name).toList();
        if (now.equals(shown)) {
            return;
        }
        Set<String> ticked = new HashSet<>(selected());
        List<FeatureChoice> next = new ArrayList<>();
        for (String name : now) {
            ColumnInfo c = data.column(name);
            next.add(new FeatureChoice(name, c == null ? ColumnType.NUMERIC : c.type(), ticked.contains(name)));
        }
        choices.setAll(next);
        refreshPresets();
        selectionChanged();
    }

    /** Presets whose columns are all feature columns now. */
    private void refreshPresets() {
        Dataset d = data.dataset();
        if (d == null) {
            presets.clear();
            return;
        }
        Set<String> available = new HashSet<>(data.featureColumns());
        presets.setAll(FeaturePresets.forDataset(d).stream().filter(p -> available.containsAll(p.columns())).toList());
    }

    private void selectionChanged() {
        List<String> sel = selected();
        FeaturePreset match = null;
        for (FeaturePreset p : presets) {
            if (new HashSet<>(p.columns()).equals(new HashSet<>(sel))) {
                match = p;
            }
        }
        matchingPreset.set(match);
        selectionText.set(choices.isEmpty() ? "No feature columns: give numeric or categorical columns the role "
                + "\"feature\" in the Data step."
                : sel.size() + " of " + Formats.plural(choices.size(), "feature column", "feature columns") + " selected");
    }

    /** Ticks exactly the preset's columns. */
    public void applyPreset(FeaturePreset preset) {
        if (preset == null) {
            return;
        }
        Set<String> cols = new HashSet<>(preset.columns());
        choices.forEach(f -> f.setSelected(cols.contains(f.name())));
    }

    /** Ticks or unticks one feature column by name (no effect for a name not in the checklist). */
    public void select(String column, boolean selected) {
        choices.stream().filter(f -> f.name().equals(column)).forEach(f -> f.setSelected(selected));
    }

    /** The ticked columns in table order. */
    public List<String> selected() {
        return choices.stream().filter(FeatureChoice::isSelected).map(FeatureChoice::name).toList();
    }

    /** The checklist: feature columns in table order, then the derived features. */
    public ObservableList<FeatureChoice> choices() {
        return choices;
    }

    /** Presets whose columns are all feature columns of the open table. */
    public ObservableList<FeaturePreset> presets() {
        return presets;
    }

    /** The preset that equals the current ticks, or null (a custom choice). */
    public ReadOnlyObjectProperty<FeaturePreset> matchingPresetProperty() {
        return matchingPreset.getReadOnlyProperty();
    }

    /** e.g. "2 of 4 feature columns selected" */
    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }
}
