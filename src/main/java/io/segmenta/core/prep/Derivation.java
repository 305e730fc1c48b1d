package io.segmenta.core.prep;

import io.segmenta.core.SegmentaException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * A numeric feature derived from a column: customer tenure in days from a date column, or age from
 * a birth-year column. The reference is fixed when the preparation is fitted, so a saved model
 * gives new customers the same numbers, and results never depend on today's date:
 * <ul>
 *   <li>tenure: days from the cell to {@code referenceDate}; by default the latest date in the
 *       column (its start of day, or its date-time when the column has times);</li>
 *   <li>age: {@code referenceYear} minus the cell; by default the year of the latest date in any date
 *       column of the table; a table without dates needs the year set.</li>
 * </ul>
 *
 * @param column        the source column
 * @param kind          tenure or age
 * @param referenceDate tenure only: the date tenure is counted to, null for the latest date in the column
 * @param referenceYear age only: the year age is counted to, null for the year of the table's latest date
 */
public record Derivation(String column, DerivationKind kind, LocalDate referenceDate, Integer referenceYear) {
    public Derivation {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(kind, "kind");
        if (kind == DerivationKind.TENURE_DAYS && referenceYear != null
                || kind == DerivationKind.AGE_FROM_BIRTH_YEAR && referenceDate != null) {
            throw new IllegalArgumentException("tenure takes a reference date, age a reference year");
        }
    }

    /** Tenure in days to the latest date in the column. */
    public static Derivation tenure(String column) {
        return new Derivation(column, DerivationKind.TENURE_DAYS, null, null);
    }

    /** Tenure in days to {@code reference}. */
    public static Derivation tenure(String column, LocalDate reference) {
        return new Derivation(column, DerivationKind.TENURE_DAYS, Objects.requireNonNull(reference), null);
    }

    /** Age in the year of the table's latest date. */
    public static Derivation age(String column) {
        return new Derivation(column, DerivationKind.AGE_FROM_BIRTH_YEAR, null, null);
    }

    /** Age in {@code referenceYear}. */
    public static Derivation age(String column, int referenceYear) {
        return new Derivation(column, DerivationKind.AGE_FROM_BIRTH_YEAR, null, referenceYear);
    }

    /** The derived feature's name, e.g. "Dt_Customer tenure (days)". */
    public String featureName() {
        return kind.featureName(column);
    }

    /**
     * Parses {@code COLUMN=tenure}, {@code COLUMN=tenure:2014-12-31}, {@code COLUMN=age} or
     * {@code COLUMN=age:2015} (the column as written; the caller resolves it against the table).
     */
    public static Derivation parse(String text) {
        int eq = text.lastIndexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new SegmentaException("Cannot read the derived feature \"" + text + "\". Write COLUMN=tenure or "
                    + "COLUMN=age, e.g. Dt_Customer=tenure or Year_Birth=age (optionally :REFERENCE, e.g. "
                    + "Dt_Customer=tenure:2014-12-31, Year_Birth=age:2015).");
        }
        String column = text.substring(0, eq).trim();
        String what = text.substring(eq + 1).trim();
        String ref = null;
        int colon = what.indexOf(':');
        if (colon >= 0) {
            ref = what.substring(colon + 1).trim();
            what = what.substring(0, colon).trim();
        }
        switch (what.toLowerCase(Locale.ROOT)) {
            case "tenure" -> {
                if (ref == null || ref.isEmpty()) {
                    return tenure(column);
                }
                try {
                    return tenure(column, LocalDate.parse(ref));
                } catch (DateTimeParseException e) {
                    throw new SegmentaException("Cannot read the reference date \"" + ref + "\" of " + text
                            + ". Write it as yyyy-MM-dd, e.g. 2014-12-31.");
                }
            }
            case "age" -> {
                if (ref == null || ref.isEmpty()) {
                    return age(column);
                }
                try {
                    return age(column, Integer.parseInt(ref));
                } catch (NumberFormatException e) {
                    throw new SegmentaException("Cannot read the reference year \"" + ref + "\" of " + text
                            + ". Write a year, e.g. Year_Birth=age:2015.");
                }
            }
            default -> throw new SegmentaException("Unknown derived feature \"" + what + "\" in " + text
                    + ". Choose tenure (days from a date column) or age (from a birth-year column).");
        }
    }

    /** The text {@link #parse} reads back. */
    public String label() {
        String ref = referenceDate != null ? ":" + referenceDate : referenceYear != null ? ":" + referenceYear : "";
        return column + "=" + kind.label() + ref;
    }

    /** This derivation reading another column (e.g. after resolving a name typed in another case). */
    public Derivation withColumn(String name) {
        return new Derivation(name, kind, referenceDate, referenceYear);
    }
}
