package io.segmenta.core.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A categorical column: each cell is a code into {@link #levels()}; missing cells have code -1.
 * Levels are kept in first-seen order unless the importer sorts them (it sorts alphabetically, so
 * the same file always gives the same codes).
 */
public final class CategoricalColumn implements Column {
    private final String name;
    private final int[] codes;
    private final List<String> levels;
    private final int[] counts;
    private final int missing;

    /** Most distinct levels a text column read as categories may have: 20, or 5% of the rows up to 1000. */
    static int maxLevels(int rows) {
        return Math.max(20, Math.min(rows / 20, 1000));
    }

    /**
     * The column of {@code texts} (null: missing) with {@code levels} sorted alphabetically, ignoring
     * case first, so the same file always gives the same codes.
     */
    static CategoricalColumn ofTexts(String name, String[] texts, Collection<String> distinct) {
        List<String> levels = new ArrayList<>(distinct);
        levels.sort(Comparator.comparing((String s) -> s, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> code = new HashMap<>(levels.size() * 2);
        for (int i = 0; i < levels.size(); i++) {
            code.put(levels.get(i), i);
        }
        int[] codes = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            codes[i] = texts[i] == null ? -1 : code.get(texts[i]);
        }
        return new CategoricalColumn(name, codes, levels);
    }

    /** Takes ownership of {@code codes}. */
    public CategoricalColumn(String name, int[] codes, List<String> levels) {
        this.name = Objects.requireNonNull(name, "name");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.levels = List.copyOf(levels);
        this.counts = new int[this.levels.size()];
        int m = 0;
        for (int c : codes) {
            if (c < 0) {
                m++;
            } else if (c >= counts.length) {
                throw new IllegalArgumentException("code " + c + " has no level in column " + name);
            } else {
                counts[c]++;
            }
        }
        this.missing = m;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return ColumnType.CATEGORICAL;
    }

    @Override
    public int size() {
        return codes.length;
    }

    /** The level code at {@code row}, -1 when missing. */
    public int code(int row) {
        return codes[row];
    }

    /** The level at {@code row}, null when missing. */
    public String level(int row) {
        int c = codes[row];
        return c < 0 ? null : levels.get(c);
    }

    public List<String> levels() {
        return levels;
    }

    /** How many rows hold level {@code code}. */
    public int count(int code) {
        return counts[code];
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        int c = codes[row];
        return c < 0 ? "" : levels.get(c);
    }
}
