package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.text.Texts;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the model's inputs from the rows of a new table, one row at a time and without stopping at
 * a bad cell: a cell that cannot be read makes that row fail with a message, the other rows go on.
 *
 * <p>Numbers and dates the importer already parsed are used as they are (a birth year becomes an
 * age, a date a tenure, with the formulas of {@link FittedNumeric}); every other cell goes through
 * the preparation's own {@link FittedInput#encodeCell}, once per distinct cell text (a category
 * column has a few), so the batch reads cells exactly as the one-customer form does. Safe to use
 * from several threads.
 */
final class RowReader {
    /** Distinct cell texts remembered per column; beyond this, cells are read each time. */
    private static final int CACHE_LIMIT = 1 << 16;

    /** Reads one input of one row. */
    private interface Reader {
        /**
         * Writes the input's raw features for {@code row} at {@code offset}; returns null, or why the
         * row cannot be placed. Adds what is worth knowing to {@code warnings}.
         */
        String read(int row, double[] raw, int offset, List<String> warnings);
    }

    private final Reader[] readers;
    private final int[] offsets;
    private final List<String> notes = new ArrayList<>();
    /** Whether training left customers below -1 in a log-transformed feature out (said when one is refused). */
    private final boolean leftOutBelow;

    RowReader(SegmentModel model, Dataset data, ColumnMatch match) {
        List<ModelInput> inputs = model.inputs();
        leftOutBelow = model.training().spec().prep().logLeaveOut();
        readers = new Reader[inputs.size()];
        offsets = new int[inputs.size()];
        for (int i = 0; i < readers.length; i++) {
            ModelInput in = inputs.get(i);
            Column column = data.column(match.columnOf().get(in.column()));
            readers[i] = reader(in, column, data);
            offsets[i] = in.rawFeature();
        }
    }

    /** What the user should know about the table as a whole (e.g. dates read another way than in training). */
    List<String> notes() {
        return notes;
    }

    /** Writes every raw feature of {@code row}; null, or why the row cannot be placed. */
    String read(int row, double[] raw, List<String> warnings) {
        for (int i = 0; i < readers.length; i++) {
            String error = readers[i].read(row, raw, offsets[i], warnings);
            if (error != null) {
                return error;
            }
        }
        return null;
    }

    private Reader reader(ModelInput in, Column column, Dataset data) {
        FittedInput f = in.fitted();
        if (f instanceof FittedNumeric n && n.derivation() != DerivationKind.TENURE_DAYS
                && column instanceof NumericColumn num) {
            boolean age = n.derivation() == DerivationKind.AGE_FROM_BIRTH_YEAR;
            int year = n.referenceYear();
            return (row, raw, offset, warnings) -> {
                double v = num.get(row);
                if (Double.isNaN(v)) {
                    return missing(in, n.fill(), raw, offset, warnings);
                }
                double value = age ? year - v : v;
                return place(in, n, value, raw, offset, warnings);
            };
        }
        if (f instanceof FittedNumeric n && n.derivation() == DerivationKind.TENURE_DAYS
                && column instanceof DateColumn dates) {
            if (n.datePattern() != null && dates.pattern() != null && !n.datePattern().equals(dates.pattern())) {
                notes.add(column.name() + " of " + data.name() + " was read as " + dates.pattern() + " dates, but the "
                        + "training table had " + n.datePattern() + "; check that days and months are not swapped.");
            }
            long reference = n.referenceDate().toEpochSecond(ZoneOffset.UTC);
            return (row, raw, offset, warnings) -> {
                long s = dates.epochSecond(row);
                if (s == DateColumn.MISSING) {
                    return missing(in, n.fill(), raw, offset, warnings);
                }
                double source = s;
                double value = (reference - source) / 86_400.0;
                return place(in, n, value, raw, offset, warnings);
            };
        }
        return new TextReader(in, column);
    }

