package io.segmenta.ui.desktop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Times the start of the window: from the moment the operating system started the process (the
 * native launcher of an installed Segmenta, or {@code java}) to {@code main}, to JavaFX's
 * {@code start}, to the first painted window, to the first painted table. {@link #markMain()} is
 * the first thing {@code main} does.
 */
public final class StartupClock {
    private static volatile long mainNanos;
    private static volatile Instant mainInstant;
    /** {@link #processToMainMillis()} once worked out for the current {@link #markMain()}, or -1. */
    private static volatile long processToMain = -1;

    private StartupClock() {
    }

    /** Records that {@code main} started. */
    public static void markMain() {
        mainNanos = System.nanoTime();
        mainInstant = Instant.now();
        processToMain = -1;
    }

    /** Milliseconds since the process started (to the 10 ms or so the system reports), or since main when unknown. */
    public static long sinceProcessStartMillis() {
        return processToMainMillis() + sinceMainMillis();
    }

    /** Milliseconds since {@link #markMain()} (since now if it was never called). */
    public static long sinceMainMillis() {
        if (mainInstant == null) {
            markMain();
        }
        return (System.nanoTime() - mainNanos) / 1_000_000;
    }

    /**
     * Milliseconds from the process's start to {@code main}, 0 when the system does not say. On Linux
     * the process's age comes from {@code /proc} (its start and the uptime, both counted from boot in
     * hundredths of a second); {@code ProcessHandle}'s start instant adds the boot time, which Linux
     * gives in whole seconds, so it can be up to a second early (0.95 s on one machine here).
     */
    public static long processToMainMillis() {
        if (mainInstant == null) {
            markMain();
        }
        long known = processToMain;
        if (known >= 0) {
            return known;
        }
        long sinceMain = (System.nanoTime() - mainNanos) / 1_000_000;
        OptionalLong age = linuxProcessAgeMillis(Path.of("/proc/self/stat"), Path.of("/proc/uptime"));
        long toMain = age.isPresent() ? Math.max(0, age.getAsLong() - sinceMain)
                : ProcessHandle.current().info().startInstant()
                        .map(start -> Math.max(0, Duration.between(start, mainInstant).toMillis())).orElse(0L);
        processToMain = toMain;
        return toMain;
    }

    /**
     * The age of the process whose {@code stat} file is given, in milliseconds, from its start time
     * (field 22, in clock ticks since boot: 100 a second, the fixed {@code USER_HZ} of Linux's user
     * interface) and the system's uptime; empty when the files are not there or not as expected.
     */
    static OptionalLong linuxProcessAgeMillis(Path stat, Path uptime) {
        try {
            String line = Files.readString(stat);
            int afterName = line.lastIndexOf(')');
            String[] fields = line.substring(afterName + 2).trim().split(" ");
            long startTicks = Long.parseLong(fields[19]);
            String up = Files.readString(uptime).trim();
            int space = up.indexOf(' ');
            double upSeconds = Double.parseDouble(space < 0 ? up : up.substring(0, space));
            long age = Math.round(upSeconds * 1000) - startTicks * 10;
            return age >= 0 ? OptionalLong.of(age) : OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The report line: {@code "Segmenta startup: window painted 1234 ms after the process started
     * (main at 150 ms, JavaFX start at 600 ms), table shown at 1500 ms"}.
     */
    public static String report(long fxStartMillis, long windowMillis, long tableMillis) {
        return String.format(Locale.ROOT,
                "Segmenta startup: window painted %d ms after the process started (main at %d ms, JavaFX start at %d ms), "
                        + "table shown at %d ms", windowMillis, processToMainMillis(), fxStartMillis, tableMillis);
    }
}
