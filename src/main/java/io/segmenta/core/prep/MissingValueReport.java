package io.segmenta.core.prep;

/**
 * What the missing-value choice did to one feature that had missing cells.
 *
 * @param feature      the feature (a column, or a derived feature's name)
 * @param asked        the choice the spec gives this feature
 * @param used         the choice applied (most frequent where mean or median was asked for a category)
 * @param fillValue    the value filled in, as text (null when rows were dropped)
 * @param missingCells missing cells of the feature in the whole table
 * @param cellsFilled  cells filled in (each in its own row, so also the rows touched)
 * @param rowsDropped  rows left out because this feature was missing (a row missing two dropped
 *                     features counts for both; {@link PreparationReport#rowsDroppedMissing()} counts it once)
 * @param sentence     the same in words
 */
public record MissingValueReport(String feature, Imputation asked, Imputation used, String fillValue, int missingCells,
                                 int cellsFilled, int rowsDropped, String sentence) {
}
