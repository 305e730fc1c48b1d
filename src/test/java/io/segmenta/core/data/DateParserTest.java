package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @Test
    void daysFromCivilMatchesJavaTime() {
        for (LocalDate d = LocalDate.of(1590, 1, 1); d.isBefore(LocalDate.of(2410, 1, 1)); d = d.plusDays(1)) {
            assertEquals(d.toEpochDay(), DateParser.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    d::toString);
        }
    }

    private static long parseToEpoch(String s, boolean monthFirst) {
        DateParser p = new DateParser();
        assertTrue(p.parse(s, 0, s.length()), s);
        return DateParser.epochSecond(p.packed(), monthFirst);
    }

    @Test
    void partsResolveToTheRightInstant() {
        long expected = LocalDateTime.of(2011, 12, 9, 12, 50, 7).toEpochSecond(ZoneOffset.UTC);
        assertEquals(expected, parseToEpoch("2011-12-09 12:50:07", true));
        assertEquals(expected, parseToEpoch("09/12/2011 12:50:07", false));
        assertEquals(expected, parseToEpoch("12/9/2011 12:50:07.250", true));
        assertEquals(LocalDate.of(2020, 2, 29).toEpochDay() * 86_400, parseToEpoch("29.02.2020", false));
        assertEquals(DateParser.INVALID, parseToEpoch("29.02.2021", false));
        assertEquals(DateParser.INVALID, parseToEpoch("31/04/2021", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13-01", "32/01/2021", "13/13/2021", "20210304", "21-03-04", "2021-03", "2021-03-04 25:00",
        "2021-03-04 10:60", "2021-03-04 10", "2021-03-04 10:5", "2021-03-04T", "2021-03/04", "00/01/2021", "2021-03-04Z",
        "1.5", "12-05", "2021-003-04", "3 Mar 2021"})
    void rejects(String s) {
        assertFalse(new DateParser().parse(s, 0, s.length()), s);
    }
}
