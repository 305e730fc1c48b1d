package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.segmenta.ui.FileDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastFoldersTest {
    private final Preferences node = Preferences.userRoot().node("io/segmenta/test/folders-" + UUID.randomUUID());
    private final List<Path> startedIn = new ArrayList<>();

    @TempDir
    Path tmp;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    /** File dialogs that record the folder they were opened in and answer {@code answer}. */
    private FileDialogs answering(Path answer) {
        return new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                startedIn.add(initialDirectory);
                return answer;
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                startedIn.add(initialDirectory);
                return answer;
            }
        };
    }

    @Test
    void theOpenChooserStartsWhereTheLastTableCameFromAfterARestart() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path other = Files.createDirectories(tmp.resolve("other"));
        LastFolders first = new LastFolders(node);
        first.around(answering(data.resolve("mall.csv"))).chooseFileToOpen(null, other);
        assertEquals(other, startedIn.get(0), "nothing remembered yet: the window's suggestion");

        LastFolders again = new LastFolders(node);
        assertEquals(data, again.openFolder());
        again.around(answering(null)).chooseFileToOpen(null, other);
        assertEquals(data, startedIn.get(1));

        again.opened(other.resolve("dropped.csv"));
        assertEquals(other, new LastFolders(node).openFolder(), "a table opened another way counts too");
    }

    @Test
    void exportsRememberTheirOwnFolderAndCancelChangesNothing() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        LastFolders folders = new LastFolders(node);
        folders.around(answering(null)).chooseExportTarget(null, data, "x.csv");
        assertNull(folders.exportFolder(), "cancelled: nothing remembered");
        folders.around(answering(out.resolve("x.csv"))).chooseExportTarget(null, data, "x.csv");
        folders.around(answering(null)).chooseExportTarget(null, data, "y.csv");
        assertEquals(List.of(data, data, out), startedIn);
        assertNull(folders.openFolder(), "an export is not an opened table");
    }

    @Test
    void aFolderThatIsGoneIsForgotten() throws Exception {
        Path gone = Files.createDirectories(tmp.resolve("gone"));
        LastFolders folders = new LastFolders(node);
        folders.opened(gone.resolve("t.csv"));
        Files.delete(gone);
        assertNull(folders.openFolder());
        folders.around(answering(null)).chooseFileToOpen(null, tmp);
        assertEquals(tmp, startedIn.get(0));
    }
}
