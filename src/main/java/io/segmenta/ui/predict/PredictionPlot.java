package io.segmenta.ui.predict;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.core.chart.ScatterMapping;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.model.InputKind;
import io.segmenta.core.model.ModelInput;
import io.segmenta.core.model.ModelSegment;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.prep.FittedNumeric;
import java.util.ArrayList;
import java.util.List;

/**
 * The scatter of the Predict step, in the original units of two numeric model inputs: the
 * customers of a table in their segments (or, without one, the segment centres alone), the
 * segment centres, and the new customer.
 */
final class PredictionPlot {
    private PredictionPlot() {
    }

    /** The inputs that can be axes: numbers read as they are (not derived), in the prepared features. */
    static List<String> axes(SegmentModel m) {
        List<String> out = new ArrayList<>();
        for (ModelInput in : m.inputs()) {
            if (in.kind() == InputKind.NUMBER && ((FittedNumeric) in.fitted()).derivation() == null
                    && matrixColumn(m, in) >= 0 && !out.contains(in.column())) {
                out.add(in.column());
            }
        }
        return out;
    }

    /** The prepared-feature column of an input's raw feature, or -1. */
    private static int matrixColumn(SegmentModel m, ModelInput in) {
        int[] used = m.preparation().used();
        for (int j = 0; j < used.length; j++) {
            if (used[j] == in.rawFeature()) {
                return j;
            }
        }
        return -1;
    }

    private static int matrixColumn(SegmentModel m, String column) {
        for (ModelInput in : m.inputs()) {
            if (in.column().equals(column) && in.kind() == InputKind.NUMBER) {
                return matrixColumn(m, in);
            }
        }
        return -1;
    }

    /** A prepared row's value of {@code column} in original units (NaN when the column is no axis). */
    static double original(SegmentModel m, String column, double[] prepared) {
        int j = matrixColumn(m, column);
        if (j < 0) {
            return Double.NaN;
        }
        return prepared[j] * m.preparation().scale()[j] + m.preparation().center()[j];
    }

    /** Each segment's centre on {@code column}, original units. */
    static double[] centres(SegmentModel m, String column) {
        double[] out = new double[m.k()];
        for (ModelSegment s : m.segments()) {
            out[s.id()] = original(m, column, s.centroid());
        }
        return out;
    }

    /**
     * Works out the ranges of the table's axis columns ahead ({@link ScatterMapping#rememberRange}), for the
     * model's jobs to call off the JavaFX thread: on 10,000,000 customers the first paint of the step spent
     * 0.1 s on these passes.
     */
    static void rangesAhead(SegmentModel m, Dataset table) {
        if (table == null) {
            return;
        }
        for (String axis : axes(m)) {
            if (table.hasColumn(axis) && table.column(axis) instanceof NumericColumn c) {
                ScatterMapping.rememberRange(c.sharedValues());
            }
        }
    }

    /**
     * The plot: the customers of {@code table} with {@code groups} (segment per row, negative for
     * none) when both are given and the table has the two columns as numbers, else the centres as
     * the only points.
     */
    static ScatterData data(SegmentModel m, Dataset table, int[] groups, String x, String y) {
        double[] cx = centres(m, x);
        double[] cy = centres(m, y);
        if (table != null && groups != null && groups.length == table.rowCount() && table.hasColumn(x)
                && table.hasColumn(y) && table.column(x) instanceof NumericColumn xc
                && table.column(y) instanceof NumericColumn yc) {
            return new ScatterData(xc.sharedValues(), yc.sharedValues(), groups, cx, cy, x, y);
        }
        int[] ids = new int[m.k()];
        for (int s = 0; s < ids.length; s++) {
            ids[s] = s;
        }
        return new ScatterData(cx.clone(), cy.clone(), ids, cx, cy, x, y);
    }
}
