package io.segmenta.core.rfm;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A column of any type as one int code per row (-1 when missing) and the text of each code, so the
 * pass over a log hashes each distinct value once: categorical columns keep their codes, text
 * columns hash their strings, numbers and dates their bits.
 */
final class ColumnCodes {
    private static final int CHECK_EVERY = 1 << 18;

    private final int[] codes;
    private final List<String> labels;

    private ColumnCodes(int[] codes, List<String> labels) {
        this.codes = codes;
        this.labels = labels;
    }

    int code(int row) {
        return codes[row];
    }

    int distinct() {
        return labels.size();
    }

    /** The text of {@code code}, as the cell shows it. */
    String label(int code) {
        return labels.get(code);
    }

    static ColumnCodes of(Column column, CancellationToken cancel) {
        int n = column.size();
        if (column instanceof CategoricalColumn c) {
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = c.code(i);
            }
            return new ColumnCodes(codes, c.levels());
        }
        int[] codes = new int[n];
        List<String> labels = new ArrayList<>();
        if (column instanceof TextColumn t) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if ((i & (CHECK_EVERY - 1)) == 0) {
                    cancel.throwIfCancelled();
                }
                String v = t.get(i);
                if (v == null) {
                    codes[i] = -1;
                    continue;
                }
                Integer code = seen.get(v);
                if (code == null) {
                    code = labels.size();
                    seen.put(v, code);
                    labels.add(v);
                }
                codes[i] = code;
            }
            return new ColumnCodes(codes, labels);
        }
        LongIntHash seen = new LongIntHash(1024);
        for (int i = 0; i < n; i++) {
            if ((i & (CHECK_EVERY - 1)) == 0) {
                cancel.throwIfCancelled();
            }
            if (column.isMissing(i)) {
                codes[i] = -1;
                continue;
            }
            long key = column instanceof NumericColumn num ? Double.doubleToLongBits(num.get(i) + 0.0)
                    : ((DateColumn) column).epochSecond(i);
            int code = seen.putIfAbsent(key, labels.size());
            if (code < 0) {
                code = -1 - code;
                labels.add(column.format(i));
            }
            codes[i] = code;
        }
        return new ColumnCodes(codes, labels);
    }
}
