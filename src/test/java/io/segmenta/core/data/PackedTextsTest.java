package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text columns packed as they are read ({@link PackedTexts}, {@link ColumnBuilder}): the cells and types of before. */
class PackedTextsTest {
    @Test
    void packsCellsWithGapsAsMissingAndReadsThemBack() {
        PackedTexts p = PackedTexts.of(new String[] {"a", null, "bc"}, 3, 4);
        assertTrue(p.add(4, "xx-déjà-yy", 3, 7));
        assertTrue(p.add(5, "", 0, 0));
        p.finish(7);
        assertArrayEquals(new String[] {"a", null, "bc", null, "déjà", "", null}, p.strings(7));
        assertEquals(3, p.missing());
        assertEquals(7, p.ends().length);
        assertEquals("abcdéjà".length(), p.chars().length);
        assertTrue(p.unique(7));
    }

    @Test
    void refusesATextBeyondLatin1WithNothingChanged() {
        assertNull(PackedTexts.of(new String[] {"ok", "Łódź"}, 2, 2));
        PackedTexts p = PackedTexts.of(new String[] {"ok"}, 1, 2);
        assertFalse(p.add(1, "Łódź", 0, 4));
        assertTrue(p.add(1, "Lodz", 0, 4));
        p.finish(2);
        assertArrayEquals(new String[] {"ok", "Lodz"}, p.strings(2));
    }

    @Test
    void uniqueFindsARepeatAnywhereAndOnlyAmongTheRowsAsked() {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            cells.add(i % 97 == 0 ? null : "C" + i);
        }
        cells.add("C40001");
        PackedTexts p = PackedTexts.of(cells.toArray(String[]::new), cells.size(), cells.size());
        p.finish(cells.size());
        assertTrue(p.unique(50_000));
        assertFalse(p.unique(50_001));
        assertFalse(PackedTexts.of(new String[] {"ab", "ab"}, 2, 2).unique(2));
        assertTrue(PackedTexts.of(new String[] {"ab", "ba", null, null}, 4, 4).unique(4), "missing cells aside");
    }

    @Test
    void aCsvReadsItsIdsNamesAndCodesAsBefore(@TempDir Path dir) throws IOException {
        int n = TextColumn.PACK_FROM + 5_000;
        StringBuilder csv = new StringBuilder("CustomerID,Name,Ref,Note,Accented,Amount\n");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] r = {
                i % 1_001 == 7 ? "" : String.format("C%07d", i),           // id-named codes, some missing
                "Customer " + i,                                            // all different, not tokens: text
                "R" + i,                                                    // unique codes with a digit
                i < 6_000 ? "n" + i : "n" + (i % 10),                        // different at first, then repeats
                i == 9_000 ? "Zoë Łukasz" : "x" + i,                        // beyond Latin-1 after the start
                Integer.toString(i % 50)};
            rows.add(r);
            csv.append(String.join(",", r)).append('\n');
        }
        Path file = dir.resolve("customers.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Dataset data = CsvImporter.read(file);
        assertEquals(ColumnType.IDENTIFIER, data.column("CustomerID").type());
        assertTrue(((TextColumn) data.column("CustomerID")).packed(), "a large id column is packed, as before");
        assertEquals(ColumnType.TEXT, data.column("Name").type());
        assertEquals(ColumnType.IDENTIFIER, data.column("Ref").type());
        assertEquals(ColumnType.TEXT, data.column("Note").type());
        assertEquals(ColumnType.TEXT, data.column("Accented").type());
        String[] names = {"CustomerID", "Name", "Ref", "Note", "Accented"};
        for (int j = 0; j < names.length; j++) {
            Column c = data.column(names[j]);
            int missing = 0;
            for (int i = 0; i < n; i++) {
                String want = rows.get(i)[j];
                missing += want.isEmpty() ? 1 : 0;
                assertEquals(want, c.format(i), names[j] + " row " + i);
                assertEquals(want.isEmpty(), c.isMissing(i), names[j] + " row " + i);
            }
            assertEquals(missing, c.missingCount(), names[j]);
        }
    }

    @Test
    void plainIntegerIdsTurnedToTextArePackedWithTheirGaps(@TempDir Path dir) throws IOException {
        int n = TextColumn.PACK_FROM + 10;
        StringBuilder csv = new StringBuilder("CustomerID,Amount\n");
        for (int i = 0; i < n; i++) {
            csv.append(i % 333 == 5 ? "" : Integer.toString(1_000_000 + i)).append(',').append(i % 7).append('\n');
        }
        Path file = dir.resolve("ids.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Column id = CsvImporter.read(file).column("CustomerID");
        assertEquals(ColumnType.IDENTIFIER, id.type());
        for (int i = 0; i < n; i++) {
            assertEquals(i % 333 == 5 ? "" : Integer.toString(1_000_000 + i), id.format(i), "row " + i);
        }
    }
}
