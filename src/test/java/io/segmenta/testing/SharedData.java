package io.segmenta.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public datasets and scikit-learn reference figures live outside the repository in
 * {@code ../shared/} (never copied in). Tests find them through the {@code segmenta.shared} system
 * property (set by the build to {@code ${basedir}/../shared}) or the {@code SEGMENTA_SHARED}
 * environment variable, and are skipped with a clear message where they are absent.
 */
public final class SharedData {
    public static final String MALL = "Mall_Customers.csv";
    public static final String MARKETING = "marketing_campaign.csv";
    public static final String RETAIL = "online_retail_sample.csv";

    private static JsonNode reference;

    private SharedData() {
    }

    /** The shared folder (may not exist). */
    public static Path root() {
        String p = System.getProperty("segmenta.shared");
        if (p == null || p.isBlank()) {
            p = System.getenv("SEGMENTA_SHARED");
        }
        if (p == null || p.isBlank()) {
            p = "../shared";
        }
        return Path.of(p).toAbsolutePath().normalize();
    }

    /** A dataset from {@code ../shared/datasets/}; skips the test when it is absent. */
    public static Path dataset(String fileName) {
        Path f = root().resolve("datasets").resolve(fileName);
        assumeTrue(Files.isRegularFile(f), () -> "Skipped: shared dataset " + f
                + " is absent (set -Dsegmenta.shared or SEGMENTA_SHARED to the shared folder).");
        return f;
    }

    /** {@code ../shared/reference/mall_reference.json}; skips the test when it is absent. */
    public static synchronized JsonNode mallReference() {
        if (reference == null) {
            Path f = root().resolve("reference").resolve("mall_reference.json");
            assumeTrue(Files.isRegularFile(f), () -> "Skipped: scikit-learn reference " + f
                    + " is absent (set -Dsegmenta.shared or SEGMENTA_SHARED to the shared folder).");
            try {
                reference = new ObjectMapper().readTree(f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }
}
