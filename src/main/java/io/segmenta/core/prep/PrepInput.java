package io.segmenta.core.prep;

import io.segmenta.core.data.CategoricalColumn;
import java.time.LocalDateTime;

/** One feature input while {@link FeaturePreparer} fits it: its values, its missing-value choice, its fitted form. */
final class PrepInput {
    final String name;
    final String column;
    final CategoricalColumn cat;
    /** A numeric input's values by dataset row (NaN where missing): read, never changed (may be the column's own). */
    final double[] values;
    DerivationKind kind;
    LocalDateTime referenceDate;
    int referenceYear;
    String datePattern;
    Imputation asked;
    Imputation used;
    double fill = Double.NaN;
    String fillLevel;
    /** Its missing cells in the whole table. */
    final int missingCells;
    int cellsFilled;
    boolean log;
    FittedInput fitted;

    PrepInput(String name, String column, CategoricalColumn cat, double[] values, int missingCells) {
        this.name = name;
        this.column = column;
        this.cat = cat;
        this.values = values;
        this.missingCells = missingCells;
    }

    boolean categorical() {
        return cat != null;
    }

    boolean missing(int row) {
        return cat != null ? cat.isMissing(row) : Double.isNaN(values[row]);
    }
}
