package io.segmenta.core.prep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rare levels of a category merged into one level before one-hot encoding.
 *
 * @param column   the categorical column
 * @param levels   the merged levels with their customer counts, largest first
 * @param into     the level they became ("Other")
 * @param rows     customers whose level was merged
 * @param sentence the same in words
 */
public record LevelMerge(String column, Map<String, Integer> levels, String into, int rows, String sentence) {
    public LevelMerge {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
