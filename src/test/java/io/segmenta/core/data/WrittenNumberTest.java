package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One cell, read both ways: the value with a decimal point and with a decimal comma (NaN: not that way). */
class WrittenNumberTest {
    private static void check(String cell, double point, double comma) {
        WrittenNumber n = new WrittenNumber();
        assertTrue(n.parse(cell, 0, cell.length()), cell);
        assertEquals(!Double.isNaN(point), n.point, cell + " with a decimal point");
        assertEquals(!Double.isNaN(comma), n.comma, cell + " with a decimal comma");
        if (n.point) {
            assertEquals(point, n.pointValue, 1e-12, cell);
        }
        if (n.comma) {
            assertEquals(comma, n.commaValue, 1e-12, cell);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "x", value = {
        "42|42|42",
        "-7|-7|-7",
        "1.5|1.5|x",
        "1.234|1.234|1234",
        "-1.234|-1.234|-1234",
        "0.123|0.123|x",
        "1,5|x|1.5",
        "1,234|1234|1.234",
        "1,2345|x|1.2345",
        "1,234.56|1234.56|x",
        "1.234,56|x|1234.56",
        "1,234,567|1234567|x",
        "1.234.567|x|1234567",
        "$1,234.50|1234.5|x",
        "-$5|-5|-5",
        "$-5.25|-5.25|x",
        "1.234,56 €|x|1234.56",
        "€1.234,56|x|1234.56",
        "CHF 1'234.50|1234.5|x",
        "1’000.25 USD|1000.25|x",
        "12%|12|12",
        "-12,5 %|x|-12.5",
        "(12.50)|-12.5|x",
        "($2,000.00)|-2000|x",
        "12.50-|-12.5|x",
        "1 234,56|x|1234.56",
        "1\u00A0234,5|x|1234.5",
        "12\u202F345|12345|12345",
        "123456789012345678901.5|123456789012345678901.5|x",
    })
    void readsBothWays(String cell, Double point, Double comma) {
        check(cell, point == null ? Double.NaN : point, comma == null ? Double.NaN : comma);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0012", "abc", "EUR", "$", "12:30", "2024-01-05", "12.03.2024", "1.5.3", "10-20", "C-17",
        "1,23,456", "12,", "1,234,", "020 7946 0958", "$12%", "--5", "(5", "1 2", "1234567890123456"})
    void isNotANumber(String cell) {
        assertFalse(new WrittenNumber().parse(cell, 0, cell.length()), cell);
    }
}
