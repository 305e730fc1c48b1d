package io.segmenta.core.explore;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.testing.SharedData;

/**
 * The shared Mall_Customers.csv read by {@link CsvImporter} (skips the test when the shared data
 * are absent), with its column names and the reference's short names for them.
 */
final class MallData {
    static final String ID = "CustomerID";
    static final String GENRE = "Genre";
    static final String AGE = "Age";
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    private static Dataset mall;

    private MallData() {
    }

    static synchronized Dataset load() {
        if (mall == null) {
            mall = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        }
        return mall;
    }

    static NumericColumn numeric(Dataset d, String name) {
        return (NumericColumn) d.column(name);
    }

    /** The reference's name for a Mall column ("Age", "Income", "Spending", "Male"). */
    static String column(String referenceName) {
        return switch (referenceName) {
            case "Age" -> AGE;
            case "Income" -> INCOME;
            case "Spending" -> SPENDING;
            case "Male" -> GENRE + " = Male";
            default -> throw new IllegalArgumentException(referenceName);
        };
    }
}
