package io.segmenta.core.prep;

import io.segmenta.core.data.Dataset;
import java.util.List;

/**
 * One input of a {@link FittedPreparation}: a dataset column read as one numeric feature (as is,
 * or derived) or as the 0/1 indicators of a category, with its fitted missing-value fill. Holds
 * only plain values (names, levels, numbers, a date), so a model file can store it.
 */
public sealed interface FittedInput permits FittedNumeric, FittedCategorical {
    /** The dataset column read. */
    String column();

    /** The raw features this input writes, in order. */
    List<EncodedFeature> features();

    /** What a missing cell becomes: dropped (the row is not transformed) or the fill value. */
    ImputeMethod missing();

    /** Binds to a table's column for row-by-row reading; a SegmentaException when its cells do not fit. */
    InputReader bind(Dataset data);

    /**
     * Writes the features for one cell of text (a customer's value).
     *
     * @return false when the cell is missing and the input drops missing rows
     * @throws io.segmenta.core.SegmentaException when the cell cannot be read (not a number, not a date)
     */
    boolean encodeCell(String cell, double[] out, int offset, List<String> warnings);

    /** Reads the rows of one bound table. */
    interface InputReader {
        /** True when the row's cell is missing and the input drops such rows, or its value has no log1p. */
        boolean drops(int row);

        /** Writes this input's feature values for {@code row} into {@code out} from {@code offset}. */
        void encode(int row, double[] out, int offset);

        /**
         * This input's feature values for every row of {@code rows}, feature by feature: {@code out[offset + j]}
         * becomes feature {@code j}'s values, {@code rows[i]}'s at {@code i}; {@code width} is the number of
         * features. The arrays are read, never changed: one may be the table's own column.
         */
        default void encodeAll(int[] rows, double[][] out, int offset, int width) {
            for (int j = 0; j < width; j++) {
                out[offset + j] = new double[rows.length];
            }
            double[] row = new double[width];
            for (int i = 0; i < rows.length; i++) {
                encode(rows[i], row, 0);
                for (int j = 0; j < width; j++) {
                    out[offset + j][i] = row[j];
                }
            }
        }

        /** What the reading noticed (unseen levels), in words; call after the last row. */
        List<String> warnings();
    }
}
