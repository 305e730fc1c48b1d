package io.segmenta.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input ends with one sentence that names what and where, exit code 1, and no stack trace. */
class RefusalTest {
    @TempDir
    Path dir;

    private static LocalSpark.Run mall(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "cluster";
        args[1] = SharedData.dataset(SharedData.MALL).toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return LocalSpark.run(args);
    }

    private static void refused(LocalSpark.Run run, String... words) {
        assertEquals(1, run.code(), run.out());
        for (String w : words) {
            assertTrue(run.err().contains(w), run.err());
        }
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void hierarchicalAndDbscanSayWhyAndWhatToUse() {
        refused(mall("--features", "Age", "--k", "3", "--algorithm", "hierarchical"), "every pair of customers",
                "--algorithm bisecting");
        refused(mall("--features", "Age", "--k", "3", "--algorithm", "dbscan"), "neighbourhood", "--algorithm gmm");
    }

    @Test
    void namesAnAbsentColumnAndTheColumnsThereAre() {
        refused(mall("--features", "Age,Incomes", "--k", "3"), "\"Incomes\"", "Annual Income (k$)");
    }

    @Test
    void neverReplacesAnExistingOutput() throws Exception {
        Path out = Files.createDirectory(dir.resolve("taken"));
        refused(mall("--features", "Age", "--k", "2", "--starts", "1", "--out", out.toString()), "already exists");
    }

    @Test
    void refusesTheIsolationForest() {
        refused(mall("--features", "Age", "--k", "2", "--outliers", "iforest"), "Isolation Forest",
                "--outliers iqr");
    }
}
