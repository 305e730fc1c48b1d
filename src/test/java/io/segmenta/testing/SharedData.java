package io.segmenta.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.opentest4j.AssertionFailedError;
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
 * environment variable, and are skipped with a clear message where they are absent. On CI
 * (environment variable {@code CI=true}) an absent file fails the test instead: a build that
 * silently skips the tests on real data must not pass.
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
        requirePresent(f, "shared dataset", onCi());
        return f;
    }

    /** {@code ../shared/reference/mall_reference.json}; skips the test when it is absent. */
    public static synchronized JsonNode mallReference() {
        if (reference == null) {
            Path f = root().resolve("reference").resolve("mall_reference.json");
            requirePresent(f, "scikit-learn reference", onCi());
            try {
                reference = new ObjectMapper().readTree(f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reference;
    }

    /** A reference file from {@code ../shared/reference/}, e.g. {@code online_retail_rfm.json}; skips when absent. */
    public static JsonNode referenceJson(String fileName) {
        Path f = root().resolve("reference").resolve(fileName);
        requirePresent(f, "reference figures", onCi());
        try {
            return new ObjectMapper().readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True where the build runs on CI ({@code CI=true}, as CI services set it). */
    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Skips the test when {@code file} is absent, or fails it on CI.
     *
     * @param what what the file is, for the message ("shared dataset")
     */
    static void requirePresent(Path file, String what, boolean ci) {
        if (Files.isRegularFile(file)) {
            return;
        }
        String where = " is absent (set -Dsegmenta.shared.dir, -Dsegmenta.shared or SEGMENTA_SHARED to the shared "
                + "folder).";
        if (ci) {
            throw new AssertionFailedError("CI=true and the " + what + " " + file + where + " On CI the tests on "
                    + "shared data must run, not be skipped: lay the shared folder next to the repository.");
        }
        assumeTrue(false, () -> "Skipped: " + what + " " + file + where);
    }
}
