package io.segmenta.ui.explore;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.explore.Grouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How often each level of a categorical column occurs, overall and, when split, within each group:
 * the figures of a bar chart. Levels are ordered most frequent first (ties keep the column's order),
 * as in the Summary tab.
 *
 * @param column   the categorical column
 * @param levels   its levels, most frequent first
 * @param totals   count of each level over every row
 * @param missing  rows without a level
 * @param grouping what the split is by ("Gender", "Segment"), or null
 * @param groups   group names (empty when not split)
 * @param counts   {@code counts[g][l]}: rows of group g with level l (empty when not split)
 */
public record LevelCounts(String column, List<String> levels, int[] totals, int missing, String grouping,
                          List<String> groups, int[][] counts) {
    public LevelCounts {
        Objects.requireNonNull(column, "column");
        levels = List.copyOf(levels);
        groups = List.copyOf(groups);
        totals = totals.clone();
        int[][] c = new int[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            c[g] = counts[g].clone();
        }
        counts = c;
    }

    /** Counts the levels of {@code column}, split by {@code split} when it is not null. */
    public static LevelCounts of(CategoricalColumn column, Grouping split) {
        int k = column.levels().size();
        int groupCount = split == null ? 0 : split.groupCount();
        if (split != null && split.size() != column.size()) {
            throw new IllegalArgumentException("grouping has " + split.size() + " rows, column " + column.size());
        }
        int[] byCode = new int[k];
        int[][] byGroup = new int[groupCount][k];
        int missing = 0;
        for (int i = 0; i < column.size(); i++) {
            int code = column.code(i);
            if (code < 0) {
                missing++;
                continue;
            }
            byCode[code]++;
            if (split != null) {
                int g = split.code(i);
                if (g >= 0) {
                    byGroup[g][code]++;
                }
            }
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(byCode[b], byCode[a]));
        List<String> levels = new ArrayList<>(k);
        int[] totals = new int[k];
        int[][] counts = new int[groupCount][k];
        for (int l = 0; l < k; l++) {
            int code = order[l];
            levels.add(column.levels().get(code));
            totals[l] = byCode[code];
            for (int g = 0; g < groupCount; g++) {
                counts[g][l] = byGroup[g][code];
            }
        }
        return new LevelCounts(column.name(), levels, totals, missing, split == null ? null : split.name(),
                split == null ? List.of() : split.groups(), counts);
    }

    @Override
    public int[] totals() {
        return totals.clone();
    }

    @Override
    public int[][] counts() {
        int[][] c = new int[counts.length][];
        for (int g = 0; g < counts.length; g++) {
            c[g] = counts[g].clone();
        }
        return c;
    }

    /** Rows with level {@code l} (index into {@link #levels()}). */
    public int total(int l) {
        return totals[l];
    }

    /** Rows of group {@code g} with level {@code l}. */
    public int count(int g, int l) {
        return counts[g][l];
    }

    /** Rows with a level. */
    public int present() {
        int s = 0;
        for (int t : totals) {
            s += t;
        }
        return s;
    }

    /** True when split into groups. */
    public boolean isSplit() {
        return grouping != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelCounts c && column.equals(c.column) && levels.equals(c.levels)
                && Arrays.equals(totals, c.totals) && missing == c.missing && Objects.equals(grouping, c.grouping)
                && groups.equals(c.groups) && Arrays.deepEquals(counts, c.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, levels, missing, grouping, groups) * 31 + Arrays.hashCode(totals);
    }

    @Override
    public String toString() {
        return "LevelCounts[" + column + ", " + levels + ", " + Arrays.toString(totals) + "]";
    }
}
