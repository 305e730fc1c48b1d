package io.segmenta.ui.undo;

import io.segmenta.core.prep.ColumnRole;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.ui.data.ColumnInfo;
import io.segmenta.ui.data.DataViewModel;
import io.segmenta.ui.prepare.DerivedChoice;
import io.segmenta.ui.prepare.FillChoice;
import io.segmenta.ui.prepare.MissingChoice;
import io.segmenta.ui.prepare.OutlierChoice;
import io.segmenta.ui.prepare.PrepareViewModel;
import io.segmenta.ui.segment.FeatureChoice;
import io.segmenta.ui.segment.FeaturesViewModel;
import io.segmenta.ui.segment.SegmentViewModel;
import io.segmenta.ui.segment.SegmentationRun;
import io.segmenta.ui.undo.Choice.Kind;
import io.segmenta.ui.undo.Choice.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.Property;

/**
 * The window's choices that Undo keeps, read from the view-models as a {@link ChoiceState} with the
 * way to set each one back: column roles (Data), derived features, feature ticks and every other
 * preparation choice (Prepare and Segment), and the segment names and descriptions of every kept run.
 * The method, k and seeds of a run are not among them; neither is anything a job sets.
 */
final class UndoableChoices {
    private final DataViewModel data;
    private final PrepareViewModel prepare;
    private final SegmentViewModel segment;

    UndoableChoices(DataViewModel data, PrepareViewModel prepare, SegmentViewModel segment) {
        this.data = Objects.requireNonNull(data, "data");
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        this.segment = Objects.requireNonNull(segment, "segment");
    }

    /** What a change of any kept choice is heard on (lists with extractors report their items' changes). */
    List<Observable> observables() {
        OutlierChoice o = prepare.outliers();
        return List.of(data.columns(), segment.features().choices(), prepare.derivedChoices(),
                prepare.missingDefaultProperty(), prepare.missingDefaultConstantProperty(), prepare.missingChoices(),
                prepare.dropFirstProperty(), prepare.mergeRareProperty(), prepare.rareThresholdProperty(),
                prepare.scalingProperty(), prepare.log().logged(), prepare.log().leaveOutProperty(),
                o.methodProperty(), o.parameterProperty(), o.actionProperty(), o.seedProperty(), o.choices(),
                segment.runs(), segment.segmentNames(), segment.descriptions());
    }

    /** Every kept choice and its value now. */
    ChoiceState read() {
        ChoiceState.Builder b = ChoiceState.builder();
        for (ColumnInfo c : data.columns()) {
            String name = c.name();
            b.put(new Choice("role:" + name, Section.ROLES, Kind.PICK, name,
                    v -> "Role of " + name + ": " + ((ColumnRole) v).label(), v -> {
                        ColumnInfo now = data.column(name);
                        if (now != null) {
                            now.roleProperty().set((ColumnRole) v);
                        }
                    }), c.role());
        }
        for (DerivedChoice d : prepare.derivedChoices()) {
            String name = d.featureName();
            b.put(new Choice("derive:" + name, Section.DERIVED, Kind.PICK, name,
                    v -> (Boolean.TRUE.equals(v) ? "Derive " : "Don't derive ") + name,
                    v -> derived(name, x -> x.deriveProperty().set((Boolean) v))), d.derive());
            b.put(new Choice("reference:" + name, Section.DERIVED, Kind.TYPED, "Reference of " + name, null,
                    v -> derived(name, x -> x.referenceProperty().set((String) v))), d.referenceProperty().get());
        }
        FeaturesViewModel features = segment.features();
        for (FeatureChoice f : features.choices()) {
            String name = f.name();
            b.put(new Choice("tick:" + name, Section.FEATURES, Kind.PICK, name,
                    v -> (Boolean.TRUE.equals(v) ? "Tick " : "Untick ") + name,
                    v -> features.select(name, (Boolean) v)), f.isSelected());
        }
        readPreparation(b);
        for (SegmentationRun run : segment.runs()) {
            List<String> names = run.names();
            List<String> descriptions = run.descriptions();
            for (int s = 0; s < names.size(); s++) {
                int at = s;
                String seg = "segment " + (s + 1) + (segment.runs().size() > 1 ? " (" + run.label() + ")" : "");
                b.put(new Choice("name:" + run.number() + ":" + s, Section.NAMES, Kind.PICK, "Name of " + seg,
                        v -> "Rename " + seg + " to \u201c" + v + "\u201d",
                        v -> segment.runEdits().restoreText(run, at, (String) v, null)), names.get(s));
                if (s < descriptions.size()) {
                    b.put(new Choice("description:" + run.number() + ":" + s, Section.NAMES, Kind.PICK,
                            "Description of " + seg, v -> "Describe " + seg,
                            v -> segment.runEdits().restoreText(run, at, null, (String) v)), descriptions.get(s));
                }
            }
        }
        return b.build();
    }

