package io.segmenta.ui.desktop;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * JavaFX's glass layer ({@code com.sun.glass.ui}), the one internal Segmenta reaches into, for what
 * JavaFX offers no public API for: the window class on X11 (WM_CLASS, which desktop menus and
 * taskbars match with the .desktop file's StartupWMClass) and the application name on macOS, and
 * the "open files" events Finder sends on macOS.
 *
 * <p>Glass is reachable when JavaFX runs on the class path (the jar, the installers) or when the
 * package is exported to Segmenta ({@link #GRANT}: the javafx-maven-plugin's options in the pom,
 * the jar manifest's {@code Add-Exports}). Everything that touches glass is in classes that are
 * loaded only after {@link #reachable()} said yes: on a module path without the grant, Segmenta
 * prints {@link #notReachableLine()} once and starts without those niceties.
 */
public final class Glass {
    /** The package Segmenta uses. */
    public static final String PACKAGE = "com.sun.glass.ui";
    /** The Java option that grants it when JavaFX is on the module path. */
    public static final String GRANT = "--add-exports javafx.graphics/" + PACKAGE + "=ALL-UNNAMED";

    private Glass() {
    }

    /** True when Segmenta's classes may use glass. */
    public static boolean reachable() {
        Module javafxGraphics = Application.class.getModule();
        return javafxGraphics.isExported(PACKAGE, Glass.class.getModule());
    }

    /** The one line printed when glass is not reachable: what the user loses, and how to grant it. */
    public static String notReachableLine() {
        List<String> lost = mac() ? List.of("the menu bar names the application after its Java class",
                "documents opened from Finder do not reach the window")
                : List.of("the window class stays the Java class name, so a desktop menu entry may not match the window");
        return "Segmenta: JavaFX does not export " + PACKAGE + " to Segmenta (start Java with " + GRANT + "); "
                + String.join(" and ", lost) + ".";
    }

    static boolean mac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    }
}
