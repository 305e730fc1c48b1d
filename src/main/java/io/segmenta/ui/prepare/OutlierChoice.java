package io.segmenta.ui.prepare;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.OutlierParameterException;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.ui.Formats;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The Prepare step's outlier choice: the method with its parameter as typed (and the Isolation
 * Forest's seed), keep or exclude for every flagged customer, and the analyst's keep or exclude
 * for single flagged customers, which belong to the open table. The parameter is read by the
 * core's {@link OutlierPolicy#parseParameter}, as the command line reads it.
 */
public final class OutlierChoice {
    private final ObjectProperty<OutlierMethod> method = new SimpleObjectProperty<>(this, "method", OutlierMethod.NONE);
    private final StringProperty parameter = new SimpleStringProperty(this, "parameter", "");
    private final ObjectProperty<OutlierAction> action = new SimpleObjectProperty<>(this, "action", OutlierAction.KEEP);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", Long.toString(OutlierPolicy.DEFAULT_SEED));
    /** The analyst's keep or exclude for single flagged customers, by table row (0-based). */
    private final ObservableMap<Integer, OutlierAction> choices = FXCollections.observableHashMap();
    /** The same, read only; one wrapper kept, as listeners on it live only as long as it does. */
    private final ObservableMap<Integer, OutlierAction> choicesView = FXCollections.unmodifiableObservableMap(choices);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    OutlierChoice() {
        method.addListener((o, was, now) -> {
            if (now == null) {
                method.set(was);
                return;
            }
            parameter.set(defaultParameterText(now));
        });
        action.addListener((o, was, now) -> {
            if (now == null) {
                action.set(was);
            }
        });
    }

    /** What any change of the choice is heard on. */
    Observable[] observables() {
        return new Observable[] {method, parameter, action, seed, choicesView};
    }

    /**
     * The policy of the choices made.
     *
     * @throws SegmentaException when the parameter or the seed cannot be read or is out of range
     */
    OutlierPolicy policy() {
        OutlierMethod m = method.get();
        if (m == OutlierMethod.NONE) {
            return OutlierPolicy.NONE;
        }
        double p;
        try {
            p = OutlierPolicy.parseParameter(m, parameter.get());
        } catch (OutlierParameterException e) {
            throw new SegmentaException("The " + e.field() + " \"" + e.text() + "\" is not a number. Enter "
                    + e.example() + ".");
        }
        long s = OutlierPolicy.DEFAULT_SEED;
        if (m == OutlierMethod.ISOLATION_FOREST) {
            String t = seed.get() == null ? "" : seed.get().trim();
            try {
                s = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new SegmentaException("The Isolation Forest seed \"" + t + "\" is not a whole number. Enter a "
                        + "whole number such as 42.");
            }
        }
        return new OutlierPolicy(m, p, action.get(), s);
    }

    /** Shows why the choice cannot be used, or nothing. */
    void check() {
        try {
            policy();
            error.set(null);
        } catch (SegmentaException e) {
            error.set(e.getMessage());
        }
    }

    /** "1.5", "3", "5%": the parameter text a method starts with. */
    static String defaultParameterText(OutlierMethod m) {
        return switch (m) {
            case NONE -> "";
            case ISOLATION_FOREST -> Formats.percent(m.defaultParameter());
            default -> String.format(Locale.ROOT, "%s", trim(m.defaultParameter()));
        };
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    // ---- single flagged customers --------------------------------------------------------------

    /**
     * Keeps or excludes these flagged customers (table rows, 0-based) whatever the outlier action
     * says; the next preview and segmentation use the choice.
     */
    public void choose(Collection<Integer> rows, OutlierAction a) {
        Objects.requireNonNull(a, "action");
        Map<Integer, OutlierAction> add = new HashMap<>();
        rows.forEach(r -> add.put(r, a));
        choices.putAll(add);
    }

    /** Forgets every single-customer choice: the outlier action applies to all flagged customers again. */
    public void clearChoices() {
        choices.clear();
    }

    /** The analyst's keep or exclude for single flagged customers, by table row (read only). */
    public ObservableMap<Integer, OutlierAction> choices() {
        return choicesView;
    }

    /** What the next run does with flagged customer {@code row}: the analyst's choice, else the outlier action. */
    public OutlierAction actionOf(int row) {
        return choices.getOrDefault(row, action.get());
    }

    // ---- properties ----------------------------------------------------------------------------

    public ObjectProperty<OutlierMethod> methodProperty() {
        return method;
    }

    /** The IQR factor, the z threshold, or the Isolation Forest share ("5%" or "0.05"). */
    public StringProperty parameterProperty() {
        return parameter;
    }

    /** Keep or exclude every flagged customer (but those chosen one by one). */
    public ObjectProperty<OutlierAction> actionProperty() {
        return action;
    }

    /** The Isolation Forest's seed. */
    public StringProperty seedProperty() {
        return seed;
    }

    /** Why the parameter or the seed cannot be used, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
