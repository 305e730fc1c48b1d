package io.segmenta.core.prep;

import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Preparation stage: the kept rows encoded through the fitted inputs, before any scaling.
 *
 * @param inputs   the fitted inputs, in order
 * @param features their encoded features, in order
 * @param values   the values feature by feature: {@code values[feature][position in the kept rows]}; read, never
 *                 changed (a feature read as it is from a numeric column without missing cells, on every row, is
 *                 that column's own array)
 */
record EncodedRows(List<FittedInput> inputs, List<EncodedFeature> features, double[][] values) {

    /** Encodes the kept rows of {@code data} through each input's fitted form. */
    static EncodedRows of(Dataset data, List<PrepInput> fitting, int[] kept) {
        List<FittedInput> fittedInputs = fitting.stream().map(in -> in.fitted).toList();
        List<EncodedFeature> features = new ArrayList<>();
        fittedInputs.forEach(f -> features.addAll(f.features()));
        int r = features.size();
        List<FittedInput.InputReader> readers = fittedInputs.stream().map(f -> f.bind(data)).toList();
        double[][] raw = new double[r][];
        // input by input, so each writes its own columns in order (row by row, six inputs wrote six arrays at once)
        int offset = 0;
        for (int k = 0; k < readers.size(); k++) {
            int width = fittedInputs.get(k).features().size();
            readers.get(k).encodeAll(kept, raw, offset, width);
            offset += width;
        }
        return new EncodedRows(fittedInputs, features, raw);
    }
}
