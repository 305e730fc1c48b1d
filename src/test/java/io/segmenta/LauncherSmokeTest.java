package io.segmenta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as CI and the packages start it: {@code --smoke-test} in a fresh JVM (headless
 * JavaFX, Monocle) opens the window, waits for the painted table and exits 0, or exits 1 saying why.
 */
class LauncherSmokeTest {
    private static final Pattern TIMING = Pattern.compile("window painted (\\d+) ms after the process started");

    private record Run(int exit, String output) {
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Run launch(Path configDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dsegmenta.config.dir=" + configDir, "io.segmenta.Launcher"));
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd).redirectErrorStream(true));
    }

    private static Run run(ProcessBuilder pb) throws Exception {
        Process p = pb.start();
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the launch ends by itself:\n" + out);
        return new Run(p.exitValue(), out);
    }

    @Test
    void smokeTestOpensTheWindowOnTheSampleAndExitsZero(@TempDir Path config) throws Exception {
        Run r = launch(config, "--smoke-test");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Segmenta smoke test passed: \"Segmenta — customers_sample.csv\", 500 rows, 6 icon sizes"),
                r.output());
        assertTrue(r.output().contains("the pages of 6 steps built"), "every step's page built: " + r.output());
        assertFalse(r.output().contains("Unsupported JavaFX configuration"), "no alarming start-up warning: "
                + r.output());
        Matcher m = TIMING.matcher(r.output());
        assertTrue(m.find(), r.output());
        System.out.println("Headless smoke test (Monocle): " + m.group() + "; machine shared, so no limit is asserted");
    }

    @Test
    void smokeTestFailsWhenTheTableCannotBeOpened(@TempDir Path config) throws Exception {
        Path empty = Files.writeString(config.resolve("empty.csv"), "");
        Run r = launch(config, "--smoke-test", empty.toString());
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("Segmenta smoke test FAILED: the table did not open: "), r.output());
        assertTrue(r.output().contains("empty.csv"), r.output());
    }

    @Test
    void aWordThatIsNeitherACommandNorAFileIsRefusedWithTheCommands(@TempDir Path config) throws Exception {
        Run typo = launch(config, "clsuter", "@sample");
        assertEquals(2, typo.exit(), typo.output());
        assertTrue(typo.output().startsWith("segmenta: unknown command 'clsuter'. Did you mean 'cluster'?"), typo.output());
        assertTrue(typo.output().contains("Commands: inspect, describe, sweep, cluster, predict, serve, report, rfm, bench, help."), typo.output());

        Run missing = launch(config, "no-such-table.csv");
        assertEquals(2, missing.exit(), missing.output());
        assertTrue(missing.output().contains("there is no file " + Path.of("no-such-table.csv").toAbsolutePath()),
                missing.output());
        assertFalse(missing.output().contains("Exception"), missing.output());
    }

    /**
     * {@code ./mvnw javafx:run} runs JavaFX from the module path, not the class path like the jar: it
     * crashed in the application's constructor on the glass internals before Segmenta guarded them.
     * This starts the app exactly as the plugin does (its module path, modules and the options in
     * pom.xml) and once without the options: both open the window; without them one line says what
     * is lost.
     */
    @Test
    void theAppStartsWithJavaFxOnTheModulePathAsTheMavenPluginRunsIt(@TempDir Path config) throws Exception {
        Run granted = launchModular(config, pluginOptions(), "--smoke-test");
        assertEquals(0, granted.exit(), granted.output());
        assertTrue(granted.output().contains("Segmenta smoke test passed"), granted.output());
        assertFalse(granted.output().contains("Exception"), granted.output());
        assertFalse(granted.output().contains("does not export"), granted.output());

        Run plain = launchModular(config, List.of(), "--smoke-test");
        assertEquals(0, plain.exit(), plain.output());
        assertTrue(plain.output().contains("Segmenta smoke test passed"), plain.output());
        assertFalse(plain.output().contains("Exception"), plain.output());
        assertEquals(1, plain.output().lines().filter(l -> l.contains("does not export com.sun.glass.ui")).count(), plain.output());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayOneSentenceSaysWhatIsMissing(@TempDir Path config) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Dsegmenta.config.dir=" + config, "io.segmenta.Launcher", "--smoke-test"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Run r = run(pb);
        assertEquals(3, r.exit(), r.output());
        List<String> lines = r.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.output());
        assertTrue(lines.get(0).startsWith("Segmenta cannot open its window: "), r.output());
        assertTrue(lines.get(0).contains("there is no display (DISPLAY is not set)")
                || lines.get(0).contains("sudo apt install libgtk-3-0"), r.output());
    }

    /** The javafx-maven-plugin's {@code <options>} in pom.xml, so this test runs what {@code javafx:run} runs. */
    private static List<String> pluginOptions() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        String options = pom.substring(pom.indexOf("<options>", plugin), pom.indexOf("</options>", plugin));
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<option>([^<]+)</option>").matcher(options);
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        assertTrue(found.contains("javafx.graphics/com.sun.glass.ui=ALL-UNNAMED"), "the plugin grants glass: " + found);
        return found;
    }

    /**
     * A launch laid out as the javafx-maven-plugin lays it out: the JavaFX jars on the module path
     * with their modules added, everything else on the class path. Headless Monocle lives in
     * javafx.graphics' packages, so it is patched into that module.
     */
    private static Run launchModular(Path config, List<String> options, String... args) throws Exception {
        List<String> modulePath = new ArrayList<>();
        List<String> classPath = new ArrayList<>();
        String monocle = null;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("javafx-")) {
                modulePath.add(entry);
            } else if (name.startsWith("openjfx-monocle")) {
                monocle = entry;
            } else {
                classPath.add(entry);
            }
        }
        assertFalse(modulePath.isEmpty(), "JavaFX jars on the test class path");
        assertTrue(monocle != null, "Monocle on the test class path");
        List<String> cmd = new ArrayList<>(List.of(java(), "--module-path", String.join(File.pathSeparator, modulePath),
                "--add-modules", "javafx.base,javafx.controls,javafx.fxml,javafx.graphics,javafx.swing",
                "--patch-module", "javafx.graphics=" + monocle));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, classPath),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dsegmenta.config.dir=" + config, "io.segmenta.Launcher"));
        cmd.addAll(List.of(args));
        return run(new ProcessBuilder(cmd).redirectErrorStream(true));
    }
}
