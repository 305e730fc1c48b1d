package io.segmenta.core.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancelledException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hand-made log in another dialect (semicolons, decimal commas, {@code dd.mm.yyyy HH:MM}, amounts
 * given directly, returns as negative amounts, no invoice prefix, text customer ids), checked against
 * figures pandas computed with the same definitions (the script is in the comment below), and bad
 * inputs that must give clear messages.
 *
 * <pre>
 * df = pd.read_csv('log.csv', sep=';', decimal=',', dtype={'Kunde': str, 'Beleg': str})
 * df['Datum'] = pd.to_datetime(df['Datum'], format='%d.%m.%Y %H:%M')
 * k = df[df.Kunde.notna()].copy(); k['ret'] = k.Beleg.str.startswith('C') | (k.Betrag &lt; 0)
 * k['day'] = k.Datum.dt.normalize(); ref = k.day.max() + pd.Timedelta(days=1); p = k[~k.ret]
 * g = k.groupby('Kunde'); pg = p.groupby('Kunde')
 * t = pd.DataFrame({'Monetary': g.Betrag.sum(), 'Rows': g.size(), 'Returns': g.ret.sum()})
 * t['Frequency'] = pg.Beleg.nunique(); t['Last'] = pg.day.max(); t['First'] = pg.day.min()
 * t['Products'] = pg.Artikel.nunique(); t = t[t.Frequency.notna()].sort_index()
 * t['Recency'] = (ref - t.Last).dt.days; t['Tenure'] = (ref - t.First).dt.days
 * t['AOV'] = t.Monetary / t.Frequency; t['Share'] = t.Returns / t.Rows
 * t['Between'] = np.where(t.Frequency &gt; 1, (t.Last - t.First).dt.days / (t.Frequency - 1), np.nan)
 * t['R'] = pd.qcut(t.Recency.rank(method='first'), 5, labels=[5, 4, 3, 2, 1]).astype(int)   # F, M: labels 1..5
 * </pre>
 */
class DialectLogTest {
    static final String LOG = DialectLogFixture.LOG;


    /** pandas: id, Recency, Frequency, Monetary, R, F, M, Tenure, AOV, Between (NaN: one purchase), Products, Share, top Kanal. */
    static final Object[][] PANDAS = {
        {"K10", 1, 5, 208.75, 5, 5, 5, 36, 41.75, 8.75, 3, 0.0, "Online"},
        {"K11", 1, 1, 75.0, 5, 1, 4, 1, 75.0, Double.NaN, 1, 0.0, "Online"},
        {"K2", 31, 2, 32.5, 1, 2, 2, 38, 16.25, 7.0, 3, 0.25, "Laden"},
        {"K3", 3, 3, 16.5, 4, 5, 1, 36, 5.5, 16.5, 3, 0.0, "Laden"},
        {"K4", 8, 2, 105.0, 2, 3, 4, 21, 52.5, 13.0, 2, 0.0, "Laden"},
        {"K6", 11, 1, 0.0, 2, 1, 1, 11, 0.0, Double.NaN, 1, 0.5, "Online"},
        {"K7", 30, 1, 200.0, 1, 2, 5, 30, 200.0, Double.NaN, 1, 0.5, "Online"},
        {"K8", 7, 2, 21.0, 3, 4, 2, 16, 10.5, 9.0, 2, 0.0, "Online"},
        {"K9", 1, 2, 66.6, 4, 4, 3, 4, 33.3, 3.0, 1, 0.0, "Laden"},
    };
    static final String[] SEGMENTS = {"Champions", "New customers", "Hibernating", "Loyal customers", "At risk",
        "Hibernating", "Hibernating", "Loyal customers", "Loyal customers"};

    @TempDir
    Path dir;

