package io.segmenta.ui.desktop;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JavaFX's failure to open a window (no display, no GTK 3) into one sentence that says what
 * is missing and how to get it, instead of the stack trace JavaFX throws out of
 * {@code Application.launch}.
 */
public final class WindowFailure {
    /** The exit code of a launch whose window could not open. */
    public static final int EXIT_NO_WINDOW = 3;
    private static final String WAY_OUT = " The command line works without a window: segmenta --help.";

    private WindowFailure() {
    }

    /**
     * The sentence for {@code failure}, thrown by {@code Application.launch}, given the process's
     * environment; empty when the failure is not the windowing system's (a bug keeps its stack trace).
     */
    public static Optional<String> explain(Throwable failure, Map<String, String> env) {
        String message = deepestMessage(failure);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("unable to open display")) {
            String display = env.getOrDefault("DISPLAY", "");
            String which = display.isBlank() ? "DISPLAY is not set" : "DISPLAY is " + display + " and it does not answer";
            return Optional.of("Segmenta cannot open its window: there is no display (" + which + "). Start it from a"
                    + " desktop session, or under a virtual display (xvfb-run segmenta ...)." + WAY_OUT);
        }
        if (lower.contains("glass gtk library")) {
            return Optional.of("Segmenta cannot open its window: GTK 3, which JavaFX draws windows with, is not installed."
                    + " Install it (Debian/Ubuntu: sudo apt install libgtk-3-0; Fedora: sudo dnf install gtk3)." + WAY_OUT);
        }
        if (lower.contains("no suitable pipeline")) {
            return Optional.of("Segmenta cannot open its window: JavaFX found no way to draw on this machine (" + message
                    + "). Install the graphics libraries (Debian/Ubuntu: sudo apt install libgtk-3-0 libgl1)." + WAY_OUT);
        }
        return Optional.empty();
    }

    private static String deepestMessage(Throwable t) {
        String message = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                message = c.getMessage();
            }
        }
        return message != null ? message.strip() : t.getClass().getSimpleName();
    }
}
