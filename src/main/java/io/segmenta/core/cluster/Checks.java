package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Objects;

/** Input checks shared by the clustering methods, with messages a user can act on. */
final class Checks {
    private Checks() {
    }

    /** At least one row and one feature, every value finite. */
    static void requireClusterable(DataMatrix x, String method) {
        Objects.requireNonNull(x, "x");
        if (x.rows() == 0) {
            throw new SegmentaException("The feature table has no customers (0 rows): load a table with at least"
                    + " one row, or relax the filters, before clustering.");
        }
        if (x.cols() == 0) {
            throw new SegmentaException("No features are selected: choose at least one numeric feature to cluster"
                    + " on.");
        }
        double[] v = x.values();
        for (int q = 0; q < v.length; q++) {
            if (!Double.isFinite(v[q])) {
                int row = q / x.cols();
                int col = q % x.cols();
                throw new SegmentaException("Feature " + (col + 1) + " of customer " + (row + 1) + " (row " + (row + 1)
                        + " of the feature table) is " + (Double.isNaN(v[q]) ? "missing" : "infinite") + ": " + method
                        + " needs a finite value in every cell. Impute or drop missing values in the preparation"
                        + " step first.");
            }
        }
    }

    /** k between 1 and the number of rows. */
    static void requireK(int k, int rows) {
        KMeans.validateK(k, rows);
    }
}
