package io.segmenta;

import io.segmenta.cli.SegmentaCli;
import io.segmenta.ui.Screenshots;
import io.segmenta.ui.SegmentaApp;
import javafx.application.Application;

/**
 * Entry point of the jar and the installers. It does not extend {@link Application}, so the
 * JavaFX runtime can travel on the class path. A command word ({@code inspect}, {@code cluster},
 * {@code --help} ...) runs the headless command line and exits with its code; {@code screenshots
 * OUT_DIR} writes a picture of every workflow step; anything else opens the window (an optional CSV
 * path opens that file).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("screenshots")) {
            System.exit(Screenshots.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && SegmentaCli.isCommand(args[0])) {
            System.exit(SegmentaCli.run(args));
        }
        openWindow(args);
    }

    private static void openWindow(String[] args) {
        Application.launch(SegmentaApp.class, args);
    }
}
