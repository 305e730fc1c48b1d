package io.segmenta.ui.prepare;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.PrepAdvice;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;

/**
 * The Table check tab's state: the advice on the open table, sentence by sentence with the icon that
 * says what it is about, the line above it and what the tab says while there is none.
 */
public final class TableCheckViewModel {
    /** A sentence of advice and the Ikonli icon literal that goes with it. */
    public record Item(String icon, String text) {
    }

    private final BooleanBinding shown;
    private final StringBinding intro;
    private final StringBinding emptyTitle;
    private final StringBinding emptyText;
    private final ObjectBinding<List<Item>> items;

    public TableCheckViewModel(PrepareViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        var advice = vm.adviceProperty();
        var dataset = vm.datasetProperty();
        shown = Bindings.createBooleanBinding(() -> advice.get() != null && dataset.get() != null, advice, dataset);
        emptyTitle = Bindings.createStringBinding(() -> dataset.get() == null ? "No table open"
                : "Checking the table…", dataset);
        emptyText = Bindings.createStringBinding(() -> dataset.get() == null ? "Open a CSV file or the built-in "
                + "sample to see its missing cells, rare levels, constant columns and the features its dates can give."
                : "Counting missing cells, rare levels and constant columns of " + dataset.get().name() + ".", dataset);
        intro = Bindings.createStringBinding(() -> shown.get() ? intro(dataset.get(), advice.get()) : "", shown,
                advice, dataset);
        items = Bindings.createObjectBinding(() -> {
            List<Item> out = new ArrayList<>();
            if (shown.get()) {
                for (String s : advice.get().sentences()) {
                    out.add(new Item(iconFor(advice.get(), s), s));
                }
            }
            return out;
        }, shown, advice);
    }

    private static String intro(Dataset d, PrepAdvice a) {
        return d.name() + ": " + Formats.plural(d.rowCount(), "row", "rows") + ", "
                + Formats.plural(d.columnCount(), "column", "columns") + ". " + (a.sentences().isEmpty()
                ? "Nothing needs attention: no missing cells, rare levels, constant columns or dates. Scaling and the "
                + "outlier check on the left still apply."
                : Formats.plural(a.sentences().size(), "point", "points") + " to consider; the choices on the left act "
                + "on them.");
    }

    /** The icon of an advice sentence: missing cells, rare levels, left-out columns, derivable features. */
    static String iconFor(PrepAdvice a, String sentence) {
        for (String c : a.missingCells().keySet()) {
            if (sentence.startsWith(c + " has ") && sentence.contains("missing")) {
                return "mdi2a-alert-outline";
            }
        }
        for (String c : a.constant()) {
            if (sentence.startsWith(c + " has ")) {
                return "mdi2m-minus-circle-outline";
            }
        }
        for (String c : a.allMissing()) {
            if (sentence.startsWith(c + " has no values")) {
                return "mdi2m-minus-circle-outline";
            }
        }
        if (sentence.contains(" derive ")) {
            return "mdi2c-calendar-plus";
        }
        return "mdi2i-information-outline";
    }

    /** True when there is a table and its advice. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    public StringBinding introProperty() {
        return intro;
    }

    public StringBinding emptyTitleProperty() {
        return emptyTitle;
    }

    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    /** The advice, sentence by sentence; empty while there is none. */
    public ObjectBinding<List<Item>> itemsProperty() {
        return items;
    }
}
