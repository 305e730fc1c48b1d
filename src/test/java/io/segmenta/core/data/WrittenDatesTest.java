package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WrittenDates}, used cell by cell and then over the column as segmenta-spark does, reads every
 * column as the CSV reader does: the same dates, text where the reader gives text, the same warning.
 */
class WrittenDatesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "2011-12-09|2011-12-10 14:30|2011-01-02T08:05:09",           // year first, times mixed in
        "12/1/2010 8:26|12/9/2011 12:50|1/13/2011 9:00",              // Online Retail's own: month first
        "09.12.2011|13.01.2011| 01.02.2011 ",                         // day first, padded
        "01/02/2011|03/04/2011",                                      // ambiguous with '/': month first, warned
        "01.02.2011|03.04.2011",                                      // ambiguous with '.': day first, warned
        "13/02/2011|02/13/2011",                                      // both parts above 12: text
        "2011-12-09|09.12.2011",                                      // two shapes: text
        "31/04/2011|01/01/2011",                                      // a day April lacks (day first): text
        "29.02.2020 23:59:59.500|01.03.2020",                         // leap day and a dropped fraction
        "2011-12-09|not a date"})                                     // text
    void readsAColumnAsTheCsvReaderDoes(String cells) throws IOException {
        String[] column = cells.split("\\|");
        Path csv = dir.resolve("log.csv");
        StringBuilder text = new StringBuilder("Id,Day\n");
        for (int i = 0; i < column.length; i++) {
            text.append(i).append(",\"").append(column[i]).append("\"\n");
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        Dataset read = CsvImporter.read(csv);
        Column day = read.column("Day");

        Reading spark = sparkWay(column);
        if (spark == null) {
            assertNotEquals(ColumnType.DATE, day.type(), cells);
            return;
        }
        DateColumn dates = assertInstanceOf(DateColumn.class, day, cells);
        for (int i = 0; i < column.length; i++) {
            assertEquals(dates.get(i), spark.dates().get(i), column[i]);
        }
        List<String> warnings = read.warnings().stream().filter(w -> w.contains("\"Day\"")).toList();
        assertEquals(spark.warning() == null ? List.of() : List.of(spark.warning()), warnings, cells);
    }

    /** The column as segmenta-spark reads it: dates and warning, or null when it is not dates. */
    private record Reading(List<LocalDateTime> dates, String warning) {
    }

    /** Parts per cell, then the column's aggregates, then each cell's date. */
    private static Reading sparkWay(String[] column) {
        long[] parts = new long[column.length];
        int maxFirst = 0;
        int maxSecond = 0;
        for (int i = 0; i < column.length; i++) {
            parts[i] = WrittenDates.parts(column[i]);
            if (parts[i] == WrittenDates.NOT_A_DATE || WrittenDates.shape(parts[i]) != WrittenDates.shape(parts[0])) {
                return null;
            }
            maxFirst = Math.max(maxFirst, WrittenDates.first(parts[i]));
            maxSecond = Math.max(maxSecond, WrittenDates.second(parts[i]));
        }
        Boolean monthFirst = WrittenDates.monthFirst(parts[0], maxFirst, maxSecond);
        if (monthFirst == null) {
            return null;
        }
        List<LocalDateTime> out = new ArrayList<>();
        for (long p : parts) {
            LocalDateTime t = WrittenDates.dateTime(p, monthFirst);
            if (t == null) {
                return null;
            }
            out.add(t);
        }
        return new Reading(out, WrittenDates.ambiguity("Day", parts[0], maxFirst, maxSecond));
    }
}