    private String missing(ModelInput in, double fill, double[] raw, int offset, List<String> warnings) {
        if (in.fitted().missing() == ImputeMethod.DROP_ROWS) {
            return missingMessage(in);
        }
        if (in.fitted() instanceof FittedNumeric n && n.log1p()) {
            String error = place(in, n, fill, raw, offset, new ArrayList<>());
            if (error != null) {
                return error;
            }
        } else {
            raw[offset] = fill;
        }
        warnings.add(in.fillText());
        return null;
    }

    /** Writes a numeric feature's value, log1p-transformed when the model says so; null, or why it cannot be. */
    private String place(ModelInput in, FittedNumeric n, double value, double[] raw, int offset,
                                List<String> warnings) {
        double v = value;
        if (n.log1p()) {
            if (v < -1) {
                return in.column() + " gives " + Texts.groupedNumber(v) + ", below -1, and the model takes log(1 + "
                        + n.feature() + "), which is not defined there." + (leftOutBelow ? " "
                        + SegmentModel.LEFT_OUT_BELOW : "");
            }
            v = Math.log1p(v);
        }
        raw[offset] = v;
        range(in, v, warnings);
        return null;
    }

    private static String missingMessage(ModelInput in) {
        return in.column() + " is empty, and the model needs it (training left out customers without "
                + in.column() + ").";
    }

    private static void range(ModelInput in, double value, List<String> warnings) {
        String w = in.outOfRange(value);
        if (w != null) {
            warnings.add(w);
        }
    }

    /** What one distinct cell text becomes: feature values and a warning, or an error. */
    private record Cell(double[] values, String warning, String error) {
    }

    /** Cells read as text through the preparation, remembered per distinct text. */
    private static final class TextReader implements Reader {
        private final ModelInput in;
        private final Column column;
        private final int width;
        /** Category columns: the cell of each level code. */
        private final Cell[] byCode;
        private final Cell missingCell;
        private final ConcurrentHashMap<String, Cell> cache = new ConcurrentHashMap<>();

        TextReader(ModelInput in, Column column) {
            this.in = in;
            this.column = column;
            this.width = in.fitted().features().size();
            this.missingCell = cell("");
            if (column instanceof CategoricalColumn cat) {
                byCode = new Cell[cat.levels().size()];
                for (int c = 0; c < byCode.length; c++) {
                    byCode[c] = cell(cat.levels().get(c));
                }
            } else {
                byCode = null;
            }
        }

        @Override
        public String read(int row, double[] raw, int offset, List<String> warnings) {
            Cell c;
            if (column.isMissing(row)) {
                c = missingCell;
            } else if (byCode != null) {
                c = byCode[((CategoricalColumn) column).code(row)];
            } else {
                String text = column.format(row);
                c = cache.get(text);
                if (c == null) {
                    c = cell(text);
                    if (cache.size() < CACHE_LIMIT) {
                        cache.put(text, c);
                    }
                }
            }
            if (c.error != null) {
                return c.error;
            }
            System.arraycopy(c.values, 0, raw, offset, width);
            if (c.warning != null) {
                warnings.add(c.warning);
            }
            return null;
        }

        private Cell cell(String text) {
            double[] values = new double[width];
            List<String> notes = new ArrayList<>();
            try {
                if (!in.fitted().encodeCell(text, values, 0, notes)) {
                    return new Cell(null, null, missingMessage(in));
                }
            } catch (SegmentaException e) {
                return new Cell(null, null, e.getMessage());
            }
            String warning;
            if (MissingValues.isMissing(text)) {
                warning = in.fillText();
            } else if (!notes.isEmpty()) {
                warning = in.column() + ": the level \"" + text.trim() + "\" was not seen in training (all "
                        + in.column() + " indicators are 0).";
            } else {
                warning = in.kind() == InputKind.CATEGORY ? null : in.outOfRange(values[0]);
            }
            return new Cell(values, warning, null);
        }
    }
}
