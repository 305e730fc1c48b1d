package io.segmenta.core.prep;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.MissingValues;
import io.segmenta.core.text.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A categorical feature as fitted: which level each seen level becomes (rare levels become
 * "Other"), which levels have a 0/1 indicator, and the level a missing cell becomes. A level not
 * seen when fitting gets all indicators 0 and a warning.
 *
 * @param column     the dataset column
 * @param mapping    every level seen when fitting (and the fill level) to its encoded level
 * @param indicators the encoded levels that have an indicator, in feature order
 * @param missing    drop, or the method the fill level came from
 * @param fill       the level a missing cell becomes (null when missing cells drop the row)
 */
public record FittedCategorical(String column, Map<String, String> mapping, List<String> indicators,
                                ImputeMethod missing, String fill) implements FittedInput {
    /** Marks a level that has no indicator (the reference level). */
    private static final int BASELINE = -1;
    /** Marks a level not seen when fitting. */
    private static final int UNSEEN = -2;
    /** Marks a missing cell. */
    private static final int MISSING = -3;

    public FittedCategorical {
        Objects.requireNonNull(column, "column");
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(missing, "missing");
        if (missing != ImputeMethod.DROP_ROWS && (fill == null || !mapping.containsKey(fill))) {
            throw new IllegalArgumentException("the fill level must be a mapped level");
        }
    }

    @Override
    public List<EncodedFeature> features() {
        return indicators.stream().map(l -> new EncodedFeature(column + "=" + l, column, l)).toList();
    }

    /** The indicator index of a level: 0.., BASELINE, or UNSEEN. */
    private int indexOf(String level) {
        String encoded = mapping.get(level);
        if (encoded == null) {
            return UNSEEN;
        }
        int i = indicators.indexOf(encoded);
        return i < 0 ? BASELINE : i;
    }

    @Override
    public InputReader bind(Dataset data) {
        Column c = data.column(column);
        int n = c.size();
        // per row an index into a small dictionary of the column's distinct cells; -1 when missing
        int[] cellOfRow = new int[n];
        List<String> dictionary = new ArrayList<>();
        if (c instanceof CategoricalColumn cat) {
            dictionary.addAll(cat.levels());
            for (int i = 0; i < n; i++) {
                cellOfRow[i] = cat.code(i);
            }
        } else {
            Map<String, Integer> ids = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String cell = c.format(i);
                if (MissingValues.isMissing(cell)) {
                    cellOfRow[i] = -1;
                    continue;
                }
                cellOfRow[i] = ids.computeIfAbsent(cell.trim(), level -> {
                    dictionary.add(level);
                    return dictionary.size() - 1;
                });
            }
        }
        int[] indexOfCell = new int[dictionary.size()];
        for (int k = 0; k < indexOfCell.length; k++) {
            indexOfCell[k] = indexOf(dictionary.get(k));
        }
        int[] unseenCount = new int[dictionary.size()];
        int fillIndex = fill == null ? MISSING : indexOf(fill);
        return new InputReader() {
            @Override
            public boolean drops(int row) {
                return cellOfRow[row] < 0 && missing == ImputeMethod.DROP_ROWS;
            }

            @Override
            public void encode(int row, double[] out, int offset) {
                int cell = cellOfRow[row];
                int k = cell < 0 ? fillIndex : indexOfCell[cell];
                if (k == UNSEEN) {
                    unseenCount[cell]++;
                }
                for (int j = 0; j < indicators.size(); j++) {
                    out[offset + j] = j == k ? 1.0 : 0.0;
                }
            }

            @Override
            public List<String> warnings() {
                List<String> w = new ArrayList<>();
                for (int k = 0; k < unseenCount.length; k++) {
                    if (unseenCount[k] > 0) {
                        w.add(unseenWarning(dictionary.get(k), unseenCount[k]));
                    }
                }
                return w;
            }
        };
    }

    @Override
    public boolean encodeCell(String cell, double[] out, int offset, List<String> warnings) {
        int k;
        if (MissingValues.isMissing(cell)) {
            if (missing == ImputeMethod.DROP_ROWS) {
                return false;
            }
            k = indexOf(fill);
        } else {
            k = indexOf(cell.trim());
            if (k == UNSEEN) {
                warnings.add(unseenWarning(cell.trim(), 1));
            }
        }
        for (int j = 0; j < indicators.size(); j++) {
            out[offset + j] = j == k ? 1.0 : 0.0;
        }
        return true;
    }

    private String unseenWarning(String level, int count) {
        return column + ": the level \"" + level + "\"" + (count > 1 ? " (" + Texts.count(count, "customer", "customers")
                + ")" : "") + " was not seen when the segmentation was prepared, so all " + column
                + " indicators are 0 for " + (count > 1 ? "them" : "it") + ". Known levels: "
                + String.join(", ", mapping.keySet()) + ".";
    }
}
