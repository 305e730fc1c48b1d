package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three public datasets read with the expected shape, types, missing counts and values. */
class SharedDatasetsTest {

    private static void assertTypes(Dataset d, Map<String, ColumnType> expected) {
        expected.forEach((name, type) -> assertEquals(type, d.column(name).type(), () -> "type of " + name));
    }

    @Test
    void mallCustomers() {
        Dataset d = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        assertEquals("Mall_Customers.csv", d.name());
        assertEquals(200, d.rowCount());
        assertEquals(List.of("CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"),
                d.columnNames());
        assertTypes(d, Map.of("CustomerID", ColumnType.IDENTIFIER, "Genre", ColumnType.CATEGORICAL,
                "Age", ColumnType.NUMERIC, "Annual Income (k$)", ColumnType.NUMERIC,
                "Spending Score (1-100)", ColumnType.NUMERIC));
        TextColumn id = (TextColumn) d.column("CustomerID");
        assertEquals("0001", id.get(0));
        assertEquals("0200", id.get(199));
        CategoricalColumn genre = (CategoricalColumn) d.column("Genre");
        assertEquals(List.of("Female", "Male"), genre.levels());
        assertEquals(112, genre.count(0));
        assertEquals(88, genre.count(1));
        assertEquals("Male", genre.level(0));
        NumericColumn age = (NumericColumn) d.column("Age");
        NumericColumn income = (NumericColumn) d.column("Annual Income (k$)");
        NumericColumn score = (NumericColumn) d.column("Spending Score (1-100)");
        assertEquals(19, age.get(0));
        assertEquals(30, age.get(199));
        assertEquals(137, income.get(199));
        assertEquals(83, score.get(199));
        assertTrue(age.isIntegral());
        for (Column c : d.columns()) {
            assertEquals(0, c.missingCount(), c.name());
        }
        assertEquals(7770, sum(age));
        assertEquals(12112, sum(income));
        assertEquals(10040, sum(score));
        CsvSource s = d.source().orElseThrow();
        assertEquals(',', s.delimiter());
        assertTrue(s.header());
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertTrue(d.warnings().isEmpty(), d.warnings()::toString);
    }

    private static double sum(NumericColumn c) {
        double s = 0;
        for (int i = 0; i < c.size(); i++) {
            s += c.get(i);
        }
        return s;
    }

    @Test
    void marketingCampaign() {
        Dataset d = CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
        assertEquals(2240, d.rowCount());
        assertEquals(29, d.columnCount());
        assertEquals('\t', d.source().orElseThrow().delimiter());
        assertTypes(d, Map.of("ID", ColumnType.IDENTIFIER, "Year_Birth", ColumnType.NUMERIC,
                "Education", ColumnType.CATEGORICAL, "Marital_Status", ColumnType.CATEGORICAL,
                "Income", ColumnType.NUMERIC, "Kidhome", ColumnType.NUMERIC, "Dt_Customer", ColumnType.DATE,
                "Z_CostContact", ColumnType.NUMERIC, "Z_Revenue", ColumnType.NUMERIC,
                "Response", ColumnType.NUMERIC));
        long numeric = d.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).count();
        assertEquals(25, numeric, "every column but ID, Education, Marital_Status and Dt_Customer is numeric");
        assertEquals("5524", ((TextColumn) d.column("ID")).get(0));
        CategoricalColumn marital = (CategoricalColumn) d.column("Marital_Status");
        assertEquals(List.of("Absurd", "Alone", "Divorced", "Married", "Single", "Together", "Widow", "YOLO"),
                marital.levels());
        assertEquals(2, marital.count(marital.levels().indexOf("YOLO")));
        assertEquals(3, marital.count(marital.levels().indexOf("Alone")));
        assertEquals(864, marital.count(marital.levels().indexOf("Married")));
        CategoricalColumn education = (CategoricalColumn) d.column("Education");
        assertEquals(List.of("2n Cycle", "Basic", "Graduation", "Master", "PhD"), education.levels());
        NumericColumn income = (NumericColumn) d.column("Income");
        assertEquals(24, income.missingCount());
        assertEquals(58138, income.get(0));
        assertEquals(666666, max(income));
        DateColumn joined = (DateColumn) d.column("Dt_Customer");
        assertEquals("dd-MM-yyyy", joined.pattern());
        assertFalse(joined.hasTime());
        assertEquals(LocalDateTime.of(2012, 9, 4, 0, 0), joined.get(0));
        assertEquals(LocalDateTime.of(2014, 3, 8, 0, 0), joined.get(1));
        NumericColumn cost = (NumericColumn) d.column("Z_CostContact");
        NumericColumn revenue = (NumericColumn) d.column("Z_Revenue");
        for (int i = 0; i < d.rowCount(); i++) {
            assertEquals(3, cost.get(i));
            assertEquals(11, revenue.get(i));
        }
        for (Column c : d.columns()) {
            if (!c.name().equals("Income")) {
                assertEquals(0, c.missingCount(), c.name());
            }
        }
    }

    private static double max(NumericColumn c) {
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                m = Math.max(m, c.get(i));
            }
        }
        return m;
    }

    @Test
    void onlineRetailSample() {
        Dataset d = CsvImporter.read(SharedData.dataset(SharedData.RETAIL));
        assertEquals(20000, d.rowCount());
        assertEquals(List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice",
                "CustomerID", "Country"), d.columnNames());
        assertTypes(d, Map.of("InvoiceNo", ColumnType.IDENTIFIER, "StockCode", ColumnType.IDENTIFIER,
                "Description", ColumnType.TEXT, "Quantity", ColumnType.NUMERIC, "InvoiceDate", ColumnType.DATE,
                "UnitPrice", ColumnType.NUMERIC, "CustomerID", ColumnType.IDENTIFIER,
                "Country", ColumnType.CATEGORICAL));
        TextColumn invoice = (TextColumn) d.column("InvoiceNo");
        assertEquals("546306", invoice.get(0));
        assertEquals(350, countStartingWithC(invoice), "cancelled invoices keep their C prefix");
        assertEquals("21733", ((TextColumn) d.column("StockCode")).get(0));
        TextColumn description = (TextColumn) d.column("Description");
        assertEquals(54, description.missingCount());
        assertEquals("RED HANGING HEART T-LIGHT HOLDER", description.get(0));
        NumericColumn quantity = (NumericColumn) d.column("Quantity");
        assertEquals(-71, quantity.get(2));
        NumericColumn price = (NumericColumn) d.column("UnitPrice");
        assertEquals(2.95, price.get(0));
        DateColumn date = (DateColumn) d.column("InvoiceDate");
        assertEquals("yyyy-MM-dd HH:mm:ss", date.pattern());
        assertTrue(date.hasTime());
        assertEquals(LocalDateTime.of(2011, 3, 10, 16, 16, 0), date.get(0));
        TextColumn customer = (TextColumn) d.column("CustomerID");
        assertEquals(5078, customer.missingCount());
        assertEquals(null, customer.get(0));
        assertEquals("12621", customer.get(1));
        CategoricalColumn country = assertInstanceOf(CategoricalColumn.class, d.column("Country"));
        assertEquals(35, country.levels().size());
        assertEquals(18331, country.count(country.levels().indexOf("United Kingdom")));
        assertEquals(0, quantity.missingCount());
        assertEquals(0, date.missingCount());
    }

    private static int countStartingWithC(TextColumn c) {
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).startsWith("C")) {
                n++;
            }
        }
        return n;
    }
}
