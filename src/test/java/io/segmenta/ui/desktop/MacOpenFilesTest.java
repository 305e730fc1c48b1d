package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.glass.ui.Application;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The macOS open-files hook, driven directly (Finder's events exist only on a Mac). */
class MacOpenFilesTest {
    @Test
    void openedFilesReachTheReceiverAndEveryEventStillReachesJavaFx() {
        List<String> seenByJavaFx = new ArrayList<>();
        Application.EventHandler javaFx = new Application.EventHandler() {
            @Override
            public void handleOpenFilesAction(Application app, long time, String[] files) {
                seenByJavaFx.add("open " + String.join(",", files));
            }

            @Override
            public void handleQuitAction(Application app, long time) {
                seenByJavaFx.add("quit");
            }

            @Override
            public boolean handleThemeChanged(String themeName) {
                seenByJavaFx.add("theme " + themeName);
                return true;
            }
        };
        Application.EventHandler hook = MacGlassEvents.forwarding(javaFx);
        hook.handleOpenFilesAction(null, 0, new String[] {"/Users/ana/early.csv"});
        List<List<Path>> received = new ArrayList<>();
        MacOpenFiles.onFiles(received::add);
        hook.handleOpenFilesAction(null, 0, new String[] {"/Users/ana/Mall Customers.csv", "/Users/ana/b.csv"});
        hook.handleQuitAction(null, 0);
        assertTrue(hook.handleThemeChanged("dark"));

        Path early = Path.of("/Users/ana/early.csv").toAbsolutePath();
        assertEquals(List.of(List.of(early), List.of(Path.of("/Users/ana/Mall Customers.csv").toAbsolutePath(),
                Path.of("/Users/ana/b.csv").toAbsolutePath())), received, "a file that came before the window is kept for it");
        assertEquals(List.of("open /Users/ana/early.csv", "open /Users/ana/Mall Customers.csv,/Users/ana/b.csv", "quit",
                "theme dark"), seenByJavaFx);
    }
}
