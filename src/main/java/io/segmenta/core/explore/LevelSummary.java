package io.segmenta.core.explore;

import io.segmenta.core.data.ColumnType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary of a categorical column: its levels with their counts, most frequent first (ties keep the
 * column's level order). Levels that never occur are listed with count 0 at the end.
 */
public record LevelSummary(String name, int count, int missing, List<LevelCount> levels) implements ColumnSummary {
    public LevelSummary {
        levels = List.copyOf(levels);
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    /** Level to count, in the order of {@link #levels()}. */
    public Map<String, Integer> counts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (LevelCount l : levels) {
            out.put(l.level(), l.count());
        }
        return out;
    }

    /** The most frequent level, or null when every cell is missing. */
    public String mode() {
        return levels.isEmpty() || levels.get(0).count() == 0 ? null : levels.get(0).level();
    }
}
