package io.segmenta.ui.desktop;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Times the start of the window: from the moment the operating system started the process (the
 * native launcher of an installed Segmenta, or {@code java}) to {@code main}, to JavaFX's
 * {@code start}, to the first painted window, to the first painted table. {@link #markMain()} is
 * the first thing {@code main} does.
 */
public final class StartupClock {
    private static volatile long mainNanos;
    private static volatile Instant mainInstant;

    private StartupClock() {
    }

    /** Records that {@code main} started. */
    public static void markMain() {
        mainNanos = System.nanoTime();
        mainInstant = Instant.now();
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

    /** Milliseconds from the process's start to {@code main}, 0 when the system does not say. */
    public static long processToMainMillis() {
        if (mainInstant == null) {
            markMain();
        }
        return ProcessHandle.current().info().startInstant()
                .map(start -> Math.max(0, Duration.between(start, mainInstant).toMillis())).orElse(0L);
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