    private Dataset read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return CsvImporter.read(f);
    }

    @Test
    void matchesPandasOnASemicolonLogWithDecimalCommasAndGermanDates() throws Exception {
        Dataset log = read("kassenbuch.csv", LOG);
        RfmRoles roles = RfmRoles.guess(log);
        assertEquals(new RfmRoles("Kunde", "Datum", "Beleg", "Betrag", null, null, "Artikel", "Kanal"), roles);
        CustomerTable made = CustomerTables.make(log, roles, RfmOptions.DEFAULT);
        RfmSummary s = made.summary();
        assertEquals(27, s.rows());
        assertEquals(2, s.rowsWithoutCustomer());
        assertEquals(4, s.returnRows());
        assertEquals(LocalDate.of(2024, 2, 10), s.referenceDay());
        assertEquals(9, s.customers());
        assertEquals(1, s.customersReturnsOnly());
        Dataset t = made.table();
        assertEquals("kassenbuch_customers.csv", t.name());
        assertEquals(List.of("Kunde", "Recency", "Frequency", "Monetary", "R", "F", "M", "RFM", "RFM segment",
                "Tenure days", "Average order value", "Mean days between purchases", "Products", "Return share",
                "Most frequent Kanal"), t.columnNames());
        String[] numeric = {"Recency", "Frequency", "Monetary", "R", "F", "M", "Tenure days", "Average order value",
            "Mean days between purchases", "Products", "Return share"};
        int[] at = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        for (int i = 0; i < PANDAS.length; i++) {
            Object[] e = PANDAS[i];
            assertEquals(e[0], t.column("Kunde").format(i));
            for (int j = 0; j < numeric.length; j++) {
                double want = ((Number) e[at[j]]).doubleValue();
                assertEquals(want, ((NumericColumn) t.column(numeric[j])).get(i), 1e-9, e[0] + " " + numeric[j]);
            }
            assertEquals(e[12], t.column("Most frequent Kanal").format(i), e[0] + " Kanal");
            assertEquals("" + e[4] + e[5] + e[6], t.column("RFM").format(i));
            assertEquals(SEGMENTS[i], t.column("RFM segment").format(i), e[0] + " segment");
        }
        assertEquals(3, s.count(RfmSegment.HIBERNATING));
        assertEquals(3, s.count(RfmSegment.LOYAL_CUSTOMERS));
        assertEquals(0, s.count(RfmSegment.PROMISING));
    }

    @Test
    void withoutAnInvoiceColumnFrequencyCountsPurchaseDays() throws Exception {
        Dataset log = read("kassenbuch.csv", LOG);
        RfmRoles roles = new RfmRoles("Kunde", "Datum", null, "Betrag", null, null, null, null);
        Dataset t = CustomerTables.make(log, roles, new RfmOptions(LocalDate.of(2024, 3, 1))).table();
        // K4 bought twice on 20.01 (one invoice) and on 02.02: two days; K9 on 06.02 and 09.02
        assertEquals(2, ((NumericColumn) t.column("Frequency")).get(4));
        assertEquals(2, ((NumericColumn) t.column("Frequency")).get(8));
        // a reference day the user sets: 2024-03-01 - 2024-02-09 = 21 days for K10
        assertEquals(21, ((NumericColumn) t.column("Recency")).get(0));
        assertEquals(13, t.columnCount());
    }

    @Test
    void noCustomerColumnIsNamed() throws Exception {
        Dataset log = read("plain.csv", "Day,Total\n2024-01-01,5\n2024-01-02,7\n");
        RfmRoles roles = RfmRoles.guess(log);
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, roles, RfmOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("No customer column is chosen for plain.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("Columns: Day, Total."), e.getMessage());
    }

    @Test
    void aDateColumnThatHoldsNoDates() throws Exception {
        Dataset log = read("d.csv", "Customer,When,Amount\nA,soon,5\nB,later,7\nA,never,2\n");
        RfmRoles roles = new RfmRoles("Customer", "When", null, "Amount", null, null, null, null);
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, roles, RfmOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("The date column \"When\" of d.csv does not hold dates: it was read as "),
                e.getMessage());
        assertTrue(e.getMessage().contains("(row 1: \"soon\")"), e.getMessage());
    }

    @Test
    void anAmountColumnOfText() throws Exception {
        Dataset log = read("a.csv", "Customer,Date,Amount\nA,2024-01-01,five\nB,2024-01-02,seven\nA,2024-01-03,two\n");
        RfmRoles roles = new RfmRoles("Customer", "Date", null, "Amount", null, null, null, null);
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, roles, RfmOptions.DEFAULT));
        assertTrue(e.getMessage().startsWith("The amount column \"Amount\" of a.csv does not hold numbers"),
                e.getMessage());
        assertTrue(e.getMessage().contains("\"five\""), e.getMessage());
    }

    @Test
    void everyRowAReturn() throws Exception {
        Dataset log = read("r.csv", "Customer,Date,Invoice,Amount\nA,2024-01-01,C1,-5\nB,2024-01-02,C2,-7\n"
                + "A,2024-01-03,C3,-2\n");
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT));
        assertEquals("Every row of r.csv with a customer is a return (an invoice starting with C or a negative amount): "
                + "3 return rows, 2 customers with returns only, no purchase. A customer table needs purchases; check the "
                + "amount and invoice columns.", e.getMessage());
    }

    @Test
    void aReferenceDayBeforeTheLastPurchase() throws Exception {
        Dataset log = read("kassenbuch.csv", LOG);
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> CustomerTables.make(log, RfmRoles.guess(log), new RfmOptions(LocalDate.of(2024, 2, 1))));
        assertTrue(e.getMessage().contains("lies before the last purchase in kassenbuch.csv (2024-02-09)"),
                e.getMessage());
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws Exception {
        Dataset log = read("kassenbuch.csv", LOG);
        List<Double> seen = new ArrayList<>();
        CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT, (f, m) -> seen.add(f), () -> false);
        assertEquals(1.0, seen.get(seen.size() - 1));
        assertThrows(CancelledException.class,
                () -> CustomerTables.make(log, RfmRoles.guess(log), RfmOptions.DEFAULT, (f, m) -> { }, () -> true));
    }

    @Test
    void theSegmentColumnListsOnlySegmentsPresentInRuleOrder() throws Exception {
        Dataset t = CustomerTables.make(read("k.csv", LOG), RfmRoles.guess(read("k.csv", LOG)), RfmOptions.DEFAULT)
                .table();
        Column seg = t.column("RFM segment");
        assertEquals(List.of("Hibernating", "At risk", "Loyal customers", "New customers", "Champions"),
                ((CategoricalColumn) seg).levels());
    }
}
