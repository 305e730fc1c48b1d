package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    private static boolean parses(NumberParser p, String s) {
        return p.parse(s, 0, s.length());
    }

    private static void assertSameAsJdk(String s) {
        NumberParser p = new NumberParser(false);
        assertTrue(parses(p, s), s);
        double expected = Double.parseDouble(s);
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(p.value()),
                () -> s + ": expected " + expected + " got " + p.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12", "-12", "+3.2", ".5", "5.", "-.25", "1e3", "1E-3", "-1.5e+2", "0.5",
        "0.000123", "123456789012345678", "12345678901234567890", "9007199254740993", "3.141592653589793238",
        "1e22", "1e23", "4.9e-324", "1e-400", "1.7976931348623157e308", "0.1", "0.3", "2.675", "100000000000000000000"})
    void agreesWithTheJdkBitForBit(String s) {
        assertSameAsJdk(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "Infinity", "NaN", "0x10", "1d",
        "1f", "1 000", "12a", "--1", "1e400", "abc", "١٢"})
    void rejectsWhatIsNotAPlainNumber(String s) {
        assertFalse(parses(new NumberParser(false), s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001", "007", "00.5", "-01", "+00", "0012e3"})
    void zeroPaddedIntegersAreCodes(String s) {
        NumberParser p = new NumberParser(false);
        assertFalse(parses(p, s), s);
        assertTrue(p.zeroPadded(), s);
    }

    @Test
    void decimalCommaWhenAsked() {
        NumberParser p = new NumberParser(true);
        assertTrue(parses(p, "1,5"));
        assertEquals(1.5, p.value());
        assertTrue(parses(p, "-1234,75"));
        assertEquals(-1234.75, p.value());
        assertTrue(parses(p, "2.5"), "a decimal point still works");
        assertFalse(parses(p, "1,234,5"));
        assertTrue(parses(p, "1,00000000000000000000001"));
        assertEquals(1.0, p.value());
    }

    @Test
    void reportsPlainIntegersAndTheirDigits() {
        NumberParser p = new NumberParser(false);
        assertTrue(parses(p, "5524"));
        assertTrue(p.plainInteger());
        assertEquals(4, p.integerDigits());
        assertTrue(parses(p, "-17"));
        assertTrue(p.plainInteger());
        for (String s : new String[] {"+5", "5.0", "5e0", "-0"}) {
            assertTrue(parses(p, s));
            assertFalse(p.plainInteger(), s);
        }
        assertTrue(parses(p, "4111111111111111"));
        assertEquals(16, p.integerDigits());
        assertTrue(parses(p, "0.75"));
        assertEquals(0, p.integerDigits());
    }

    @Test
    void staticParseTrimsAndGivesNaNForText() {
        assertEquals(2.5, NumberParser.parse(" 2.5 "));
        assertTrue(Double.isNaN(NumberParser.parse("two")));
    }

    @Test
    void randomNumbersMatchTheJdk() {
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextGaussian() * 1000;
                case 1 -> r.nextDouble();
                case 2 -> Math.scalb(r.nextDouble(), r.nextInt(200) - 100);
                default -> r.nextInt(1_000_000) / 100.0;
            };
            assertSameAsJdk(Double.toString(v));
            assertSameAsJdk(String.format(Locale.ROOT, "%.3f", v));
            assertSameAsJdk(String.format(Locale.ROOT, "%.6e", v));
        }
    }

    @Test
    void randomDigitStringsMatchTheJdk() {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.setLength(0);
            int digits = 1 + r.nextInt(22);
            int point = r.nextInt(digits + 1);
            if (r.nextBoolean()) {
                b.append('-');
            }
            for (int k = 0; k < digits; k++) {
                if (k == point && k > 0) {
                    b.append('.');
                }
                int integerDigits = point == 0 ? digits : point;
                boolean lead = k == 0 && integerDigits > 1; // no zero-padding: that is not a number here
                b.append((char) ('0' + (lead ? 1 + r.nextInt(9) : r.nextInt(10))));
            }
            assertSameAsJdk(b.toString());
        }
    }
}
