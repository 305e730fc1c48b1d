package io.segmenta.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.segmenta.core.chart.SansMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Mall report in headless Chromium through Selenium, measured rather than looked at: the page
 * draws in its embedded font, the charts' labels are exactly as wide as {@link SansMetrics#NOTO_SANS}
 * laid them out, and at a phone's width (390 CSS pixels) nothing is wider than the screen and the
 * charts' text stays readable. Skipped where Chromium and its driver are not installed, except on CI.
 */
class ReportOnPhoneTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** The smallest chart text on screen, in CSS pixels, that a phone reader can read. */
    private static final double READABLE_PX = 8.5;

    @TempDir
    static Path dir;
    static ChromeDriver browser;
    static Path html;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(CHROMIUM + " and " + DRIVER + " are needed on CI (.ci/run installs chromium and "
                    + "chromium-driver)");
        }
        assumeTrue(present, "Chromium is not installed (" + CHROMIUM + ", " + DRIVER + "; Debian: apt-get install "
                + "chromium chromium-driver): the report is not measured in a browser");
        html = dir.resolve("mall-report.html");
        SegmentReport.write(SegmentReportTest.mallReport(List.of(), List.of(), "model.json"), html);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1000,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Opens the report at a CSS viewport width and waits for its fonts. */
    private static void open(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(html.toUri().toString());
        js("return document.fonts.ready.then(() => true);");
        long inner = (Long) js("return window.innerWidth;");
        if (inner != width) {
            // the window's frame: widen it by the difference so the page itself is this wide
            browser.manage().window().setSize(new Dimension(width + (width - (int) inner), 900));
            browser.get(html.toUri().toString());
            js("return document.fonts.ready.then(() => true);");
        }
        assertEquals(width, ((Long) js("return window.innerWidth;")).intValue(), "the page's width");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> visibleTexts() {
        return (List<Map<String, Object>>) js("""
                const out = [];
                for (const t of document.querySelectorAll('figure svg text')) {
                  const r = t.getBoundingClientRect();
                  if (r.width === 0 && r.height === 0) continue; // in a chart drawn for the other width
                  const svg = t.ownerSVGElement;
                  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                  out.push({text: t.textContent, size: parseFloat(t.getAttribute('font-size')),
                    bold: t.getAttribute('font-weight') === 'bold', length: t.getComputedTextLength(),
                    family: getComputedStyle(t).fontFamily, px: parseFloat(t.getAttribute('font-size')) * scale});
                }
                return out;""");
    }

    @Test
    void theChartsLabelsAreMeasuredInTheEmbeddedFontThatDrawsThem() {
        open(1000);
        assertEquals(Boolean.TRUE, js("return document.fonts.check('12px \"" + ReportFont.FAMILY + "\"') && "
                + "[...document.fonts].filter(f => f.family.includes('" + ReportFont.FAMILY + "') "
                + "&& f.status === 'loaded').length === 2;"), "both weights of the embedded font are loaded");
        List<Map<String, Object>> texts = visibleTexts();
        assertTrue(texts.size() > 100, "chart labels: " + texts.size());
        List<String> off = new ArrayList<>();
        for (Map<String, Object> t : texts) {
            String s = (String) t.get("text");
            double want = SansMetrics.NOTO_SANS.width(s, ((Number) t.get("size")).doubleValue(),
                    (Boolean) t.get("bold"));
            double got = ((Number) t.get("length")).doubleValue();
            assertTrue(((String) t.get("family")).startsWith("\"" + ReportFont.FAMILY + "\""), t.toString());
            if (Math.abs(got - want) > 0.25 + want * 0.005) {
                off.add(s + ": drawn " + got + ", laid out " + want);
            }
        }
        assertTrue(off.isEmpty(), "labels drawn wider or narrower than measured: " + off);
    }

    @Test
    void onAPhoneNothingIsWiderThanTheScreenAndChartTextStaysReadable() throws Exception {
        open(390);
        assertTrue((Long) js("return document.documentElement.scrollWidth;") <= 390,
                "no sideways scrolling at 390 px");
        assertEquals(Boolean.TRUE, js("return [...document.querySelectorAll('figure svg')].every(s => "
                + "s.getBoundingClientRect().right <= window.innerWidth);"), "every chart fits the screen");
        List<String> small = new ArrayList<>();
        for (Map<String, Object> t : visibleTexts()) {
            double px = ((Number) t.get("px")).doubleValue();
            if (px < READABLE_PX) {
                small.add(t.get("text") + " " + Math.round(px * 10) / 10.0 + " px");
            }
        }
        assertTrue(small.isEmpty(), "chart text under " + READABLE_PX + " px on a phone: " + small);
        Path png = dir.resolve("mall-report-phone-full.png");
        long height = (Long) js("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(390 + (390 - ((Long) js("return window.innerWidth;")).intValue()),
                (int) Math.min(height + 200, 16_000)));
        Files.write(png, browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        String keep = System.getProperty("segmenta.report.keep");
        if (keep != null) {
            Files.copy(png, Path.of(keep).resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
