package io.segmenta.core.profile;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.prep.EncodedFeature;
import io.segmenta.core.prep.PreparedFeatures;
import java.util.ArrayList;
import java.util.List;

/**
 * The table as the segmentation saw it: each numeric feature's missing cells, for the customers that
 * were segmented, hold the value preparation filled in (mean, median, a constant...). Profiling this
 * table gives the means and medians "after imputation"; profiling the original table gives them "of the
 * original values, missing cells left out". Other columns and cells are unchanged.
 */
public final class ImputedTable {
    private ImputedTable() {
    }

    /** The table with the filled values, or {@code data} itself when preparation filled no numeric cell. */
    public static Dataset of(Dataset data, SegmentationResult result) {
        PreparedFeatures pf = result.features();
        List<EncodedFeature> features = pf.features();
        List<Column> columns = new ArrayList<>(data.columns());
        int[] rows = pf.datasetRows();
        boolean filled = false;
        for (int j = 0; j < features.size(); j++) {
            EncodedFeature f = features.get(j);
            if (!f.isNumeric() || f.isDerived() || !data.hasColumn(f.sourceColumn())
                    || !(data.column(f.sourceColumn()) instanceof NumericColumn num) || num.missingCount() == 0) {
                continue;
            }
            double[] values = num.toArray();
            boolean changed = false;
            for (int r = 0; r < rows.length; r++) {
                if (Double.isNaN(values[rows[r]])) {
                    values[rows[r]] = pf.matrix().get(r, j) * pf.scale()[j] + pf.center()[j];
                    changed = true;
                }
            }
            if (changed) {
                columns.set(data.indexOf(num.name()), new NumericColumn(num.name(), values));
                filled = true;
            }
        }
        return filled ? new Dataset(data.name(), columns, null) : data;
    }
}
