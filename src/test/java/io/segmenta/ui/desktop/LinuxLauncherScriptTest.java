package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/linux/segmenta-launcher.sh}, the Linux image's {@code bin/Segmenta}, started as the
 * installed package starts it (through a link, like {@code /usr/bin/segmenta}) in an image laid out as
 * jpackage lays it out: this JDK's java as the runtime, this build's test classes as the only jar.
 * The packaged launcher itself is started by CI's smoke test and README commands.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLauncherScriptTest {
    private static final Path SCRIPT = Path.of(System.getProperty("user.dir"), "packaging/linux/segmenta-launcher.sh");

    @TempDir
    Path dir;
    private Path image;
    private Path app;
    private Path link;

    @BeforeEach
    void layOutAnImage() throws IOException {
        image = dir.resolve("opt with space/segmenta");
        app = image.resolve("lib/app");
        Files.createDirectories(app);
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path launcher = image.resolve("bin/Segmenta");
        Files.copy(SCRIPT, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        // files, not links: JUnit warns about every link to outside its folder when it cleans up
        Path java = image.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin/java") + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String probe = LauncherProbe.class.getName().replace('.', '/') + ".class";
        Path copy = app.resolve("probe-classes").resolve(probe);
        Files.createDirectories(copy.getParent());
        try (var in = LauncherProbe.class.getClassLoader().getResourceAsStream(probe)) {
            Files.copy(in, copy);
        }
        Files.createDirectories(dir.resolve("usr/bin"));
        link = Files.createSymbolicLink(dir.resolve("usr/bin/segmenta"), launcher);
    }

    private void config(String... lines) throws IOException {
        Files.writeString(app.resolve("Segmenta.cfg"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void jpackageConfig() throws IOException {
        // as jpackage 17 writes it (the launcher's class path, main class and Java options), a second jar too
        config("[Application]", "app.classpath=$APPDIR/probe-classes", "app.classpath=$APPDIR/absent.jar",
                "app.mainclass=" + LauncherProbe.class.getName(), "", "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0", "java-options=-Dprobe.app=$APPDIR/segmenta.jsa",
                "java-options=-Dprobe.root=$ROOTDIR", "java-options=-Dprobe.bin=$BINDIR",
                "java-options=-Dprobe.plain=a b  c");
    }

    private record Run(int code, List<String> out, String err) {
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(link.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), out.lines().toList(), err);
    }

    @Test
    void startsTheMainClassWithTheArgumentsUnchangedAndTheOptionsExpanded() throws Exception {
        jpackageConfig();
        Run r = run("--exit", "7", "a file with spaces.csv", "", "$HOME", "*", "quote'd \"x\"");
        assertEquals(7, r.code(), r.err());
        Path real = image.toRealPath();
        assertEquals(List.of("arg[--exit]", "arg[7]", "arg[a file with spaces.csv]", "arg[]", "arg[$HOME]", "arg[*]",
                "arg[quote'd \"x\"]",
                "probe.app=" + real.resolve("lib/app/segmenta.jsa"),
                "probe.root=" + real,
                "probe.bin=" + real.resolve("bin"),
                "probe.plain=a b  c",
                "jpackage.app-path=" + real.resolve("bin/Segmenta")), r.out());
    }

    @Test
    void aConfigurationItDoesNotKnowIsRefusedNamingTheLine() throws Exception {
        config("[Application]", "app.classpath=$APPDIR/probe-classes", "app.mainmodule=io.segmenta/io.segmenta.Launcher");
        Run r = run("--version");
        assertEquals(1, r.code());
        assertTrue(r.out().isEmpty(), r.out()::toString);
        assertTrue(r.err().contains("Segmenta.cfg has a line this launcher does not know: app.mainmodule"), r.err());
    }

    @Test
    void aMissingConfigurationOrJavaIsSaidNotAStackTrace() throws Exception {
        Run r = run("--version");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("Segmenta: cannot read ") && r.err().contains("lib/app/Segmenta.cfg"), r.err());
        jpackageConfig();
        Files.delete(image.resolve("lib/runtime/bin/java"));
        r = run("--version");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no Java at ") && r.err().contains("reinstalling"), r.err());
    }
}
