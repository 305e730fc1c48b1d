package io.segmenta.ui.prepare;

import io.segmenta.core.prep.OutlierAction;
import io.segmenta.core.prep.OutlierMethod;
import io.segmenta.core.prep.Scaling;
import io.segmenta.core.projectfile.WindowChoices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Prepare step's choices for a project file, in the words of its controls: missing values (the
 * default and per column), one-hot and rare levels, scaling, log transforms, derived features and the
 * outlier rule with the choices for single customers. Read and set through the step's properties.
 */
public final class PrepareState {
    private PrepareState() {
    }

    /** The choices as they are now. */
    public static WindowChoices.Prepare snapshot(PrepareViewModel vm) {
        Map<String, WindowChoices.Fill> missing = new LinkedHashMap<>();
        vm.missingChoices().forEach(m -> missing.put(m.column(), new WindowChoices.Fill(m.choice().name(),
                m.constantProperty().get())));
        Map<String, WindowChoices.Derived> derived = new LinkedHashMap<>();
        vm.derivedChoices().forEach(d -> derived.put(d.featureName(), new WindowChoices.Derived(d.derive(),
                d.referenceProperty().get())));
        OutlierChoice o = vm.outliers();
        Map<Integer, String> single = new TreeMap<>();
        o.choices().forEach((row, a) -> single.put(row, a.name()));
        return new WindowChoices.Prepare(vm.missingDefaultProperty().get().name(),
                vm.missingDefaultConstantProperty().get(), missing, vm.dropFirstProperty().get(),
                vm.mergeRareProperty().get(), vm.rareThresholdProperty().get(), vm.scalingProperty().get().name(),
                List.copyOf(vm.log().logged()), vm.log().leaveOutProperty().get(), derived,
                new WindowChoices.Outliers(o.methodProperty().get().name(),
                o.parameterProperty().get(), o.actionProperty().get().name(), o.seedProperty().get(), single));
    }

    /**
     * Sets the choices on the open table (computing its advice first when a per-column choice needs
     * it); a column or name this table or Segmenta does not have is passed over.
     */
    public static void restore(PrepareViewModel vm, WindowChoices.Prepare p) {
        if (p == null) {
            return;
        }
        if (!p.missing().isEmpty() || !p.derived().isEmpty()) {
            vm.adviseNow();
        }
        set(FillChoice.class, p.missingDefault(), vm.missingDefaultProperty()::set);
        text(p.missingDefaultConstant(), vm.missingDefaultConstantProperty()::set);
        p.missing().forEach((column, fill) -> {
            MissingChoice m = vm.missingChoice(column);
            if (m != null) {
                set(FillChoice.class, fill.choice(), m.choiceProperty()::set);
                text(fill.constant(), m.constantProperty()::set);
            }
        });
        vm.dropFirstProperty().set(p.dropFirst());
        vm.mergeRareProperty().set(p.mergeRare());
        text(p.rareThreshold(), vm.rareThresholdProperty()::set);
        set(Scaling.class, p.scaling(), vm.scalingProperty()::set);
        p.derived().forEach((name, d) -> {
            DerivedChoice c = vm.derivedChoice(name);
            if (c != null) {
                text(d.reference(), c.referenceProperty()::set);
                c.deriveProperty().set(d.derive());
            }
        });
        vm.log().logged().setAll(p.logged() == null ? List.of() : p.logged());
        vm.log().leaveOutProperty().set(p.logLeaveOut());
        WindowChoices.Outliers o = p.outliers();
        if (o != null) {
            OutlierChoice c = vm.outliers();
            set(OutlierMethod.class, o.method(), c.methodProperty()::set);
            text(o.parameter(), c.parameterProperty()::set);
            set(OutlierAction.class, o.action(), c.actionProperty()::set);
            text(o.seed(), c.seedProperty()::set);
            c.clearChoices();
            if (o.choices() != null) {
                for (OutlierAction a : OutlierAction.values()) {
                    List<Integer> rows = new ArrayList<>();
                    o.choices().forEach((row, name) -> {
                        if (a.name().equals(name)) {
                            rows.add(row);
                        }
                    });
                    if (!rows.isEmpty()) {
                        c.choose(rows, a);
                    }
                }
            }
        }
    }

    private static <E extends Enum<E>> void set(Class<E> type, String name, Consumer<E> to) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                to.accept(e);
            }
        }
    }

    private static void text(String text, Consumer<String> to) {
        if (text != null) {
            to.accept(text);
        }
    }
}
