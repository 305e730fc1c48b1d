package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a new table feeds each model input: the column of the same name, else the one
 * column whose name is equal ignoring case and surrounding spaces.
 *
 * @param columnOf per model column, the table's column
 * @param notes    what the user should know, e.g. "age is used for Age"
 */
public record ColumnMatch(Map<String, String> columnOf, List<String> notes) {
    public ColumnMatch {
        columnOf = Collections.unmodifiableMap(new LinkedHashMap<>(columnOf));
        notes = List.copyOf(notes);
    }

    /**
     * Matches the model's columns to the table's.
     *
     * @throws SegmentaException naming every column the table lacks (and the table's columns), or a
     *                           column that several of the table's columns match ignoring case
     */
    public static ColumnMatch of(List<String> modelColumns, Dataset data) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (String column : modelColumns) {
            if (data.hasColumn(column)) {
                out.put(column, column);
                continue;
            }
            String key = column.trim();
            List<String> matches = data.columnNames().stream().filter(c -> c.trim().equalsIgnoreCase(key)).toList();
            if (matches.size() > 1) {
                throw new SegmentaException(data.name() + " has several columns that could be " + column + ": "
                        + String.join(", ", matches) + ". Rename them so that one is called exactly " + column + ".");
            }
            if (matches.isEmpty()) {
                absent.add(column);
            } else {
                out.put(column, matches.get(0));
                notes.add("The column \"" + matches.get(0) + "\" of " + data.name() + " is used for the model's \""
                        + column + "\" (the names differ in case or spaces).");
            }
        }
        if (!absent.isEmpty()) {
            throw new SegmentaException(data.name() + " lacks " + (absent.size() == 1 ? "the column " : "the columns ")
                    + String.join(", ", absent) + " that the model needs. Columns of " + data.name() + ": "
                    + String.join(", ", data.columnNames()) + ". Add or rename the column" + (absent.size() == 1 ? "" : "s")
                    + " (names are matched exactly, then ignoring case).");
        }
        return new ColumnMatch(out, notes);
    }
}
