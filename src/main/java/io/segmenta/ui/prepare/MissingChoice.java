package io.segmenta.ui.prepare;

import io.segmenta.core.data.ColumnType;
import io.segmenta.ui.Formats;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The missing-value choice of one column with missing cells: as the default, drop the rows, mean,
 * median, most frequent or a constant (categories: no mean or median). The constant is typed as
 * text; {@link #errorProperty()} says why it cannot be used.
 */
public final class MissingChoice {
    private final String column;
    private final ColumnType type;
    private final int missingCells;
    private final int rows;
    private final ObjectProperty<FillChoice> choice = new SimpleObjectProperty<>(this, "choice", FillChoice.DEFAULT);
    private final StringProperty constant = new SimpleStringProperty(this, "constant", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    /**
     * @param column       the column (numeric, categorical, or a date column that gives tenure)
     * @param type         its type
     * @param missingCells its missing cells
     * @param rows         rows of the table
     */
    public MissingChoice(String column, ColumnType type, int missingCells, int rows) {
        this.column = Objects.requireNonNull(column, "column");
        this.type = Objects.requireNonNull(type, "type");
        this.missingCells = missingCells;
        this.rows = rows;
        choice.addListener((o, was, now) -> {
            if (now == null || !options().contains(now)) {
                choice.set(was);
            }
        });
    }

    public String column() {
        return column;
    }

    public ColumnType type() {
        return type;
    }

    public int missingCells() {
        return missingCells;
    }

    public boolean categorical() {
        return type == ColumnType.CATEGORICAL;
    }

    /** The choices that apply to this column: a category takes no mean or median. */
    public List<FillChoice> options() {
        return Arrays.stream(FillChoice.values()).filter(c -> !(categorical() && c.numericOnly())).toList();
    }

    /** The choice; one that does not apply to the column is refused and the old one kept. */
    public ObjectProperty<FillChoice> choiceProperty() {
        return choice;
    }

    public FillChoice choice() {
        return choice.get();
    }

    /** The fill value for {@link FillChoice#CONSTANT}: a number, or a level for a category. */
    public StringProperty constantProperty() {
        return constant;
    }

    /** Why the constant cannot be used, or null. Set by the view-model. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String text) {
        error.set(text);
    }

    /** "Income: 24 missing (1.1%)", "Joined (for its tenure): 3 missing (0.1%)" */
    public String label() {
        return column + (type == ColumnType.DATE ? " (for its tenure)" : "") + ": " + Formats.count(missingCells)
                + " missing ("
                + Formats.percent(rows == 0 ? 0 : (double) missingCells / rows) + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
