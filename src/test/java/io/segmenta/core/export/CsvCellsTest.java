package io.segmenta.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '~', quoteCharacter = '`', value = {
        "=1+2~'=1+2",
        "=HYPERLINK(\"http://x\")~'=HYPERLINK(\"http://x\")",
        "+cmd~'+cmd",
        "-2+3+cmd|' /C calc'!A0~'-2+3+cmd|' /C calc'!A0",
        "@SUM(A1)~'@SUM(A1)",
        "-~'-",
        "-5~-5",
        "+3.2~+3.2",
        "-1,5~-1,5",
        "-2e-3~-2e-3",
        "-.5~-.5",
        "- 5~'- 5",
        "`-5 `~`'-5 `",
        "Male~Male",
        "a=b~a=b",
        "5~5",
        "' already~' already",
    })
    void neutralisesFormulaStartsButNotNumbers(String in, String out) {
        assertEquals(out, CsvCells.neutralise(in));
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAndEmptyCells() {
        assertEquals("'\t=1", CsvCells.neutralise("\t=1"));
        assertEquals("'\rx", CsvCells.neutralise("\rx"));
        assertEquals("", CsvCells.neutralise(""));
        assertNull(CsvCells.neutralise(null));
    }
}
