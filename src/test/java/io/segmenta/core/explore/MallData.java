package io.segmenta.core.explore;

import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.TextColumn;
import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test-only reader of the shared Mall_Customers.csv (plain comma split; the file has no quotes),
 * typed as the CSV importer types it: CustomerID identifier text, Genre categorical with levels in
 * alphabetical order (Female, Male), Age, income and spending numeric. Skips the test when the
 * shared data are absent.
 */
final class MallData {
    static final String ID = "CustomerID";
    static final String GENRE = "Genre";
    static final String AGE = "Age";
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    private MallData() {
    }

    static Dataset load() {
        Path file = SharedData.dataset(SharedData.MALL);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        int n = rows.size();
        String[] ids = new String[n];
        int[] genre = new int[n];
        double[] age = new double[n];
        double[] income = new double[n];
        double[] spending = new double[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows.get(i).split(",");
            ids[i] = f[0].trim();
            genre[i] = switch (f[1].trim()) {
                case "Female" -> 0;
                case "Male" -> 1;
                default -> throw new IllegalStateException("unexpected Genre " + f[1] + " on line " + (i + 2));
            };
            age[i] = Double.parseDouble(f[2].trim());
            income[i] = Double.parseDouble(f[3].trim());
            spending[i] = Double.parseDouble(f[4].trim());
        }
        return new Dataset(SharedData.MALL, List.of(new TextColumn(ID, ColumnType.IDENTIFIER, ids),
                new CategoricalColumn(GENRE, genre, List.of("Female", "Male")), new NumericColumn(AGE, age),
                new NumericColumn(INCOME, income), new NumericColumn(SPENDING, spending)), null);
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
