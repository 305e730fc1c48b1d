package io.segmenta.core.rfm;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.DateColumn;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
            return ofText(t, cancel);
        }
        LongIntHash seen = new LongIntHash(1024);
        long previousKey = 0;
        int previousCode = -1;
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
            if (key == previousKey && previousCode >= 0) {
                codes[i] = previousCode;
                continue;
            }
            int code = seen.putIfAbsent(key, labels.size());
            if (code < 0) {
                code = -1 - code;
                labels.add(column.format(i));
            }
            codes[i] = code;
            previousKey = key;
            previousCode = code;
        }
        return new ColumnCodes(codes, labels);
    }

    /**
     * Text cells coded through an open-addressing table of codes (each slot keeps the code, the
     * code's text and hash sit in arrays), with no boxing and no entry per row; a cell equal to the
     * row before it (rows of one invoice repeat the invoice and the customer) takes its code without
     * a lookup.
     */
    private static ColumnCodes ofText(TextColumn t, CancellationToken cancel) {
        int n = t.size();
        int[] codes = new int[n];
        List<String> labels = new ArrayList<>();
        int[] hashes = new int[1024];
        int[] slots = new int[1 << 11];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        String previous = null;
        int previousCode = -1;
        for (int i = 0; i < n; i++) {
            if ((i & (CHECK_EVERY - 1)) == 0) {
                cancel.throwIfCancelled();
            }
            String v = t.get(i);
            if (v == null) {
                codes[i] = -1;
                continue;
            }
            if (v == previous || v.equals(previous)) {
                codes[i] = previousCode;
                continue;
            }
            int h = v.hashCode();
            int s = mix(h) & mask;
            int code;
            while (true) {
                code = slots[s];
                if (code < 0) {
                    code = labels.size();
                    labels.add(v);
                    if (code == hashes.length) {
                        hashes = Arrays.copyOf(hashes, code * 2);
                    }
                    hashes[code] = h;
                    slots[s] = code;
                    if (labels.size() * 2 > slots.length) {
                        slots = rehash(hashes, labels.size(), slots.length * 2);
                        mask = slots.length - 1;
                    }
                    break;
                }
                if (hashes[code] == h && labels.get(code).equals(v)) {
                    break;
                }
                s = (s + 1) & mask;
            }
            codes[i] = code;
            previous = v;
            previousCode = code;
        }
        return new ColumnCodes(codes, labels);
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }

    private static int[] rehash(int[] hashes, int count, int capacity) {
        int[] slots = new int[capacity];
        Arrays.fill(slots, -1);
        int mask = capacity - 1;
        for (int code = 0; code < count; code++) {
            int s = mix(hashes[code]) & mask;
            while (slots[s] >= 0) {
                s = (s + 1) & mask;
            }
            slots[s] = code;
        }
        return slots;
    }
}
