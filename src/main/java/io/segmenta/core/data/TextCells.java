package io.segmenta.core.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The cells of a column {@link ColumnBuilder} reads as text, and the rules that type them once all are in:
 * an {@link ColumnType#IDENTIFIER} when id-named and code-like (at least 99% of the values are short tokens
 * without spaces), or unique per row and every value a token with a digit ({@code 0001}, {@code C-17}),
 * {@link ColumnType#CATEGORICAL} when it has few distinct values ({@link CategoricalColumn#maxLevels}), an
 * identifier again when code-named, and {@link ColumnType#TEXT} otherwise.
 *
 * <p>Texts are interned through a dictionary, so repeated levels cost one string each. Once the first
 * {@link #ALL_DIFFERENT} texts all differ (a customer table's ids, e-mail addresses) the dictionary is
 * dropped and, when allowed, the cells are packed as they come ({@link PackedTexts}, the layout of a packed
 * {@link TextColumn}) instead of a {@code String} each; a text beyond Latin-1 brings the strings back.
 */
final class TextCells {
    /** Distinct texts remembered per column; beyond this a column is free text, not levels. */
    static final int DICT_LIMIT = 100_000;
    /**
     * When this many texts are all different, the column holds one value per row (ids, e-mail addresses) and
     * stops remembering them: nothing repeats to share, and it can no longer be levels
     * ({@link CategoricalColumn#maxLevels} is at most 1,000). Remembering 100,000 ids made reading a
     * 1,000,000-row customer table 7 % slower (JFR).
     */
    static final int ALL_DIFFERENT = 4_096;
    /** Longest cell that still looks like a code or an id. */
    static final int MAX_TOKEN_LENGTH = 40;

    private int capacity;
    /** The cells as strings (null: missing), or null while packed. */
    private String[] texts;
    /** The cells packed, or null. */
    private PackedTexts packed;
    private Map<String, String> dict;
    private int present;
    private int notTokens;
    private boolean integerLike = true;
    private boolean allHaveDigit = true;

    /** Room for {@code capacity} rows; the dictionary starts with {@code dictCapacity} slots. */
    TextCells(int capacity, int dictCapacity) {
        this.capacity = capacity;
        texts = new String[capacity];
        dict = new HashMap<>(dictCapacity);
    }

    /** Makes room for {@code rows} rows. */
    void grow(int rows) {
        capacity = rows;
        if (texts != null) {
            texts = Arrays.copyOf(texts, rows);
        }
        if (packed != null) {
            packed.ensureRows(rows);
        }
    }

    /**
     * Sets row {@code r} to {@code cell[from..to)} without making a {@code String} when the cells are packed;
     * false when the caller must {@link #put} the text (not packed, or the cell is beyond Latin-1).
     */
    boolean putPacked(int r, CharSequence cell, int from, int to) {
        if (packed == null) {
            return false;
        }
        if (packed.add(r, cell, from, to)) {
            present++;
            scan(cell, from, to);
            return true;
        }
        texts = packed.strings(capacity);
        packed = null;
        return false;
    }

    /**
     * Sets row {@code r} (rows come in ascending order, or are recovered below the others) to {@code t}.
     *
     * @param mayPack whether the cells may be packed from here when all so far differ (false while rows below
     *                are still to be recovered, or while the column's numbers are still being checked)
     */
    void put(int r, String t, boolean mayPack) {
        if (putPacked(r, t, 0, t.length())) {
            return;
        }
        boolean allDifferent = false;
        if (dict != null) {
            String known = dict.putIfAbsent(t, t);
            if (known != null) {
                t = known;
            } else if (dict.size() > DICT_LIMIT) {
                dict = null;
            } else if (dict.size() == ALL_DIFFERENT && present + 1 == ALL_DIFFERENT) {
                dict = null;
                allDifferent = true;
            }
        }
        texts[r] = t;
        present++;
        scan(t, 0, t.length());
        if (allDifferent && mayPack) {
            packed = PackedTexts.of(texts, r + 1, capacity);
            if (packed != null) {
                texts = null;
            }
        }
    }

    private void scan(CharSequence t, int from, int to) {
        int n = to - from;
        boolean token = n <= MAX_TOKEN_LENGTH;
        boolean integer = true;
        boolean digit = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(from + i);
            boolean isDigit = c >= '0' && c <= '9';
            digit |= isDigit;
            if (!isDigit && !(i == 0 && c == '-' && n > 1)) {
                integer = false;
            }
            if (token && !(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/' || c == ':'
                    || c == '#')) {
                token = false;
            }
        }
        if (!token) {
            notTokens++;
        }
        integerLike &= integer;
        allHaveDigit &= digit;
    }

    /**
     * The column of {@code rows} rows, typed by the rules above.
     *
     * @param uniqueCodes whether a column of unique tokens with digits may be an identifier
     */
    Column build(String name, int rows, boolean uniqueCodes) {
        String[] t = null;
        if (packed != null) {
            packed.finish(rows);
        } else {
            t = texts.length == rows ? texts : Arrays.copyOf(texts, rows);
        }
        texts = null;
        int distinct = dict != null ? dict.size() : -1; // -1 when packed: the dictionary was dropped
        boolean allTokens = notTokens == 0;
        boolean mostlyTokens = notTokens * 100L <= present; // a code column may hold a stray "BANK CHARGES"
        // uniqueness last: without the dictionary it is a pass over every text
        if (ColumnNames.isIdName(name) && (integerLike || mostlyTokens)
                || uniqueCodes && allTokens && allHaveDigit && unique(t, distinct, rows)) {
            return identifier(name, t, rows);
        }
        if (distinct >= 0 && distinct <= CategoricalColumn.maxLevels(rows) && (distinct < present || distinct <= 2)) {
            return CategoricalColumn.ofTexts(name, t, dict.keySet());
        }
        if (ColumnNames.isCodeName(name) && mostlyTokens) {
            return identifier(name, t, rows);
        }
        return new TextColumn(name, ColumnType.TEXT, t != null ? t : packed.strings(rows));
    }

    private boolean unique(String[] t, int distinct, int rows) {
        if (distinct >= 0) {
            return distinct == present;
        }
        if (t == null) {
            return packed.unique(rows);
        }
        Set<String> seen = new HashSet<>(t.length * 2);
        for (String s : t) {
            if (s != null && !seen.add(s)) {
                return false;
            }
        }
        return true;
    }

    /** An identifier column; packed cells stay packed where {@link TextColumn} would pack the strings. */
    private Column identifier(String name, String[] t, int rows) {
        if (t != null) {
            return new TextColumn(name, ColumnType.IDENTIFIER, t);
        }
        return rows >= TextColumn.PACK_FROM && packed.unique(TextColumn.PACK_FROM)
                ? new TextColumn(name, packed.chars(), packed.ends(), packed.missing())
                : new TextColumn(name, ColumnType.IDENTIFIER, packed.strings(rows));
    }
}
