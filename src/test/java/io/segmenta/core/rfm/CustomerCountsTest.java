package io.segmenta.core.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counting of distinct invoices, days and products and of the most frequent category by customer
 * runs (no sets, no pair hashes), the coding of text ids with the row-before shortcut, and the fast
 * customer order, against plain sets and maps on hand-made and seeded random logs.
 */
class CustomerCountsTest {
    @TempDir
    Path dir;

    private Dataset read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvImporter.read(f);
    }

    @Test
    void daysBefore1970CountAsPurchaseDays() throws Exception {
        Dataset log = read("old.csv", "Customer,Date,Amount\nA,1969-12-30,5\nA,1969-12-31,5\nA,1969-12-31,1\n"
                + "A,1970-01-01,2\nB,1969-06-01,3\n");
        RfmRoles roles = new RfmRoles("Customer", "Date", null, "Amount", null, null, null, null);
        Dataset t = CustomerTables.make(log, roles, RfmOptions.DEFAULT).table();
        assertEquals(3, ((NumericColumn) t.column("Frequency")).get(0), "A bought on three calendar days");
        assertEquals(1, ((NumericColumn) t.column("Frequency")).get(1));
        assertEquals(1, ((NumericColumn) t.column("Recency")).get(0), "reference day 1970-01-02");
    }

    @Test
    void idsWithLeadingZerosKeepTheirTextAndTheNumericOrder() throws Exception {
        Dataset log = read("ids.csv", "Customer,Date,Amount\n12,2024-01-01,5\n007,2024-01-02,5\n7,2024-01-03,1\n"
                + "007,2024-01-04,2\n12,2024-01-05,1\n");
        RfmRoles roles = new RfmRoles("Customer", "Date", null, "Amount", null, null, null, null);
        Dataset t = CustomerTables.make(log, roles, RfmOptions.DEFAULT).table();
        assertEquals(List.of("007", "7", "12"), List.of(t.column("Customer").format(0), t.column("Customer").format(1),
                t.column("Customer").format(2)), "by value, then by text");
        assertEquals(2, ((NumericColumn) t.column("Frequency")).get(0));
        assertEquals(-1, CustomerRows.plainId("007"));
        assertEquals(-1, CustomerRows.plainId("4294967296"));
        assertEquals(4294967295L, CustomerRows.plainId("4294967295"));
        assertEquals(0, CustomerRows.plainId("0"));
    }

    @Test
    void runsAreCountedWithoutMissingCodes() {
        int[] a = {5, -1, 5, 3, -1};
        assertEquals(2, CustomerCounts.distinct(a.clone(), 0, 5, true));
        assertEquals(3, CustomerCounts.distinct(a.clone(), 0, 5, false), "-1 is a day before 1970 there");
        assertEquals(0, CustomerCounts.distinct(a.clone(), 2, 2, true));
        assertEquals(3, CustomerCounts.mostFrequent(new int[] {3, 5, -1, 5, 3, -1, -1}, 0, 7), "missing is no value");
        assertEquals(3, CustomerCounts.mostFrequent(new int[] {5, 3, 5, 3}, 0, 4), "the smaller on a tie");
        assertEquals(-1, CustomerCounts.mostFrequent(new int[] {-1, -1}, 0, 2));
    }

    /** A seeded log of 30,000 rows against the same figures from sets and maps, row by row. */
    @Test
    void aRandomLogMatchesPlainSetsAndMaps() throws Exception {
        Random rnd = new Random(13);
        String[] countries = {"France", "Germany", "EIRE", "Spain"};
        StringBuilder csv = new StringBuilder("Invoice,Customer,Date,Quantity,Price,Product,Country\n");
        Map<String, Set<String>> invoices = new TreeMap<>();
        Map<String, Set<String>> products = new HashMap<>();
        Map<String, Map<String, Integer>> country = new HashMap<>();
        Map<String, Integer> lastDay = new HashMap<>();
        int rows = 30_000;
        int invoice = 1000;
        String customer = null;
        for (int i = 0; i < rows; i++) {
            if (i == 0 || rnd.nextInt(4) == 0) { // rows of one invoice follow each other, as in real logs
                invoice++;
                customer = rnd.nextInt(50) == 0 ? "" : (rnd.nextBoolean() ? "K" : "") + rnd.nextInt(3000);
            }
            boolean ret = invoice % 23 == 0;
            String inv = (ret ? "C" : "") + invoice;
            int day = 1 + (invoice * 7 + 3) % 28;
            int qty = (1 + rnd.nextInt(9)) * (ret ? -1 : 1);
            String product = rnd.nextInt(40) == 0 ? "" : "P" + rnd.nextInt(200);
            String c = countries[rnd.nextInt(countries.length)];
            csv.append(inv).append(',').append(customer).append(",2024-02-").append(day < 10 ? "0" : "").append(day)
                    .append(',').append(qty).append(",1.5,").append(product).append(',').append(c).append('\n');
            if (customer.isEmpty()) {
                continue;
            }
            country.computeIfAbsent(customer, k -> new HashMap<>()).merge(c, 1, Integer::sum);
            if (!ret) {
                invoices.computeIfAbsent(customer, k -> new HashSet<>()).add(inv);
                if (!product.isEmpty()) {
                    products.computeIfAbsent(customer, k -> new HashSet<>()).add(product);
                }
                lastDay.merge(customer, day, Math::max);
            }
        }
        Dataset log = read("random.csv", csv.toString());
        RfmRoles roles = new RfmRoles("Customer", "Date", "Invoice", null, "Quantity", "Price", "Product", "Country");
        Dataset t = CustomerTables.make(log, roles, new RfmOptions(LocalDate.of(2024, 3, 1))).table();
        assertEquals(invoices.size(), t.rowCount());
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < t.rowCount(); i++) {
            rowOf.put(t.column("Customer").format(i), i);
        }
        List<String> checked = new ArrayList<>();
        for (String id : invoices.keySet()) {
            int i = rowOf.get(id);
            assertEquals(invoices.get(id).size(), ((NumericColumn) t.column("Frequency")).get(i), id + " Frequency");
            assertEquals(products.getOrDefault(id, Set.of()).size(), ((NumericColumn) t.column("Products")).get(i),
                    id + " Products");
            assertEquals(29 + 1 - lastDay.get(id), ((NumericColumn) t.column("Recency")).get(i), id + " Recency");
            Map<String, Integer> counts = country.get(id);
            String top = counts.entrySet().stream().sorted((a, b) -> a.getValue().equals(b.getValue())
                    ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue()).findFirst().orElseThrow().getKey();
            assertEquals(top, t.column("Most frequent Country").format(i), id + " country");
            checked.add(id);
        }
        assertEquals(t.rowCount(), checked.size());
    }
}
