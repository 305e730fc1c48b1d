package io.segmenta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as CI and the packages start it: {@code --smoke-test} in a fresh JVM (headless
 * JavaFX, Monocle) opens the window, waits for the painted table and exits 0, or exits 1 saying why.
 */
class LauncherSmokeTest {
    private static final Pattern TIMING = Pattern.compile("window painted (\\d+) ms after the process started");

    private record Run(int exit, String output) {
    }

    private static Run launch(Path configDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dsegmenta.config.dir=" + configDir, "io.segmenta.Launcher"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ended, "the smoke test ends by itself:\n" + out);
        return new Run(p.exitValue(), out);
    }

    @Test
    void smokeTestOpensTheWindowOnTheSampleAndExitsZero(@TempDir Path config) throws Exception {
        Run r = launch(config, "--smoke-test");
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("Segmenta smoke test passed: \"Segmenta — customers_sample.csv\", 500 rows, 6 icon sizes"),
                r.output());
        assertFalse(r.output().contains("Unsupported JavaFX configuration"), "no alarming start-up warning: "
                + r.output());
        Matcher m = TIMING.matcher(r.output());
        assertTrue(m.find(), r.output());
        System.out.println("Headless smoke test (Monocle): " + m.group() + "; machine shared, so no limit is asserted");
    }

    @Test
    void smokeTestFailsWhenTheTableCannotBeOpened(@TempDir Path config) throws Exception {
        Path missing = config.resolve("no-such-table.csv");
        Run r = launch(config, "--smoke-test", missing.toString());
        assertEquals(1, r.exit(), r.output());
        assertTrue(r.output().contains("Segmenta smoke test FAILED: the table did not open: The file " + missing + " does not exist"),
                r.output());
    }
}
