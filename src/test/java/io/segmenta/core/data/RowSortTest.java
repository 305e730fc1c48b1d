package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.RowSort.Key;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Sorting row indices by a column's primitive values: order, stability, missing cells, cancellation. */
class RowSortTest {

    private static int[] sort(Dataset d, Key... keys) {
        return RowSort.sort(d, List.of(keys), ProgressListener.NONE, CancellationToken.NONE);
    }

    /** The same order by boxing every row and sorting with a comparator (stable), for comparison. */
    private static int[] reference(int rows, Comparator<Integer> order) {
        Integer[] boxed = new Integer[rows];
        for (int i = 0; i < rows; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, order);
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static void assertPermutation(int[] order, int rows) {
        assertEquals(rows, order.length);
        boolean[] seen = new boolean[rows];
        for (int r : order) {
            assertTrue(!seen[r], "row " + r + " twice");
            seen[r] = true;
        }
    }

    @Test
    void mallCustomersSortByIncomeWithTiesInFileOrder() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        int income = mall.indexOf("Annual Income (k$)");
        NumericColumn c = (NumericColumn) mall.column(income);

        int[] up = sort(mall, new Key(income, false));
        assertPermutation(up, 200);
        for (int i = 1; i < up.length; i++) {
            double a = c.get(up[i - 1]);
            double b = c.get(up[i]);
            assertTrue(a < b || a == b && up[i - 1] < up[i], "position " + i + ": " + a + " then " + b);
        }
        assertEquals(15, c.get(up[0]), 0);
        assertEquals(137, c.get(up[199]), 0);
        assertArrayEquals(new int[] {0, 1, 2, 3}, Arrays.copyOf(up, 4), "15 k$ twice, then 16 k$ twice, in file order");
        assertArrayEquals(reference(200, Comparator.comparingDouble(c::get)), up);

        int[] down = sort(mall, new Key(income, true));
        assertArrayEquals(reference(200, (x, y) -> Double.compare(c.get(y), c.get(x))), down);
        assertArrayEquals(new int[] {198, 199}, Arrays.copyOf(down, 2), "137 k$ twice, ties in file order");
    }

    @Test
    void mallCustomersSortByGenreIdentifierAndSeveralKeys() {
        Dataset mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        int genre = mall.indexOf("Genre");
        int age = mall.indexOf("Age");
        int id = mall.indexOf("CustomerID");
        CategoricalColumn g = (CategoricalColumn) mall.column(genre);
        NumericColumn a = (NumericColumn) mall.column(age);

        int[] byGenre = sort(mall, new Key(genre, false));
        assertEquals(112, Arrays.stream(byGenre).limit(112).filter(r -> g.level(r).equals("Female")).count());
        assertArrayEquals(reference(200, Comparator.comparing(g::level)), byGenre);

        // zero-padded ids 0001 ... 0200: ascending is the file order, descending its reverse
        assertArrayEquals(RowSort.fileOrder(200), sort(mall, new Key(id, false)));
        int[] reversed = sort(mall, new Key(id, true));
        for (int i = 0; i < 200; i++) {
            assertEquals(199 - i, reversed[i]);
        }
        assertArrayEquals(reversed, sort(mall, Key.rowNumber(true)));

        Comparator<Integer> genreThenOldest = Comparator.<Integer, String>comparing(g::level)
                .thenComparing((x, y) -> Double.compare(a.get(y), a.get(x)));
        assertArrayEquals(reference(200, genreThenOldest), sort(mall, new Key(genre, false), new Key(age, true)));
        assertArrayEquals(RowSort.fileOrder(200), sort(mall));
    }

    @Test
    void missingCellsComeLastInBothDirections() {
        double[] v = {3, Double.NaN, -1, 0.0, Double.POSITIVE_INFINITY, -0.0, Double.NaN, -7.5,
            Double.NEGATIVE_INFINITY, 3};
        long[] dates = {DateColumn.MISSING, 86_400, -86_400, 0, DateColumn.MISSING, 5, 5, 1, 2, 3};
        String[] text = {"b", null, "B", "a10", "a9", null, "", "A9", "z", "b"};
        Dataset d = new Dataset("t", List.of(new NumericColumn("v", v),
                new DateColumn("when", dates, "yyyy-MM-dd", false),
                new TextColumn("name", ColumnType.TEXT, text),
                new CategoricalColumn("level", new int[] {1, -1, 0, 2, -1, 0, 1, 2, 0, -1}, List.of("b", "a", "C"))),
                null);
        assertArrayEquals(new int[] {8, 7, 2, 3, 5, 0, 9, 4, 1, 6}, sort(d, new Key(0, false)), "-0 and 0 tie");
        assertArrayEquals(new int[] {4, 0, 9, 3, 5, 2, 7, 8, 1, 6}, sort(d, new Key(0, true)));
        assertArrayEquals(new int[] {2, 3, 7, 8, 9, 5, 6, 1, 0, 4}, sort(d, new Key(1, false)));
        assertArrayEquals(new int[] {1, 5, 6, 9, 8, 7, 3, 2, 0, 4}, sort(d, new Key(1, true)));
        // "" < "A9" < "a9" (equal but for case: String.compareTo decides) < "a10" < "B" < "b" = "b" < "z"
        assertArrayEquals(new int[] {6, 7, 4, 3, 2, 0, 9, 8, 1, 5}, sort(d, new Key(2, false)));
        assertArrayEquals(new int[] {8, 0, 9, 2, 3, 4, 7, 6, 1, 5}, sort(d, new Key(2, true)));
        // levels a < b < C whatever their codes
        assertArrayEquals(new int[] {0, 6, 2, 5, 8, 3, 7, 1, 4, 9}, sort(d, new Key(3, false)));
        assertArrayEquals(new int[] {3, 7, 2, 5, 8, 0, 6, 1, 4, 9}, sort(d, new Key(3, true)));
    }

