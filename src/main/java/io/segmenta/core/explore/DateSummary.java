package io.segmenta.core.explore;

import io.segmenta.core.data.ColumnType;
import java.time.LocalDateTime;

/**
 * Summary of a date column: present, missing and distinct values and the earliest and latest date
 * (null when every cell is missing).
 *
 * @param hasTime true when the cells carry a time of day (format with date and time)
 */
public record DateSummary(String name, int count, int missing, int distinct, LocalDateTime min, LocalDateTime max,
                          boolean hasTime) implements ColumnSummary {
    @Override
    public ColumnType type() {
        return ColumnType.DATE;
    }
}
