package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Preparation stage: the chosen columns become inputs (a date or text column is refused with a
 * clear message), and features whose cells are all missing are left out.
 */
final class FeatureSelection extends PrepStage {
    FeatureSelection(PrepRun run) {
        super(run);
    }

    /** The chosen columns, each once, in their order; fails when nothing at all is chosen. */
    static List<String> chosen(PrepSpec spec) {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(spec.features()));
        if (chosen.isEmpty() && spec.derived().isEmpty()) {
            throw new SegmentaException("No features are selected. Choose at least one numeric or categorical "
                    + "column.");
        }
        return chosen;
    }

    /** Reads the chosen columns as inputs. */
    void readColumns(List<String> chosen) {
        for (String name : chosen) {
            Column c = data.column(name);
            if (c instanceof NumericColumn num) {
                inputs.add(new PrepInput(name, name, null, num.sharedValues(), num.missingCount())); // read, never changed
            } else if (c instanceof CategoricalColumn cat) {
                inputs.add(new PrepInput(name, name, cat, null, cat.missingCount()));
            } else if (c instanceof DateColumn) {
                throw new SegmentaException("Column \"" + name + "\" is a date column and cannot be a feature. "
                        + "Choose numeric or categorical columns, or derive the customer tenure in days from it.");
            } else {
                String why = data.notNumeric(name).map(n -> ": " + n + ". Correct the cells that are not numbers "
                        + "or leave them empty (missing), then open the file again, or choose other columns")
                        .orElse(". Choose numeric or categorical columns");
                throw new SegmentaException("Column \"" + name + "\" is " + Texts.article(c.type().label())
                        + " column and cannot be a feature" + why + ".");
            }
        }
    }

    /** Leaves out the inputs with no values at all. */
    void excludeAllMissing() {
        inputs.removeIf(in -> {
            if (in.missingCells == n) {
                excluded.add(new ExcludedFeature(in.name, ExclusionReason.ALL_MISSING, describe(in)
                        + " has no values (all " + Texts.count(n, "cell is", "cells are") + " missing) and is left "
                        + "out."));
                return true;
            }
            return false;
        });
    }
}
