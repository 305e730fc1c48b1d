package io.segmenta.ui.charts.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.ui.charts.KSweepChart;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ChartSaverTest {
    private final Preferences prefs = Preferences.userRoot().node("io/segmenta/test/chart-saver-" + System.nanoTime());
    private final List<String> saved = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private KSweepChart chart;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        chart = new KSweepChart("Elbow", "WCSS", true);
        double[] wcss = {400, 269, 157, 108, 65.6, 55, 44, 37, 32, 29};
        chart.show(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, wcss, -1, null);
        stage.setScene(new Scene(new StackPane(chart), 640, 480));
        stage.show();
    }

    @AfterEach
    void cleanPrefs() throws Exception {
        prefs.removeNode();
    }

    private ChartSaver saver(Path answer) {
        ChartSaver.Questions q = new ChartSaver.Questions() {
            @Override
            public Path saveFile(Window owner, Path initialFolder, String suggestedName, String extension) {
                return answer;
            }

            @Override
            public Optional<ChartSaver.PngOptions> pngOptions(Window owner, double width, double height) {
                return Optional.of(new ChartSaver.PngOptions(400, 300, 2));
            }
        };
        return new ChartSaver(prefs, q, saved::add, errors::add);
    }

    @Test
    void pngHasTheChosenSizeAndResolution() throws Exception {
        Path png = dir.resolve("elbow.png");
        double widthBefore = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.getWidth());
        Path written = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver(png).savePng(chart, "Elbow"));
        assertEquals(png, written);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(saved.get(0).contains("800 x 600 pixels"), saved.toString());
        assertEquals(dir.toString(), prefs.get(ChartSaver.LAST_FOLDER, null), "the folder is remembered");
        assertEquals(dir, saver(null).lastFolder());
        // the chart got its on-screen size back
        assertEquals(widthBefore, WaitForAsyncUtils.waitForAsyncFx(10_000, () -> chart.getWidth()), 1);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
        if (png.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Path plain = Files.createFile(dir.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(png),
                    "the image has the permissions of any new file, not a temporary file's owner-only ones");
        }
    }

    @Test
    void svgHasTheSeriesAxesAndTitle() throws Exception {
        Path svg = dir.resolve("elbow.svg");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver(svg).saveSvg(chart, ChartSaver.svgOf(chart), "Elbow"));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml"), text);
        assertTrue(text.contains("<polyline points=\""), "the line");
        assertEquals(10, text.split("<circle ").length - 1, "one symbol per k");
        assertTrue(text.contains(">Elbow</text>") && text.contains(">WCSS</text>")
                && text.contains(">Number of segments (k)</text>"));
        assertTrue(text.contains(">100</text>") && text.contains(">10</text>"), "tick labels: " + text);
    }

    @Test
    void cancelWritesNothingAndAnUnwritableFolderIsAClearMessage() throws Exception {
        assertNull(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver(null).savePng(chart, "Elbow")));
        Path bad = dir.resolve("missing-folder").resolve("x.png");
        assertNull(WaitForAsyncUtils.waitForAsyncFx(10_000, () -> saver(bad).savePng(chart, "Elbow")));
        assertTrue(errors.get(0).startsWith("Cannot write " + bad + ": the folder " + bad.getParent() + " does not exist"), errors.toString());
        assertTrue(saved.isEmpty());
    }

    @Test
    void fileNamesComeFromTitles() {
        assertEquals("Elbow WCSS", ChartSaver.safeName("Elbow: WCSS"));
        assertEquals("chart", ChartSaver.safeName("///"));
    }
}
