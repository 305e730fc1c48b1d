package io.segmenta.core.export;

import io.segmenta.core.prep.FlaggedRow;
import io.segmenta.core.prep.PreparedFeatures;
import java.util.List;

/**
 * The export columns that mark outliers, so flagged customers are never silently dropped:
 * "Outlier" ("yes" for a flagged customer, empty otherwise) and "Outlier reason" (e.g. "Annual
 * Income (k$) = 137 above the upper fence 132.75"). A flagged customer excluded from the
 * segmentation has an empty "Segment"; a kept one has its segment. Without outlier detection
 * there are no such columns, so exports look as before.
 */
public final class OutlierColumns {
    public static final String OUTLIER = "Outlier";
    public static final String REASON = "Outlier reason";
    /** The "Outlier" cell of a flagged customer. */
    public static final String YES = "yes";

    private OutlierColumns() {
    }

    /** The two columns for the preparation's flagged customers; none when outlier detection was off. */
    public static List<AppendedColumn> of(PreparedFeatures features, int rowCount) {
        if (features.report().outliers().policy().isOff()) {
            return List.of();
        }
        String[] reason = new String[rowCount];
        for (FlaggedRow f : features.outliers()) {
            reason[f.row()] = f.reason();
        }
        return List.of(new AppendedColumn(OUTLIER, row -> reason[row] == null ? "" : YES),
                new AppendedColumn(REASON, row -> reason[row]));
    }
}
