package io.segmenta.core.data;

import io.segmenta.core.SegmentaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** An immutable, column-oriented customer table. */
public final class Dataset {
    private final String name;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final int rowCount;
    private final CsvSource source;
    private final List<String> warnings;
    private final Map<String, String> notNumeric;
    private final Map<String, String> numberRules;
    private final ShortRows shortRows;
    private final Path madeFrom;

    /**
     * @param name    what the user calls the table (usually the file name)
     * @param columns columns of equal length with distinct names
     * @param source  how to re-read the records, or null for a table built in memory
     */
    public Dataset(String name, List<? extends Column> columns, CsvSource source) {
        this(name, columns, source, List.of());
    }

    /**
     * @param name     what the user calls the table (usually the file name)
     * @param columns  columns of equal length with distinct names
     * @param source   how to re-read the records, or null for a table built in memory
     * @param warnings what the import fixed or guessed that the user should know (renamed columns, a
     *                 character-set fallback, a guessed date order), in plain sentences
     */
    public Dataset(String name, List<? extends Column> columns, CsvSource source, List<String> warnings) {
        this(name, columns, source, warnings, Map.of());
    }

    /**
     * As {@link #Dataset(String, List, CsvSource, List)}, with {@code notNumeric}: for columns of
     * numbers that were read as text or categories because of a few cells, why (see {@link #notNumeric}).
     */
    public Dataset(String name, List<? extends Column> columns, CsvSource source, List<String> warnings,
                   Map<String, String> notNumeric) {
        this(name, columns, source, warnings, notNumeric, Map.of(), ShortRows.NONE);
    }

    /**
     * As {@link #Dataset(String, List, CsvSource, List, Map)}, with {@code numberRules}: for numeric
     * columns whose numbers are written for people, how (see {@link #numberRule}), and the rows that
     * were short of fields ({@link ShortRows#NONE} for none).
     */
    public Dataset(String name, List<? extends Column> columns, CsvSource source, List<String> warnings,
                   Map<String, String> notNumeric, Map<String, String> numberRules, ShortRows shortRows) {
        this(name, columns, source, warnings, notNumeric, numberRules, shortRows, null);
    }

    private Dataset(String name, List<? extends Column> columns, CsvSource source, List<String> warnings,
                    Map<String, String> notNumeric, Map<String, String> numberRules, ShortRows shortRows,
                    Path madeFrom) {
        this.madeFrom = madeFrom == null ? null : madeFrom.toAbsolutePath().normalize();
        this.name = Objects.requireNonNull(name, "name");
        this.warnings = List.copyOf(warnings);
        this.notNumeric = Map.copyOf(notNumeric);
        this.numberRules = Map.copyOf(numberRules);
        this.shortRows = Objects.requireNonNull(shortRows, "shortRows");
        this.columns = List.copyOf(columns);
        this.source = source;
        Map<String, Integer> idx = new LinkedHashMap<>();
        int rows = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        for (int i = 0; i < this.columns.size(); i++) {
            Column c = this.columns.get(i);
            if (c.size() != rows) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected " + rows);
            }
            if (idx.put(c.name(), i) != null) {
                throw new IllegalArgumentException("duplicate column name " + c.name());
            }
        }
        this.index = Collections.unmodifiableMap(idx);
        this.rowCount = rows;
    }

    public String name() {
        return name;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public Column column(int i) {
        return columns.get(i);
    }

    /** The column called {@code name}; a {@link SegmentaException} listing the columns when there is none. */
    public Column column(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new SegmentaException("There is no column \"" + name + "\" in " + this.name
                    + ". Columns: " + String.join(", ", columnNames()) + ".");
        }
        return columns.get(i);
    }

    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /** Position of the column, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public List<String> columnNames() {
        return new ArrayList<>(index.keySet());
    }

    public Optional<CsvSource> source() {
        return Optional.ofNullable(source);
    }

    /**
     * The file a table built in memory was made from (a customer table's transaction log), which
     * exports of the table must not overwrite; empty for a table read from its own file or made from
     * nothing on disk.
     */
    public Optional<Path> madeFrom() {
        return Optional.ofNullable(madeFrom);
    }

    /** This table, recorded as made from {@code file} (see {@link #madeFrom}); null records nothing. */
    public Dataset withMadeFrom(Path file) {
        return new Dataset(name, columns, source, warnings, notNumeric, numberRules, shortRows, file);
    }

    /**
     * Why column {@code name} holds numbers but was not read as numeric, e.g. {@code 1 of its 200
     * values is not a number (line 43: "abc")}; empty for every other column.
     */
    public Optional<String> notNumeric(String name) {
        return Optional.ofNullable(notNumeric.get(name));
    }

    /**
     * How the numbers of column {@code name} were written when they were not plain, e.g. {@code
     * numbers with $ and thousands commas} or {@code percentages (12% is read as 12)}; empty for plain
     * numbers and every other column.
     */
    public Optional<String> numberRule(String name) {
        return Optional.ofNullable(numberRules.get(name));
    }

    /** Rows read with fewer fields than the header ({@link ShortRows#NONE} when none). */
    public ShortRows shortRows() {
        return shortRows;
    }

    /** What the import fixed or guessed (empty when nothing): show these to the user once. */
    public List<String> warnings() {
        return warnings;
    }
}
