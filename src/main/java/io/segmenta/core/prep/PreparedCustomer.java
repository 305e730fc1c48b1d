package io.segmenta.core.prep;

import java.util.List;

/**
 * One customer transformed by a {@link FittedPreparation}.
 *
 * @param values        the prepared (scaled) feature values, as a row of the training matrix
 * @param raw           the encoded values before scaling, per raw feature (including features
 *                      left out of the matrix), as the outlier rule sees them
 * @param warnings      what the transform noticed (a level not seen when fitting), in words
 * @param outlierReason why the outlier rule flags this customer, null when it does not
 * @param excluded      true when the rule flags the customer and training excluded such customers
 */
public record PreparedCustomer(double[] values, double[] raw, List<String> warnings, String outlierReason,
                               boolean excluded) {
    public PreparedCustomer {
        warnings = List.copyOf(warnings);
    }

    public boolean isOutlier() {
        return outlierReason != null;
    }
}
