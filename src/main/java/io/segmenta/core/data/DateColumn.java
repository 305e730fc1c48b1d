package io.segmenta.core.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Dates or date-times, held as seconds since 1970-01-01T00:00 (local time, no zone) in a
 * {@code long[]}; missing cells are {@link Long#MIN_VALUE}. {@link #pattern()} is the format the
 * importer recognised (e.g. {@code dd-MM-yyyy}).
 */
public final class DateColumn implements Column {
    /** Marker for a missing cell. */
    public static final long MISSING = Long.MIN_VALUE;

    private final String name;
    private final long[] epochSeconds;
    private final String pattern;
    private final boolean hasTime;
    private final int missing;

    /** Takes ownership of {@code epochSeconds}. */
    public DateColumn(String name, long[] epochSeconds, String pattern, boolean hasTime) {
        this.name = Objects.requireNonNull(name, "name");
        this.epochSeconds = Objects.requireNonNull(epochSeconds, "epochSeconds");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.hasTime = hasTime;
        int m = 0;
        for (long v : epochSeconds) {
            if (v == MISSING) {
                m++;
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
        return ColumnType.DATE;
    }

    @Override
    public int size() {
        return epochSeconds.length;
    }

    /** Seconds since 1970-01-01T00:00 (local), {@link #MISSING} when missing. */
    public long epochSecond(int row) {
        return epochSeconds[row];
    }

    /** The date-time at {@code row}, null when missing. */
    public LocalDateTime get(int row) {
        long s = epochSeconds[row];
        return s == MISSING ? null : LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
    }

    /** The pattern the cells were read with, e.g. {@code dd-MM-yyyy} or {@code yyyy-MM-dd HH:mm:ss}. */
    public String pattern() {
        return pattern;
    }

    /** True when the cells carry a time of day. */
    public boolean hasTime() {
        return hasTime;
    }

    @Override
    public boolean isMissing(int row) {
        return epochSeconds[row] == MISSING;
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String format(int row) {
        LocalDateTime t = get(row);
        if (t == null) {
            return "";
        }
        return t.format(hasTime ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
