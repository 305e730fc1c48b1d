package io.segmenta.ui.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * On macOS a double-clicked or dropped-on-the-Dock document reaches an application as an "open
 * files" event, not as an argument. JavaFX's glass layer receives it but JavaFX offers no API for
 * it, so {@link MacGlassEvents} wraps glass's event handler where glass is reachable
 * ({@link Glass}): every event goes on to JavaFX's own handler, and the files also go to
 * {@link #onFiles}'s receiver. Files that arrive before a receiver is set are kept for it.
 * Elsewhere than macOS {@link #install()} does nothing: Linux and Windows pass files as arguments.
 */
public final class MacOpenFiles {
    private static final List<List<Path>> EARLY = new ArrayList<>();
    private static Consumer<List<Path>> receiver;

    private MacOpenFiles() {
    }

    /** Hooks into glass on macOS, where {@link Glass#reachable()}. Call on the FX thread, as early as possible (the application's constructor). */
    public static void install() {
        if (!Glass.mac() || !Glass.reachable()) {
            return;
        }
        try {
            MacGlassEvents.install();
        } catch (LinkageError | RuntimeException e) {
            System.err.println("Segmenta: documents opened from Finder will not reach the window (" + e + ")");
        }
    }

    /** Sets who receives the files; files that arrived earlier are delivered now, in order. */
    public static void onFiles(Consumer<List<Path>> to) {
        List<List<Path>> early;
        synchronized (EARLY) {
            receiver = Objects.requireNonNull(to, "to");
            early = List.copyOf(EARLY);
            EARLY.clear();
        }
        early.forEach(to);
    }

    static void deliver(String[] files) {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            paths.add(Path.of(f).toAbsolutePath().normalize());
        }
        Consumer<List<Path>> to;
        synchronized (EARLY) {
            to = receiver;
            if (to == null) {
                EARLY.add(List.copyOf(paths));
                return;
            }
        }
        to.accept(List.copyOf(paths));
    }
}
