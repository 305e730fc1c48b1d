package io.segmenta.core.prep;

import io.segmenta.core.cluster.DataMatrix;
import java.util.List;

/**
 * A table transformed by a {@link FittedPreparation}.
 *
 * @param matrix      prepared rows, in the features' order and units of the training matrix
 * @param datasetRows for each matrix row, the table row it comes from (ascending)
 * @param rowsDropped rows left out because a feature whose missing cells drop the row was missing
 * @param outliers    rows the outlier rule flags (left out of the matrix when the action is exclude)
 * @param warnings    what the transform noticed, in words (e.g. levels not seen when fitting)
 */
public record TransformedRows(DataMatrix matrix, int[] datasetRows, int rowsDropped, List<FlaggedRow> outliers,
                              List<String> warnings) {
    public TransformedRows {
        outliers = List.copyOf(outliers);
        warnings = List.copyOf(warnings);
    }
}
