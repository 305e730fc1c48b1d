package io.segmenta.ui.predict;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.Prediction;
import io.segmenta.core.model.SegmentModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Predict step's form for one new customer: one field per input of the model in use (see
 * {@link PredictViewModel}), Predict, an example customer, and the segment the customer falls in with
 * how typical it is there. Placing one customer is immediate.
 */
public final class OneCustomerViewModel {
    private final ReadOnlyObjectProperty<SegmentModel> model;
    private final ObservableList<InputField> fields = FXCollections.observableArrayList(
            f -> new Observable[] {f.checkProperty(), f.textProperty()});
    private final ReadOnlyObjectWrapper<Prediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyStringWrapper predictionError = new ReadOnlyStringWrapper(this, "predictionError");
    private final BooleanBinding canPredict;
    private final StringBinding segmentText;
    private final StringBinding typicalityText;

    /** @param model the model in use (null before one is chosen) */
    public OneCustomerViewModel(ReadOnlyObjectProperty<SegmentModel> model) {
        this.model = Objects.requireNonNull(model, "model");
        canPredict = Bindings.createBooleanBinding(() -> model.get() != null
                && fields.stream().noneMatch(f -> f.check().isError()), model, fields);
        fields.addListener((ListChangeListener<InputField>) c -> {
            prediction.set(null);
            predictionError.set(null);
        });
        segmentText = Bindings.createStringBinding(() -> prediction.get() == null || model.get() == null ? ""
                : segmentLine(model.get(), prediction.get()), prediction, model);
        typicalityText = Bindings.createStringBinding(() -> prediction.get() == null ? ""
                : typicality(prediction.get()), prediction);
    }

    /** A form for a model's inputs, keeping the values typed for the same columns. */
    void useModel(SegmentModel m) {
        Map<String, String> typed = new HashMap<>();
        fields.forEach(f -> typed.put(f.label(), f.text()));
        List<InputField> next = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (var in : m.inputs()) {
            if (!columns.add(in.column())) {
                continue; // one field per column (a birth year may feed a number and an age)
            }
            InputField f = new InputField(in);
            String before = typed.get(in.column());
            if (before != null && (!f.isChoice() || f.choices().contains(before))) {
                f.setText(before);
            }
            next.add(f);
        }
        fields.setAll(next);
    }

    /** Places the customer of the form; a value that cannot be read is reported in {@link #predictionErrorProperty()}. */
    public void predict() {
        SegmentModel m = model.get();
        fields.forEach(f -> f.touchedProperty().set(true));
        if (m == null) {
            predictionError.set("Open a model file or use the current segmentation first.");
            return;
        }
        InputField bad = fields.stream().filter(f -> f.check().isError()).findFirst().orElse(null);
        if (bad != null) {
            prediction.set(null);
            predictionError.set(bad.check().message());
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.label(), f.text()));
        try {
            prediction.set(m.predict(values));
            predictionError.set(null);
        } catch (SegmentaException e) {
            prediction.set(null);
            predictionError.set(e.getMessage());
        }
    }

    /**
     * Fills the form with an example customer: for numbers read as they are, the centre of the
     * largest segment (rounded like the training values); for derived ages and tenures, the middle
     * of the training range (as a birth year or a date); for categories, the first level.
     */
    public void fillExample() {
        SegmentModel m = model.get();
        if (m == null) {
            return;
        }
        for (InputField f : fields) {
            f.setText(example(m, f.input()));
        }
        predictionError.set(null);
    }

    static String example(SegmentModel m, io.segmenta.core.model.ModelInput in) {
        if (in.kind() == io.segmenta.core.model.InputKind.CATEGORY) {
            return in.levels().isEmpty() ? "" : in.levels().get(0);
        }
        var n = (io.segmenta.core.prep.FittedNumeric) in.fitted();
        double v = n.derivation() == null && !m.segments().isEmpty()
                ? PredictionPlot.original(m, in.column(), m.segments().get(0).centroid()) : Double.NaN;
        if (Double.isNaN(v)) {
            v = in.hasRange() ? (in.min() + in.max()) / 2 : 0;
        }
        if (n.derivation() == io.segmenta.core.prep.DerivationKind.AGE_FROM_BIRTH_YEAR) {
            return Long.toString(Math.round(n.referenceYear() - v));
        }
        if (n.derivation() == io.segmenta.core.prep.DerivationKind.TENURE_DAYS) {
            return n.referenceDate().minusDays(Math.round(v)).toLocalDate().toString();
        }
        if (in.integral()) {
            return Long.toString(Math.round(v));
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** Empties every field. */
    public void clearForm() {
        fields.forEach(f -> {
            f.setText("");
            f.touchedProperty().set(false);
        });
        prediction.set(null);
        predictionError.set(null);
    }

    /** "Segment 2 of 5" for the prediction shown; "Noise" for DBSCAN noise. */
    public static String segmentLine(SegmentModel m, Prediction p) {
        return p.isNoise() ? "In no segment (DBSCAN noise)" : "Segment " + p.number() + " of " + m.k();
    }

    /**
     * How typical the customer is, in words: "Typical: farther from the segment's centre than 35% of
     * its training customers (distance 0.62)".
     */
    public static String typicality(Prediction p) {
        return p.typicality();
    }

    /** The form, one field per model input. */
    public ObservableList<InputField> fields() {
        return fields;
    }

    /** The field of a column, or null. */
    public InputField field(String column) {
        return fields.stream().filter(f -> f.label().equals(column)).findFirst().orElse(null);
    }

    /** True when there is a model and no field holds an error. */
    public BooleanBinding canPredictBinding() {
        return canPredict;
    }

    /** The latest prediction, or null (cleared when the form's fields change). */
    public ReadOnlyObjectProperty<Prediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    public Prediction prediction() {
        return prediction.get();
    }

    /** Why the last Predict gave no prediction, or null. */
    public ReadOnlyStringProperty predictionErrorProperty() {
        return predictionError.getReadOnlyProperty();
    }

    /** "Segment 2 of 5" for the prediction shown, "" without one. */
    public StringBinding segmentTextProperty() {
        return segmentText;
    }

    /** How typical the predicted customer is, in words; "" without a prediction. */
    public StringBinding typicalityTextProperty() {
        return typicalityText;
    }
}
