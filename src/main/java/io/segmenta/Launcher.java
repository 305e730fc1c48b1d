package io.segmenta;

import io.segmenta.cli.SegmentaCli;
import io.segmenta.core.AppDirs;
import io.segmenta.ui.Screenshots;
import io.segmenta.ui.SegmentaApp;
import io.segmenta.ui.desktop.LaunchOptions;
import io.segmenta.ui.desktop.SingleInstance;
import io.segmenta.ui.desktop.StartupClock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of the jar and the installers. It does not extend {@code Application}, so the
 * JavaFX runtime can travel on the class path. A command word ({@code inspect}, {@code cluster},
 * {@code --help} ...) runs the headless command line and exits with its code; {@code screenshots
 * OUT_DIR} writes a picture of every workflow step; anything else opens the window:
 * {@code segmenta [FILE.csv | P.segmenta] [--smoke-test] [--startup-timing] [--new-instance]}. A word that is
 * neither a command nor an existing file (a mistyped command) is refused with the list of commands
 * and exit code 2; it never reaches the window.
 *
 * <p>One window per user: when Segmenta already runs, a launch with a CSV (a double-click on a
 * file) hands the file to the running window and exits at once, before JavaFX starts.
 */
public final class Launcher {
    /** How long a launch waits for a running Segmenta that is still starting to take its files. */
    static final Duration HAND_OFF_PATIENCE = Duration.ofSeconds(5);
    /**
     * JavaFX's logger ("javafx"), held so that its level stays set (java.util.logging keeps loggers
     * weakly). At start-up it warns "Unsupported JavaFX configuration: classes were loaded from
     * 'unnamed module'" whenever JavaFX is on the class path, which is how the jar and the installers
     * run it on purpose (this class does not extend Application for that); the warning would only
     * alarm a user who starts Segmenta from a terminal. Errors still show.
     */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        StartupClock.markMain();
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        if (args.length > 0 && args[0].equals("screenshots")) {
            System.exit(Screenshots.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && SegmentaCli.isCommand(args[0])) {
            System.exit(SegmentaCli.run(args));
        }
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        LaunchOptions.NotAFile notAFile = options.firstNotAFile();
        if (notAFile != null) {
            System.err.println(SegmentaCli.notACommandOrFile(notAFile.word(), notAFile.path()));
            System.exit(SegmentaCli.EXIT_USAGE);
        }
        for (String ignored : options.ignored()) {
            System.err.println("Segmenta: ignored the argument " + ignored + " (the window takes a CSV file, "
                    + LaunchOptions.SMOKE_TEST + ", " + LaunchOptions.STARTUP_TIMING + " and " + LaunchOptions.NEW_INSTANCE
                    + "; run with --help for the command line)");
        }
        SingleInstance instance = null;
        if (options.joinsRunningInstance()) {
            SingleInstance.Claim claim = SingleInstance.claim(AppDirs.config(), options.files(), HAND_OFF_PATIENCE);
            if (claim instanceof SingleInstance.HandedOff handedOff) {
                System.out.println(handedOff.files() == 0 ? "Segmenta is already running: brought its window forward."
                        : "Segmenta is already running: opened " + options.firstFile() + " in its window.");
                System.exit(0);
            } else if (claim instanceof SingleInstance.Primary primary) {
                instance = primary.instance();
            } else if (claim instanceof SingleInstance.Standalone standalone) {
                System.err.println("Segmenta: opening a window of its own: " + standalone.reason());
            }
        }
        System.exit(SegmentaApp.run(options, instance));
    }
}
