package io.segmenta.ui.desktop;

import com.sun.glass.ui.Application;

/**
 * The part of {@link MacOpenFiles} that touches JavaFX's glass layer. A class of its own, loaded
 * only after {@link Glass#reachable()} said yes: loading it where glass is not exported fails
 * (its anonymous handler extends a glass class), and that must not stop the window from opening.
 */
final class MacGlassEvents {
    private MacGlassEvents() {
    }

    /** Wraps glass's event handler so that opened files also reach {@link MacOpenFiles}. */
    static void install() {
        Application app = Application.GetApplication();
        app.setEventHandler(forwarding(app.getEventHandler()));
    }

    /** A glass event handler that passes every event to {@code original} (may be null) and also delivers opened files. */
    static Application.EventHandler forwarding(Application.EventHandler original) {
        Application.EventHandler next = original != null ? original : new Application.EventHandler();
        return new Application.EventHandler() {
            @Override
            public void handleOpenFilesAction(Application app, long time, String[] files) {
                next.handleOpenFilesAction(app, time, files);
                if (files != null && files.length > 0) {
                    MacOpenFiles.deliver(files);
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
