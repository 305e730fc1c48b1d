package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.FittedCategorical;
import io.segmenta.core.prep.FittedInput;
import io.segmenta.core.prep.FittedNumeric;
import io.segmenta.core.prep.ImputeMethod;
import io.segmenta.core.text.Texts;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One column a new customer needs, as the model's input schema describes it: what kind of value,
 * the range or levels seen in training, and how a missing value is treated. Forms are generated
 * from these; {@link #check} validates a typed value the same way the prediction reads it.
 *
 * @param fitted     how the column becomes features (the preparation fitted in training)
 * @param kind       number, date or category
 * @param rawFeature index of this input's first raw feature (before scaling) in the preparation
 * @param min        smallest feature value of the training customers (after deriving an age or a
 *                   tenure; missing cells left out); NaN for a category or when no value was seen
 * @param max        largest such value; NaN likewise
 * @param integral   whether every training value was a whole number (ages, scores, years)
 */
public record ModelInput(FittedInput fitted, InputKind kind, int rawFeature, double min, double max,
                         boolean integral) {
    private static final double SECONDS_PER_DAY = 86_400.0;

    public ModelInput {
        Objects.requireNonNull(fitted, "fitted");
        Objects.requireNonNull(kind, "kind");
    }

    /** The column name as in the training table. */
    public String column() {
        return fitted.column();
    }

    /** True when the model cannot place a customer without this value (training dropped such rows). */
    public boolean required() {
        return fitted.missing() == ImputeMethod.DROP_ROWS;
    }

    /** The levels a customer may have (category inputs; empty otherwise), in the training order. */
    public List<String> levels() {
        if (fitted instanceof FittedCategorical c) {
            return List.copyOf(c.mapping().keySet());
        }
        return List.of();
    }

    /** Whether training saw a range of values for this input. */
    public boolean hasRange() {
        return !Double.isNaN(min) && !Double.isNaN(max);
    }

    /**
     * A short hint for a form field: "18 to 70", "1,730 to 666,666" (thousands grouped as the tables write
     * them), "Female or Male", "a date, 2012-07-30 to 2014-06-29", "a year, 1940 to 1996 (age 18 to 74)";
     * "(optional)" when a missing value is filled.
     */
    public String hint() {
        String h = switch (kind) {
            case CATEGORY -> {
                List<String> l = levels();
                yield l.size() <= 1 ? String.join("", l) : l.size() == 2 ? l.get(0) + " or " + l.get(1)
                        : "one of " + String.join(", ", l);
            }
            case DATE -> "a date" + (hasRange() ? ", " + dateOfTenure(max) + " to " + dateOfTenure(min) : "");
            case NUMBER -> {
                FittedNumeric n = (FittedNumeric) fitted;
                if (!hasRange()) {
                    yield "a number";
                }
                if (n.derivation() == DerivationKind.AGE_FROM_BIRTH_YEAR) {
                    yield "a year, " + Texts.number(n.referenceYear() - max) + " to "
                            + Texts.number(n.referenceYear() - min) + " (age " + Texts.groupedNumber(min) + " to "
                            + Texts.groupedNumber(max) + ")";
                }
                yield Texts.groupedNumber(min) + " to " + Texts.groupedNumber(max);
            }
        };
        return required() ? h : h + " (optional)";
    }

    /** The training range in words, for warnings: "18 to 70", "tenure 0 to 699 days". */
    String rangeText() {
        if (kind == InputKind.DATE) {
            return "tenure " + Texts.groupedNumber(min) + " to " + Texts.groupedNumber(max) + " days (" + dateOfTenure(max) + " to "
                    + dateOfTenure(min) + ")";
        }
        FittedNumeric n = (FittedNumeric) fitted;
        if (n.derivation() == DerivationKind.AGE_FROM_BIRTH_YEAR) {
            return "age " + Texts.groupedNumber(min) + " to " + Texts.groupedNumber(max);
        }
        return Texts.groupedNumber(min) + " to " + Texts.groupedNumber(max);
    }

    /** The date that has a tenure of {@code days} (the reference date minus the days). */
    private String dateOfTenure(double days) {
        FittedNumeric n = (FittedNumeric) fitted;
        long seconds = n.referenceDate().toEpochSecond(ZoneOffset.UTC) - Math.round(days * SECONDS_PER_DAY);
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).toLocalDate().toString();
    }

    /**
     * Checks a value as typed (empty or "NA" is missing): an error when the prediction cannot use it,
     * a warning when it can but the customer is unlike the training customers or the value is filled in.
     */
    public InputCheck check(String text) {
        String cell = text == null ? "" : text;
        double[] raw = new double[fitted.features().size()];
        List<String> warnings = new ArrayList<>();
        try {
            if (!fitted.encodeCell(cell, raw, 0, warnings)) {
                return InputCheck.error(column() + " is needed: training left out customers without it.");
            }
        } catch (SegmentaException e) {
            return InputCheck.error(e.getMessage());
        }
        if (MissingValues.isMissing(cell)) {
            return InputCheck.warning(fillText());
        }
        if (!warnings.isEmpty()) {
            return InputCheck.warning("\"" + cell.trim() + "\" was not seen in training. Known: "
                    + String.join(", ", levels()) + ".");
        }
        String range = outOfRange(raw[0]);
        return range == null ? InputCheck.OK : InputCheck.warning(range);
    }

    /**
     * A sentence when the raw feature value lies outside the training range, else null; a log1p
     * feature's value is taken back to the column's units first, as the range is.
     */
    String outOfRange(double encoded) {
        if (kind == InputKind.CATEGORY || !hasRange() || Double.isNaN(encoded)) {
            return null;
        }
        boolean logged = ((FittedNumeric) fitted).log1p();
        double value = logged ? Math.expm1(encoded) : encoded;
        double slack = logged ? 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max))) : 0;
        if (value >= min - slack && value <= max + slack) {
            return null;
        }
        if (value >= min && value <= max) {
            return null;
        }
        String what = kind == InputKind.DATE ? column() + " gives a tenure of " + Texts.groupedRounded(value, 1) + " days"
                : ((FittedNumeric) fitted).derivation() == DerivationKind.AGE_FROM_BIRTH_YEAR
                ? column() + " gives an age of " + Texts.groupedNumber(value)
                : column() + " = " + Texts.groupedNumber(value);
        return what + ", " + (value < min ? "below" : "above") + " the training range (" + rangeText() + ").";
    }

    /** What happens to a missing value, in words. */
    String fillText() {
        if (fitted instanceof FittedNumeric n) {
            return column() + " is empty: it is filled with " + fillSource(n.missing()) + ", " + Texts.groupedNumber(n.fill())
                    + (kind == InputKind.DATE ? " days of tenure" : "") + ".";
        }
        FittedCategorical c = (FittedCategorical) fitted;
        return column() + " is empty: it is filled with " + fillSource(c.missing()) + ", " + c.fill() + ".";
    }

    private static String fillSource(ImputeMethod m) {
        return switch (m) {
            case MEAN -> "the training mean";
            case MEDIAN -> "the training median";
            case MOST_FREQUENT -> "the most frequent training value";
            case CONSTANT -> "the chosen constant";
            case DROP_ROWS -> "nothing";
        };
    }
}
