package io.segmenta.core.explore;

import io.segmenta.core.data.ColumnType;

/** Summary of an identifier or free-text column: present, missing and distinct values. */
public record TextSummary(String name, ColumnType type, int count, int missing, int distinct)
        implements ColumnSummary {
}