    @Test
    void textOrderIsCaseInsensitiveWithNumbersByValue() {
        List<String> sorted = new ArrayList<>(List.of("C10", "c9", "C9", "b", "", "Zeta", "item 2", "item 10", "7",
                "07", "0042", "x-1", "x.1", "Émile", "apple", "Apple"));
        sorted.sort(RowSort::compareText);
        assertEquals(List.of("", "07", "7", "0042", "Apple", "apple", "b", "C9", "c9", "C10", "item 2", "item 10",
                "x-1", "x.1", "Zeta", "Émile"), sorted);

        // a total order: antisymmetric and transitive on random short strings of digits, letters and signs
        SplittableRandom rnd = new SplittableRandom(4);
        String alphabet = "0019aAbB-. ";
        String[] s = new String[300];
        for (int i = 0; i < s.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(6); k > 0; k--) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            s[i] = b.toString();
        }
        for (String x : s) {
            for (String y : s) {
                int xy = Integer.signum(RowSort.compareText(x, y));
                assertEquals(-xy, Integer.signum(RowSort.compareText(y, x)), x + " / " + y);
                assertEquals(xy == 0, x.equals(y), x + " / " + y);
            }
        }
        String[] byOrder = s.clone();
        Arrays.sort(byOrder, RowSort::compareText);
        for (int i = 0; i < byOrder.length; i++) {
            for (int j = i + 1; j < byOrder.length; j++) {
                assertTrue(RowSort.compareText(byOrder[i], byOrder[j]) <= 0, byOrder[i] + " / " + byOrder[j]);
            }
        }
    }

    @Test
    void radixSortAgreesWithASortOfBoxedKeysOnRandomNumbers() {
        int n = 50_000;
        SplittableRandom rnd = new SplittableRandom(8);
        double[] v = new double[n];
        String[] t = new String[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (i % 5) {
                case 0 -> rnd.nextGaussian() * 1e6;
                case 1 -> rnd.nextInt(100);
                case 2 -> -rnd.nextDouble();
                case 3 -> i % 11 == 0 ? Double.NaN : rnd.nextDouble() * 1e-300;
                default -> Math.scalb(rnd.nextDouble(), rnd.nextInt(-1000, 1000));
            };
            t[i] = i % 13 == 0 ? null : "C" + rnd.nextInt(5_000);
        }
        Dataset d = new Dataset("random", List.of(new NumericColumn("v", v),
                new TextColumn("t", ColumnType.IDENTIFIER, t)), null);
        Comparator<Integer> missingLast = Comparator.comparing(r -> Double.isNaN(v[r]));
        assertArrayEquals(reference(n, missingLast.thenComparingDouble(r -> v[r])), sort(d, new Key(0, false)));
        assertArrayEquals(reference(n, missingLast.thenComparing((x, y) -> Double.compare(v[y], v[x]))),
                sort(d, new Key(0, true)));
        Comparator<Integer> textMissingLast = Comparator.comparing(r -> t[r] == null);
        assertArrayEquals(reference(n, textMissingLast.thenComparing((x, y) -> t[x] == null ? 0
                : RowSort.compareText(t[x], t[y]))), sort(d, new Key(1, false)));
    }

    @Test
    void progressReachesOneAndCancellingStops() {
        int n = 300_000;
        double[] v = new double[n];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextDouble();
        }
        Dataset d = new Dataset("t", List.of(new NumericColumn("v", v)), null);
        progressesAndStops(d);
        assertThrows(IllegalArgumentException.class, () -> sort(d, new Key(1, false)));

        // a text sort (merge passes on all cores) reports its passes in order and stops when cancelled too
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "C" + rnd.nextInt(n);
        }
        progressesAndStops(new Dataset("ids", List.of(new TextColumn("id", ColumnType.IDENTIFIER, ids)), null));
    }

    /** Sorting by the first column reports rising fractions up to 1, and a cancel after a fifth stops it. */
    private static void progressesAndStops(Dataset d) {
        List<Double> fractions = new ArrayList<>();
        RowSort.sort(d, List.of(new Key(0, false)), (f, m) -> fractions.add(f), CancellationToken.NONE);
        assertEquals(1, fractions.get(fractions.size() - 1), 0);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), fractions.toString());
        }
        boolean[] cancelled = {false};
        assertThrows(CancelledException.class, () -> RowSort.sort(d, List.of(new Key(0, false)), (f, m) -> {
            if (f > 0.2) {
                cancelled[0] = true;
            }
        }, () -> cancelled[0]));
    }
}
