package io.segmenta.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * The Mall report in a real browser: headless Chromium prints it to PDF (A4, as a reader's "Save as
 * PDF" does) and takes a screenshot at a desktop and at a phone's width. Skipped where Chromium is
 * not installed, except on CI ({@code CI=true}), where it must run.
 */
class ReportInBrowserTest {
    /** Where Debian and CI install it ({@code apt-get install chromium}); SEGMENTA_CHROMIUM overrides. */
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    @TempDir
    Path dir;

    @Test
    void theMallReportPrintsOnA4AndRendersOnScreenAndPhone() throws Exception {
        Path chromium = chromium();
        Path html = dir.resolve("mall-report.html");
        SegmentReport.write(SegmentReportTest.mallReport(List.of(), List.of(), "model.json"), html);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(!Pattern.compile("(?i)https?:").matcher(text).find(), "the report references no http(s) resource");

        Path pdf = dir.resolve("mall-report.pdf");
        run(chromium, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF");
        int pages = pages(bytes);
        // 200 customers, 5 segments, 2 features: the summary, the map, the profiles and charts, the drivers,
        // how the segments were made, the model, and the appendix on its own pages; 8 with DejaVu Sans
        assertTrue(pages >= 5 && pages <= 9, "pages: " + pages);
        assertEquals(pages, count(bytes, "/MediaBox \\[0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\]"),
                "every page is A4 (595 x 842 points)");

        Path desktop = dir.resolve("mall-report.png");
        run(chromium, "--screenshot=" + desktop, "--window-size=1000,1400", html.toUri().toString());
        assertEquals(List.of(1000, 1400), pngSize(desktop));
        Path phone = dir.resolve("mall-report-phone.png");
        run(chromium, "--screenshot=" + phone, "--window-size=390,844", html.toUri().toString());
        assertEquals(List.of(390, 844), pngSize(phone));
        String keep = System.getProperty("segmenta.report.keep");
        if (keep != null) {
            for (Path p : List.of(html, pdf, desktop, phone)) {
                Files.copy(p, Path.of(keep).resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Page objects of the PDF ({@code /Type /Page}, not the {@code /Pages} tree). */
    static int pages(byte[] pdf) {
        return count(pdf, "/Type\\s*/Page(?![A-Za-z])");
    }

    private static int count(byte[] pdf, String regex) {
        var m = Pattern.compile(regex).matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Integer> pngSize(Path png) throws IOException {
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 8 && (b[1] == 'P' && b[2] == 'N' && b[3] == 'G'), "a PNG: " + png);
        ByteBuffer ihdr = ByteBuffer.wrap(b, 16, 8);
        return List.of(ihdr.getInt(), ihdr.getInt());
    }

    private void run(Path chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(log);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionFailedError("Chromium took over two minutes: " + String.join(" ", cmd));
        }
        drain.join(5_000);
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + log.toString(StandardCharsets.UTF_8));
    }

    private static Path chromium() {
        String env = System.getenv("SEGMENTA_CHROMIUM");
        List<String> where = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            where.add(env);
        }
        where.addAll(CANDIDATES);
        for (String c : where) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionFailedError("CI=true and Chromium is not installed (" + where + "): .ci/run installs "
                    + "it (apt-get install chromium); the report must be checked in a real browser on CI.");
        }
        assumeTrue(false, "Skipped: Chromium is not installed (" + where + "); apt-get install chromium to run it.");
        return null;
    }
}
