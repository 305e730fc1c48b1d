package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A large Latin-1 identifier column is packed: the same cells, the same sort as a column of strings. */
class TextColumnTest {
    /**
     * Ids in mixed case with numbers and accents (Latin-1), and missing cells; the first
     * {@link TextColumn#PACK_FROM} all different (a customer table), then repeats, an empty text among them.
     */
    private static String[] ids(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] prefixes = {"C", "c", "Cé", "ID-", "x0", "Zoë "};
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(100);
            out[i] = r == 0 ? null : i < TextColumn.PACK_FROM ? prefixes[i % prefixes.length] + (i % 3 == 0 ? "00" : "")
                    + i : r == 1 ? "" : prefixes[random.nextInt(prefixes.length)] + random.nextInt(5_000);
        }
        return out;
    }

    @Test
    void aLargeLatin1ColumnIsPackedAndGivesBackEveryCell() {
        String[] values = ids(TextColumn.PACK_FROM + 1_234, 7);
        String[] copy = values.clone();
        TextColumn c = new TextColumn("id", ColumnType.IDENTIFIER, values);
        assertTrue(c.packed());
        assertEquals(copy.length, c.size());
        int missing = 0;
        for (int i = 0; i < copy.length; i++) {
            assertEquals(copy[i], c.get(i), "row " + i);
            assertEquals(copy[i] == null, c.isMissing(i), "row " + i);
            assertEquals(copy[i] == null ? "" : copy[i], c.format(i), "row " + i);
            missing += copy[i] == null ? 1 : 0;
        }
        assertTrue(missing > 0 && c.isMissing(Arrays.asList(copy).indexOf(null)));
        assertEquals(missing, c.missingCount());
    }

    @Test
    void smallColumnsFreeTextAndTextsBeyondLatin1KeepTheirStrings() {
        assertFalse(new TextColumn("id", ColumnType.IDENTIFIER, ids(TextColumn.PACK_FROM - 1, 7)).packed());
        String[] values = ids(TextColumn.PACK_FROM, 7);
        assertFalse(new TextColumn("note", ColumnType.TEXT, values.clone()).packed(), "free text keeps its strings");
        String[] log = values.clone();
        log[1] = log[0]; // two lines of one invoice: a log, read once
        assertFalse(new TextColumn("InvoiceNo", ColumnType.IDENTIFIER, log).packed());
        values[77] = "Łódź 12"; // Ł is not Latin-1
        TextColumn c = new TextColumn("id", ColumnType.IDENTIFIER, values);
        assertFalse(c.packed());
        assertEquals("Łódź 12", c.get(77));
    }

    @Test
    void aPackedColumnSortsAsTheSameTextsAsStringsDo() {
        String[] values = ids(TextColumn.PACK_FROM + 5_000, 11);
        int n = values.length;
        // the reference: a stable sort of the rows by compareText of their strings, missing cells last
        Integer[] reference = new Integer[n];
        for (int i = 0; i < n; i++) {
            reference[i] = i;
        }
        Arrays.sort(reference, (a, b) -> values[a] == null || values[b] == null
                ? Boolean.compare(values[a] == null, values[b] == null) : RowSort.compareText(values[a], values[b]));
        TextColumn packed = new TextColumn("id", ColumnType.IDENTIFIER, values.clone());
        assertTrue(packed.packed());
        Dataset d = new Dataset("ids", List.of(packed), null);
        int[] order = RowSort.sort(d, List.of(new RowSort.Key(0, false)), ProgressListener.NONE, CancellationToken.NONE);
        assertArrayEquals(Arrays.stream(reference).mapToInt(Integer::intValue).toArray(), order);
    }

    @Test
    void distinctCountIsTheSetOfTextsSizePackedOrNot() {
        String[] values = ids(TextColumn.PACK_FROM + 50_000, 11); // repeats and an empty text after the first ids
        long expected = Arrays.stream(values).filter(java.util.Objects::nonNull).distinct().count();
        assertTrue(expected < values.length - 1_000, "the column repeats texts: " + expected);
        TextColumn packed = new TextColumn("id", ColumnType.IDENTIFIER, values.clone());
        assertTrue(packed.packed());
        assertEquals(expected, packed.distinctCount());
        TextColumn strings = new TextColumn("note", ColumnType.TEXT, values.clone());
        assertFalse(strings.packed());
        assertEquals(expected, strings.distinctCount());
        assertEquals(0, new TextColumn("none", ColumnType.TEXT, new String[] {null, null}).distinctCount());
        assertEquals(0, new TextColumn("empty", ColumnType.TEXT, new String[0]).distinctCount());
        assertEquals(2, new TextColumn("few", ColumnType.TEXT, new String[] {"a", null, "", "a", ""}).distinctCount());
        // texts whose String hash codes collide ("Aa" and "BB") are still told apart
        assertEquals(2, new TextColumn("hash", ColumnType.TEXT, new String[] {"Aa", "BB", "Aa"}).distinctCount());
    }
}
