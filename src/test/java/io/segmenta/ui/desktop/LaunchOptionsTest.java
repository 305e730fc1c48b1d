package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchOptionsTest {
    private static final Path CWD = Path.of("/home/ana/work").toAbsolutePath();

    @Test
    void noArgumentsOpenTheSampleAndJoinARunningInstance() {
        LaunchOptions o = LaunchOptions.parse(List.of(), CWD);
        assertNull(o.firstFile());
        assertTrue(o.joinsRunningInstance());
        assertFalse(o.smokeTest());
        assertFalse(o.startupTiming());
    }

    @Test
    void fileNamesBecomeAbsolutePathsAgainstTheWorkingFolder() {
        LaunchOptions o = LaunchOptions.parse(List.of("data/../customers.csv", "/tmp/b.csv"), CWD);
        assertEquals(List.of(CWD.resolve("customers.csv"), Path.of("/tmp/b.csv").toAbsolutePath()), o.files());
        assertEquals(CWD.resolve("customers.csv"), o.firstFile());
    }

    @Test
    void fileUrisFromADesktopAreAccepted() {
        Path p = Path.of("/tmp/with space/Mall Customers.csv").toAbsolutePath();
        LaunchOptions o = LaunchOptions.parse(List.of(p.toUri().toString()), CWD);
        assertEquals(List.of(p), o.files());
    }

    @Test
    void flagsAreRecognisedAndUnknownOptionsSetAside() {
        LaunchOptions o = LaunchOptions.parse(List.of("--smoke-test", "--startup-timing", "-psn_0_1234", "x.csv"), CWD);
        assertTrue(o.smokeTest());
        assertTrue(o.startupTiming());
        assertFalse(o.joinsRunningInstance(), "a smoke test never hands over to a running window");
        assertEquals(List.of("-psn_0_1234"), o.ignored());
        assertEquals(List.of(CWD.resolve("x.csv")), o.files());
        assertFalse(LaunchOptions.parse(List.of("--new-instance"), CWD).joinsRunningInstance());
    }

    @Test
    void onlyExistingFilesPassAWordThatNamesNoFileIsReported(@TempDir Path dir) throws Exception {
        Path table = Files.writeString(dir.resolve("customers.csv"), "a,b\n1,2\n");
        assertNull(LaunchOptions.parse(List.of("customers.csv", "--smoke-test"), dir).firstNotAFile());
        assertEquals(new LaunchOptions.NotAFile("clsuter", dir.resolve("clsuter")),
                LaunchOptions.parse(List.of(table.toString(), "clsuter"), dir).firstNotAFile());
        assertEquals(".", LaunchOptions.parse(List.of("."), dir).firstNotAFile().word(), "a folder is not a file");
        assertNull(LaunchOptions.parse(List.of(table.toUri().toString()), dir).firstNotAFile());
    }
}
