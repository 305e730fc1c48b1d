package io.segmenta.core.model;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.explain.Drivers;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.explain.Warnings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What drove the segmentation a model was made from and what its analyst was warned about
 * ({@code core/explain}'s drivers and warnings of the result), carried in the model file so that
 * whoever uses the model can see it. It describes training and never changes a prediction. Models
 * saved before it was written have none ({@link #NONE}).
 *
 * @param drivers  each feature's share in separating the segments, strongest first
 * @param warnings the warnings about the result, in words
 */
public record ModelExplanation(List<Driver> drivers, List<Warning> warnings) {
    /** No drivers and no warnings: a model file written before they were saved. */
    public static final ModelExplanation NONE = new ModelExplanation(List.of(), List.of());
    /** Drivers named in {@link #driversSentence()}. */
    private static final int NAMED = 5;

    public ModelExplanation {
        drivers = List.copyOf(drivers);
        warnings = List.copyOf(warnings);
    }

    /**
     * One warning as saved. The kind is kept as its word ("skewed_amount"), so a file written by a later
     * Segmenta with a kind this one does not know still reads, with its message.
     *
     * @param kind    the warning's word ({@link ResultWarning.Kind#key()})
     * @param subject the column or segment it is about, "" for the whole result
     * @param message what it means and what to do
     */
    public record Warning(String kind, String subject, String message) {
        static Warning of(ResultWarning w) {
            return new Warning(w.kind().key(), w.subject(), w.message());
        }
    }

    /** The drivers and warnings of {@code result} on the table it ran on. */
    static ModelExplanation of(Dataset data, SegmentationResult result) {
        List<Driver> drivers = Drivers.of(data, result).stream().filter(d -> Double.isFinite(d.value())).toList();
        return new ModelExplanation(drivers, Warnings.of(data, result).stream().map(Warning::of).toList());
    }

    /** Whether there is nothing to show (a model saved before drivers were). */
    public boolean isEmpty() {
        return drivers.isEmpty() && warnings.isEmpty();
    }

    /**
     * The drivers sentence (when there are drivers) and each warning as "When the model was made: ...",
     * for wherever a loaded model is described.
     */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (!drivers.isEmpty()) {
            out.add(driversSentence());
        }
        warnings.forEach(w -> out.add("When the model was made: " + w.message()));
        return out;
    }

    /**
     * "What separates the segments most: Spending Score (1-100) (eta squared 0.88), Annual Income (k$)
     * (eta squared 0.79)." naming up to five features; "" without drivers.
     */
    public String driversSentence() {
        if (drivers.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Driver d : drivers.subList(0, Math.min(NAMED, drivers.size()))) {
            parts.add(String.format(Locale.ROOT, "%s (%s %.2f)", d.column(), d.kind().label(), d.value()));
        }
        String more = drivers.size() > NAMED ? " and " + (drivers.size() - NAMED) + " more" : "";
        return "What separates the segments most (0 to 1): " + String.join(", ", parts) + more + ".";
    }
}
