package io.segmenta.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppDirsTest {
    @Test
    void linuxFollowsXdgConfigHomeWhenAbsolute() {
        assertEquals(Path.of("/home/ana/.config/segmenta"), AppDirs.config(null, "Linux", "/home/ana", Map.of()));
        assertEquals(Path.of("/xdg/segmenta"), AppDirs.config(null, "Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "/xdg")));
        assertEquals(Path.of("/home/ana/.config/segmenta"),
                AppDirs.config(null, "Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "relative/dir")),
                "a relative XDG_CONFIG_HOME is invalid and ignored");
    }

    @Test
    void macOsAndWindowsUseTheirApplicationDataFolders() {
        assertEquals(Path.of("/Users/ana/Library/Application Support/Segmenta"),
                AppDirs.config(null, "Mac OS X", "/Users/ana", Map.of()));
        assertEquals(Path.of("C:\\Users\\ana\\AppData\\Local", "Segmenta"),
                AppDirs.config(null, "Windows 11", "C:\\Users\\ana", Map.of("LOCALAPPDATA", "C:\\Users\\ana\\AppData\\Local")));
        assertEquals(Path.of("C:\\Users\\ana", "AppData", "Local", "Segmenta"),
                AppDirs.config(null, "Windows 10", "C:\\Users\\ana", Map.of()));
    }

    @Test
    void thePropertyOverridesThePlatformFolder() {
        assertEquals(Path.of("/tmp/x"), AppDirs.config("/tmp/x", "Linux", "/home/ana", Map.of("XDG_CONFIG_HOME", "/xdg")));
    }

    @Test
    void aFolderItCreatesIsPrivate(@TempDir Path tmp) throws Exception {
        Path dir = AppDirs.ensure(tmp.resolve("a/b"));
        assertTrue(Files.isDirectory(dir));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        }
    }
}
