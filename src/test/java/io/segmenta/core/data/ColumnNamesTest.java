package io.segmenta.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnNamesTest {

    @Test
    void splitsNamesIntoWords() {
        assertEquals(List.of("Customer", "ID"), ColumnNames.words("CustomerID"));
        assertEquals(List.of("customer", "Id"), ColumnNames.words("customerId"));
        assertEquals(List.of("ID", "Number"), ColumnNames.words("IDNumber"));
        assertEquals(List.of("Kidhome"), ColumnNames.words("Kidhome"));
        assertEquals(List.of("Annual", "Income", "k"), ColumnNames.words("Annual Income (k$)"));
        assertEquals(List.of("Accepted", "Cmp", "3"), ColumnNames.words("AcceptedCmp3"));
        assertEquals(List.of("Year", "Birth"), ColumnNames.words("Year_Birth"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CustomerID", "ID", "id", "Id", "InvoiceNo", "customer_number", "Customer Key", "id_customer",
        "UUID", "CUSTOMER_ID", "Order Nr"})
    void idNames(String name) {
        assertTrue(ColumnNames.isIdName(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kidhome", "No", "Number", "NumWebPurchases", "Identity", "Paid", "Android", "Video",
        "Income", "Genre", "Spending Score (1-100)", "StockCode"})
    void notIdNames(String name) {
        assertFalse(ColumnNames.isIdName(name), name);
    }

    @Test
    void codeNames() {
        assertTrue(ColumnNames.isCodeName("StockCode"));
        assertTrue(ColumnNames.isCodeName("postal_code"));
        assertFalse(ColumnNames.isCodeName("Codename"));
    }

    @Test
    void cleansHeaders() {
        List<String> warnings = new ArrayList<>();
        String[] names = ColumnNames.clean(new String[] {"\uFEFFa", " b ", "", "a", "a", "a (2)"}, warnings);
        assertEquals(List.of("a", "b", "Column 3", "a (3)", "a (4)", "a (2)"), List.of(names));
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("Column 3"));
        assertTrue(warnings.get(1).contains("\"a\" -> \"a (3)\""));
    }
}
