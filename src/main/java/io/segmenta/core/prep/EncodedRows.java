package io.segmenta.core.prep;

import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.List;

/**
 * Preparation stage: the kept rows encoded through the fitted inputs, before any scaling.
 *
 * @param inputs   the fitted inputs, in order
 * @param features their encoded features, in order
 * @param values   the values feature by feature: {@code values[feature][position in the kept rows]}
 */
record EncodedRows(List<FittedInput> inputs, List<EncodedFeature> features, double[][] values) {

    /** Encodes the kept rows of {@code data} through each input's fitted form. */
    static EncodedRows of(Dataset data, List<PrepInput> fitting, int[] kept) {
        List<FittedInput> fittedInputs = fitting.stream().map(in -> in.fitted).toList();
        List<EncodedFeature> features = new ArrayList<>();
        fittedInputs.forEach(f -> features.addAll(f.features()));
        int r = features.size();
        List<FittedInput.InputReader> readers = fittedInputs.stream().map(f -> f.bind(data)).toList();
        double[][] raw = new double[r][kept.length];
        double[] row = new double[r];
        for (int i = 0; i < kept.length; i++) {
            int offset = 0;
            for (int k = 0; k < readers.size(); k++) {
                readers.get(k).encode(kept[i], row, offset);
                offset += fittedInputs.get(k).features().size();
            }
            for (int j = 0; j < r; j++) {
                raw[j][i] = row[j];
            }
        }
        return new EncodedRows(fittedInputs, features, raw);
    }
}
