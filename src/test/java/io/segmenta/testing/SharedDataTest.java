package io.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedDataTest {
    @TempDir
    Path dir;

    @Test
    void absentFileSkipsLocallyAndFailsOnCi() {
        Path absent = dir.resolve("missing.csv");
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> SharedData.requirePresent(absent, "shared dataset", false));
        assertTrue(skipped.getMessage().contains("Skipped: shared dataset " + absent), skipped.getMessage());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> SharedData.requirePresent(absent, "shared dataset", true));
        assertTrue(failed.getMessage().startsWith("CI=true and the shared dataset " + absent + " is absent"),
                failed.getMessage());
    }

    @Test
    void presentFilePassesEverywhere() throws IOException {
        Path present = Files.writeString(dir.resolve("here.csv"), "a\n1\n");
        assertDoesNotThrow(() -> SharedData.requirePresent(present, "shared dataset", false));
        assertDoesNotThrow(() -> SharedData.requirePresent(present, "shared dataset", true));
    }
}
