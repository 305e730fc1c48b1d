package io.segmenta.ui.desktop;

import com.sun.glass.ui.Application;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * On macOS a double-clicked or dropped-on-the-Dock document reaches an application as an "open
 * files" event, not as an argument. JavaFX's glass layer receives it but JavaFX offers no API for
 * it, so this wraps glass's event handler (JavaFX runs on the class path, where glass is
 * reachable): every event goes on to JavaFX's own handler, and the files also go to
 * {@link #onFiles}'s receiver. Files that arrive before a receiver is set are kept for it.
 * Elsewhere than macOS {@link #install()} does nothing: Linux and Windows pass files as arguments.
 */
public final class MacOpenFiles {
    private static final List<List<Path>> EARLY = new ArrayList<>();
    private static Consumer<List<Path>> receiver;

    private MacOpenFiles() {
    }

    /** Hooks into glass on macOS. Call on the FX thread, as early as possible (the application's constructor). */
    public static void install() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac")) {
            return;
        }
        try {
            Application app = Application.GetApplication();
            app.setEventHandler(forwarding(app.getEventHandler()));
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

    /** A glass event handler that passes every event to {@code original} (may be null) and also delivers opened files. */
    static Application.EventHandler forwarding(Application.EventHandler original) {
        Application.EventHandler next = original != null ? original : new Application.EventHandler();
        return new Application.EventHandler() {
            @Override
            public void handleOpenFilesAction(Application app, long time, String[] files) {
                next.handleOpenFilesAction(app, time, files);
                if (files != null && files.length > 0) {
                    deliver(files);
                }
            }

            @Override
            public void handleWillFinishLaunchingAction(Application app, long time) {
                next.handleWillFinishLaunchingAction(app, time);
            }

            @Override
            public void handleDidFinishLaunchingAction(Application app, long time) {
                next.handleDidFinishLaunchingAction(app, time);
            }

            @Override
            public void handleWillBecomeActiveAction(Application app, long time) {
                next.handleWillBecomeActiveAction(app, time);
            }

            @Override
            public void handleDidBecomeActiveAction(Application app, long time) {
                next.handleDidBecomeActiveAction(app, time);
            }

            @Override
            public void handleWillResignActiveAction(Application app, long time) {
                next.handleWillResignActiveAction(app, time);
            }

            @Override
            public void handleDidResignActiveAction(Application app, long time) {
                next.handleDidResignActiveAction(app, time);
            }

            @Override
            public void handleDidReceiveMemoryWarning(Application app, long time) {
                next.handleDidReceiveMemoryWarning(app, time);
            }

            @Override
            public void handleWillHideAction(Application app, long time) {
                next.handleWillHideAction(app, time);
            }

            @Override
            public void handleDidHideAction(Application app, long time) {
                next.handleDidHideAction(app, time);
            }

            @Override
            public void handleWillUnhideAction(Application app, long time) {
                next.handleWillUnhideAction(app, time);
            }

            @Override
            public void handleDidUnhideAction(Application app, long time) {
                next.handleDidUnhideAction(app, time);
            }

            @Override
            public void handleQuitAction(Application app, long time) {
                next.handleQuitAction(app, time);
            }

            @Override
            public boolean handleThemeChanged(String themeName) {
                return next.handleThemeChanged(themeName);
            }
        };
    }
}
