package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segmenta screenshots OUT_DIR}, run as its own headless process (it starts and stops JavaFX). */
class ScreenshotsTest {
    @TempDir
    Path out;

    @Test
    void writesAWindowSizedPictureOfEveryStep() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx1g", Screenshots.class.getName(), out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
        assertEquals(0, p.exitValue(), log);
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("01-data.png", "02-explore.png", "03-prepare.png", "03b-prepare-outliers.png",
                "03c-prepare-outliers-by-reason.png",
                "04-segment-choose-k.png", "05-segment-2d.png", "06-segment-3d.png", "07-segment-silhouette.png", "08-segment-pca.png",
                "09-profiles.png", "10-profiles-box-plots.png", "11-profiles-heat-map.png", "12-predict.png",
                "13-segment-dendrogram.png", "14-segment-compare-runs.png"), names);
        for (String n : names) {
            BufferedImage img = ImageIO.read(out.resolve(n).toFile());
            assertEquals(1280, img.getWidth(), n);
            assertEquals(800, img.getHeight(), n);
        }
        assertTrue(log.contains("Wrote 16 screenshots"), log);
        // the start-up reported on its own line before the first picture (bench/stalls.sh reads both)
        int startUp = log.indexOf("  window built and painted, longest JavaFX-thread wait ");
        assertTrue(startUp >= 0 && startUp < log.indexOf("01-data.png ("), log);
    }

    @Test
    void badArgumentsAreExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, Screenshots.run(new String[0], o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: segmenta screenshots OUT_DIR"));
        err.reset();
        assertEquals(2, Screenshots.run(new String[] {out.toString(), "--colour"}, o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown argument \"--colour\""));
    }
}
