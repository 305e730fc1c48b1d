package io.segmenta.core.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * The Mall Customers table read with a few lines of plain Java (the real importer lives in
 * core.data): column 2 is Age, 3 Annual Income, 4 Spending Score.
 */
final class Mall {
    static final int AGE = 2;
    static final int INCOME = 3;
    static final int SPENDING = 4;

    private Mall() {
    }

    /** The chosen columns as a matrix, raw units. */
    static DataMatrix raw(int... columns) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SharedData.dataset(SharedData.MALL), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        double[] v = new double[rows.size() * columns.length];
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i).split(",");
            for (int j = 0; j < columns.length; j++) {
                v[i * columns.length + j] = Double.parseDouble(cells[columns[j]].trim());
            }
        }
        return new DataMatrix(rows.size(), columns.length, v);
    }

    /** The chosen columns z-scored with the population standard deviation (StandardScaler). */
    static DataMatrix standardized(int... columns) {
        return standardize(raw(columns));
    }

    static DataMatrix standardize(DataMatrix m) {
        int n = m.rows();
        int d = m.cols();
        double[] v = m.values().clone();
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += v[i * d + j];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double t = v[i * d + j] - mean;
                var += t * t;
            }
            double sd = Math.sqrt(var / n);
            for (int i = 0; i < n; i++) {
                v[i * d + j] = (v[i * d + j] - mean) / sd;
            }
        }
        return new DataMatrix(n, d, v);
    }

    /** kmeans.&lt;name&gt;.standardized_sweep (or another sweep key) of the reference. */
    static JsonNode sweep(String features, String key) {
        return SharedData.mallReference().path("kmeans").path(features).path(key);
    }
}
