package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class StartupClockTest {
    @TempDir
    Path dir;

    @Test
    void readsTheStartFromStatEvenWithSpacesAndParenthesesInTheName() throws Exception {
        Path stat = Files.writeString(dir.resolve("stat"), "4242 (my (odd) java) S 1 4242 4242 0 -1 4194560 100 0 0 0 "
                + "5 3 0 0 20 0 30 0 123456 4000000000 70000 18446744073709551615 1 1 0 0 0 0 0 4096 16898 0 0 0 17 1 0 0 0 0 0\n");
        Path uptime = Files.writeString(dir.resolve("uptime"), "1236.78 2400.10\n");
        // started 1234.56 s after boot, now 1236.78 s after boot
        assertEquals(OptionalLong.of(2220), StartupClock.linuxProcessAgeMillis(stat, uptime));
    }

    @Test
    void saysNothingWhenTheFilesAreMissingOrOdd() throws Exception {
        assertTrue(StartupClock.linuxProcessAgeMillis(dir.resolve("none"), dir.resolve("none")).isEmpty());
        Path stat = Files.writeString(dir.resolve("stat"), "4242 (java) S 1 2 3\n");
        Path uptime = Files.writeString(dir.resolve("uptime"), "1236.78 2400.10\n");
        assertTrue(StartupClock.linuxProcessAgeMillis(stat, uptime).isEmpty());
    }

    /**
     * The process cannot be younger than its JVM, and is older only by what the launcher does before
     * the JVM starts. ProcessHandle's start instant adds the boot time in whole seconds, which made
     * this process look up to a second older (0.95 s on one machine).
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void thisProcessIsAsOldAsItsJvmToTheHundredthOfASecond() {
        long age = StartupClock.sinceProcessStartMillis();
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(age >= jvm - 20, () -> "process " + age + " ms old, its JVM " + jvm + " ms");
        assertTrue(age <= jvm + 300, () -> "process " + age + " ms old, its JVM " + jvm + " ms");
    }
}