    private void derived(String featureName, Consumer<DerivedChoice> set) {
        DerivedChoice d = prepare.derivedChoice(featureName);
        if (d != null) {
            set.accept(d);
        }
    }

    private void readPreparation(ChoiceState.Builder b) {
        pick(b, "missing:default", prepare.missingDefaultProperty(), v -> "Missing values: " + ((FillChoice) v).label());
        typed(b, "missing:default-constant", "Missing-value constant", prepare.missingDefaultConstantProperty());
        for (MissingChoice m : prepare.missingChoices()) {
            String column = m.column();
            b.put(new Choice("missing:" + column, Section.PREPARATION, Kind.PICK, column,
                    v -> "Missing values of " + column + ": " + ((FillChoice) v).label(),
                    v -> missing(column, x -> x.choiceProperty().set((FillChoice) v))), m.choice());
            b.put(new Choice("missing-constant:" + column, Section.PREPARATION, Kind.TYPED,
                    "Constant for " + column, null, v -> missing(column, x -> x.constantProperty().set((String) v))),
                    m.constantProperty().get());
        }
        pick(b, "one-hot:drop-first", prepare.dropFirstProperty(), v -> Boolean.TRUE.equals(v)
                ? "Leave out the first level" : "One indicator per level");
        pick(b, "one-hot:merge-rare", prepare.mergeRareProperty(), v -> Boolean.TRUE.equals(v)
                ? "Merge rare levels" : "Keep rare levels");
        typed(b, "one-hot:rare-threshold", "Rare-level threshold", prepare.rareThresholdProperty());
        pick(b, "scaling", prepare.scalingProperty(), v -> "Scaling: " + ((Scaling) v).label());
        b.put(new Choice("log", Section.PREPARATION, Kind.PICK, "Log transform", v -> ((List<?>) v).isEmpty()
                ? "No log transform" : "Log transform of " + ChoiceEdit.names(strings((List<?>) v)),
                v -> prepare.log().logged().setAll(strings((List<?>) v))), List.copyOf(prepare.log().logged()));
        pick(b, "log:leave-out", prepare.log().leaveOutProperty(), v -> Boolean.TRUE.equals(v)
                ? "Leave out customers below -1" : "Don't leave out customers below -1");
        OutlierChoice o = prepare.outliers();
        pick(b, "outliers:method", o.methodProperty(), v -> "Outliers: " + outlierWords((OutlierMethod) v));
        typed(b, "outliers:parameter", "Outlier threshold", o.parameterProperty());
        pick(b, "outliers:action", o.actionProperty(), v -> "Outliers: " + ((OutlierAction) v).label());
        typed(b, "outliers:seed", "Isolation Forest seed", o.seedProperty());
        b.put(new Choice("outliers:customers", Section.PREPARATION, Kind.PICK, "Flagged customers",
                v -> "Keep or exclude flagged customers", v -> restoreCustomers(o, (Map<?, ?>) v)), Map.copyOf(o.choices()));
    }

    private void missing(String column, Consumer<MissingChoice> set) {
        MissingChoice m = prepare.missingChoice(column);
        if (m != null) {
            set.accept(m);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void pick(ChoiceState.Builder b, String id, Property<T> p, Function<Object, String> says) {
        b.put(new Choice(id, Section.PREPARATION, Kind.PICK, id, says, v -> p.setValue((T) v)), p.getValue());
    }

    private static void typed(ChoiceState.Builder b, String id, String label, Property<String> p) {
        b.put(new Choice(id, Section.PREPARATION, Kind.TYPED, label, null, v -> p.setValue((String) v)), p.getValue());
    }

    private static List<String> strings(List<?> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add((String) v));
        return out;
    }

    /** The Prepare step's words for a method ("IQR fences"). */
    static String outlierWords(OutlierMethod m) {
        return switch (m) {
            case NONE -> "none";
            case IQR -> "IQR fences";
            case ZSCORE -> "z-score";
            case ISOLATION_FOREST -> "Isolation Forest";
        };
    }

    /** Sets the single-customer keep or exclude choices to a copy read earlier. */
    private static void restoreCustomers(OutlierChoice o, Map<?, ?> was) {
        o.clearChoices();
        Map<OutlierAction, List<Integer>> byAction = new EnumMap<>(OutlierAction.class);
        was.forEach((row, action) -> byAction.computeIfAbsent((OutlierAction) action, a -> new ArrayList<>())
                .add((Integer) row));
        byAction.forEach((action, rows) -> o.choose(rows, action));
    }
}
