package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Names the columns under a header cell merged across several columns. Excel keeps the text in the
 * first cell of a merged range and leaves the others empty; a sheet lists its merged ranges after its
 * cells, so this is applied once the table is read: the empty header cells of a range take its text
 * ({@code Spend}, {@code Spend (2)}, {@code Spend (3)}), said in one warning.
 */
final class MergedHeader {
    private MergedHeader() {
    }

    /**
     * @param raw       the header cells as read (null or blank for empty cells), from column {@code first}
     * @param headerRow the 1-based sheet row of the header, 0 when there is none
     */
    static Dataset apply(Dataset data, String[] raw, long headerRow, int first, List<CellRangeAddress> merged) {
        if (headerRow <= 0 || merged.isEmpty()) {
            return data;
        }
        String[] names = data.columnNames().toArray(new String[0]);
        Set<String> used = new HashSet<>(List.of(names));
        List<String> said = new ArrayList<>();
        boolean renamed = false;
        int r = (int) headerRow - 1;
        for (CellRangeAddress m : merged) {
            if (r < m.getFirstRow() || r > m.getLastRow() || m.getFirstColumn() == m.getLastColumn()) {
                continue;
            }
            int c0 = m.getFirstColumn() - first;
            if (c0 < 0 || c0 >= raw.length || blank(raw[c0])) {
                continue;
            }
            String text = raw[c0].strip();
            List<String> group = new ArrayList<>(List.of(names[c0]));
            for (int c = c0 + 1; c <= m.getLastColumn() - first && c < raw.length; c++) {
                if (blank(raw[c])) {
                    used.remove(names[c]);
                    int k = 2;
                    while (used.contains(text + " (" + k + ")")) {
                        k++;
                    }
                    names[c] = text + " (" + k + ")";
                    used.add(names[c]);
                    group.add(names[c]);
                    renamed = true;
                }
            }
            said.add("\"" + text + "\" (" + String.join(", ", group) + ")");
        }
        if (!renamed) {
            return data;
        }
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < names.length; j++) {
            Column c = data.column(j);
            columns.add(c.name().equals(names[j]) ? c : renamed(c, names[j]));
        }
        List<String> warnings = new ArrayList<>();
        boolean anyEmptyLeft = false;
        for (int j = 0; j < raw.length && j < names.length; j++) {
            anyEmptyLeft |= blank(raw[j]) && names[j].startsWith("Column ");
        }
        for (String w : data.warnings()) {
            if (anyEmptyLeft || !w.contains("no name in the header row")) {
                warnings.add(w);
            }
        }
        warnings.add("Header cells merged across columns name each column below them: " + String.join("; ", said)
                + ".");
        Map<String, String> moved = new LinkedHashMap<>();
        for (int j = 0; j < names.length; j++) {
            String to = names[j];
            data.notNumeric(data.column(j).name()).ifPresent(v -> moved.put(to, v));
        }
        return new Dataset(data.name(), columns, null, warnings, moved);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The same column under another name. */
    static Column renamed(Column c, String name) {
        int n = c.size();
        if (c instanceof NumericColumn num) {
            return new NumericColumn(name, num.toArray());
        } else if (c instanceof DateColumn d) {
            long[] s = new long[n];
            for (int i = 0; i < n; i++) {
                s[i] = d.epochSecond(i);
            }
            return new DateColumn(name, s, d.pattern(), d.hasTime());
        } else if (c instanceof CategoricalColumn cat) {
            int[] codes = new int[n];
            for (int i = 0; i < n; i++) {
                codes[i] = cat.code(i);
            }
            return new CategoricalColumn(name, codes, cat.levels());
        }
        TextColumn t = (TextColumn) c;
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = t.get(i);
        }
        return new TextColumn(name, t.type(), v);
    }
}
