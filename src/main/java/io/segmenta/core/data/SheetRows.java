package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row of a sheet and turns its rows into table rows. A sheet often starts with a
 * title ("Customers, March 2024") and blank rows above the header, so the header is the first of
 * the first {@link #LOOK_AHEAD} non-empty rows that fills at least half as many cells as the widest
 * of them and holds only text; when that row holds numbers or dates, the sheet has no header and
 * its data starts there. Rows above it are skipped (and said).
 */
final class SheetRows {
    /** Non-empty rows looked at to find the header. */
    static final int LOOK_AHEAD = 20;

    /** One row of a sheet: its 1-based row number, cells by column (null when empty), and which are text. */
    record Row(long number, String[] cells, boolean[] text, boolean hidden) {
        int filled() {
            int n = 0;
            for (String c : cells) {
                if (c != null && !c.isBlank()) {
                    n++;
                }
            }
            return n;
        }

        boolean allText() {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null && !cells[i].isBlank() && !text[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The first and last filled column, or {-1, -1}. */
        int[] span() {
            int first = -1;
            int last = -1;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            return new int[] {first, last};
        }
    }

    /** Where the table starts in the first rows: the header row (or -1) and the first data row. */
    record Start(int headerIndex, int dataIndex, int firstColumn, int lastColumn) {
    }

    private SheetRows() {
    }

    /** Decides where the table starts in {@code head} (the first non-empty rows of the sheet). */
    static Start find(List<Row> head) {
        int widest = 0;
        for (Row r : head) {
            widest = Math.max(widest, r.filled());
        }
        int need = Math.max(1, (widest + 1) / 2);
        for (int i = 0; i < head.size(); i++) {
            Row r = head.get(i);
            if (r.filled() >= need) {
                int first = Integer.MAX_VALUE;
                int last = -1;
                for (int k = i; k < head.size(); k++) {
                    int[] s = head.get(k).span();
                    if (s[0] >= 0) {
                        first = Math.min(first, s[0]);
                        last = Math.max(last, s[1]);
                    }
                }
                boolean header = r.allText();
                return header ? new Start(i, i + 1, first, last) : new Start(-1, i, first, last);
            }
        }
        return new Start(-1, 0, 0, -1);
    }

    /** The cells of {@code row} from column {@code first} to {@code last}. */
    static String[] slice(Row row, int first, int last) {
        String[] out = new String[last - first + 1];
        for (int i = first; i <= last && i < row.cells().length; i++) {
            out[i - first] = row.cells()[i];
        }
        return out;
    }

    /** A growable row under construction. */
    static final class Builder {
        private final List<String> cells = new ArrayList<>();
        private final List<Boolean> text = new ArrayList<>();

        void set(int column, String value, boolean isText) {
            while (cells.size() <= column) {
                cells.add(null);
                text.add(Boolean.FALSE);
            }
            cells.set(column, value);
            text.set(column, isText);
        }

        Row build(long number, boolean hidden) {
            String[] c = cells.toArray(new String[0]);
            boolean[] t = new boolean[c.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = text.get(i);
            }
            cells.clear();
            text.clear();
            return new Row(number, c, t, hidden);
        }
    }
}
