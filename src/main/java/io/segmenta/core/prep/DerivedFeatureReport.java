package io.segmenta.core.prep;

/**
 * A derived feature as fitted.
 *
 * @param feature            its name, e.g. "Dt_Customer tenure (days)"
 * @param derivation         what was asked
 * @param reference          the reference used: a date (yyyy-MM-dd, or a date-time) for tenure, a year for age
 * @param referenceDefaulted true when the reference was taken from the data (not given in the spec)
 * @param min                smallest derived value in the table
 * @param max                largest derived value in the table
 * @param sentence           the same in words
 */
public record DerivedFeatureReport(String feature, Derivation derivation, String reference, boolean referenceDefaulted,
                                   double min, double max, String sentence) {
}
