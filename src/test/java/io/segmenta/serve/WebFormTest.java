package io.segmenta.serve;

import static io.segmenta.serve.Served.INCOME;
import static io.segmenta.serve.Served.SPENDING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The served web form in a real headless Chromium (Debian's chromium and chromium-driver), driven
 * by Selenium: fill it in with the keyboard, see the segment; type a word for a number, see the
 * field's error; the page fits a phone-sized screen. Skipped with a reason where Chromium is not
 * installed, except on CI ({@code CI=true}), where it fails.
 */
class WebFormTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static PredictionServer server;
    static ChromeDriver browser;
    static Served.Trained mall;

    @BeforeAll
    static void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(CHROMIUM + " and " + DRIVER + " are needed on CI (.ci/run installs chromium and "
                    + "chromium-driver)");
        }
        assumeTrue(present, "Chromium is not installed (" + CHROMIUM + ", " + DRIVER + "; Debian: apt-get install "
                + "chromium chromium-driver): the web form is not tested in a browser");
        mall = Served.mall(dir, 5, "mall");
        server = PredictionServer.start(ServeOptions.local(mall.model(), 0,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1000,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, o);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Polls a condition on the page for up to 20 s (what selenium-support's WebDriverWait does). */
    private static Waiting waiting() {
        return condition -> {
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            RuntimeException last = null;
            while (System.nanoTime() < end) {
                try {
                    if (condition.test(browser)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    last = e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            String page = browser.getPageSource();
            throw new AssertionError("the page did not get there in 20 s: " + browser.getCurrentUrl() + "\n"
                    + page.substring(0, Math.min(page.length(), 1500)), last);
        };
    }

    @FunctionalInterface
    private interface Waiting {
        void until(java.util.function.Predicate<ChromeDriver> condition);
    }

    private static WebElement field(String column) {
        return browser.findElement(By.cssSelector(".field[data-column=\"" + column + "\"]"));
    }

    private static void open() {
        browser.get(server.uri().toString());
        waiting().until(d -> d.findElement(By.id("customer")).isDisplayed()
                && d.findElements(By.cssSelector(".field")).size() == 2);
    }

    @Test
    void fillingTheFormWithTheKeyboardShowsTheSegment() throws Exception {
        open();
        assertEquals(List.of(INCOME, SPENDING), browser.findElements(By.cssSelector(".field label")).stream()
                .map(WebElement::getText).toList());
        assertEquals("15 to 137", field(INCOME).findElement(By.className("hint")).getText());
        WebElement income = browser.switchTo().activeElement();
        assertEquals(INCOME, income.getAttribute("name"), "the first field has the focus");
        income.sendKeys("15");
        income.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys("39", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        String name = browser.findElement(By.id("segment-name")).getText();
        int expected = mall.segment(0);
        assertTrue(browser.findElement(By.id("segment-line")).getText().startsWith("Segment " + expected + " of 5"),
                browser.findElement(By.id("segment-line")).getText());
        assertFalse(name.isEmpty());
        assertFalse(browser.findElement(By.id("segment-description")).getText().isEmpty());
        String typicality = browser.findElement(By.id("typicality")).getText();
        assertTrue(typicality.matches(".*(closer to|farther from|as far from) the centre.*"), typicality);
        String colour = browser.findElement(By.id("swatch")).getCssValue("background-color");
        assertFalse(colour.isEmpty() || colour.equals("rgba(0, 0, 0, 0)"), colour);
        Files.write(dir.resolve("form.png"), browser.getScreenshotAs(OutputType.BYTES));
        String shots = System.getProperty("segmenta.webform.screenshot");
        if (shots != null) {
            Files.write(Path.of(shots), browser.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void aWordForANumberIsAFieldErrorAsYouTypeAndOnSubmit() {
        open();
        WebElement income = field(INCOME).findElement(By.tagName("input"));
        income.sendKeys("lots");
        waiting().until(d -> field(INCOME).getAttribute("class").contains("error"));
        assertTrue(field(INCOME).findElement(By.className("message")).getText().contains("is not a number"));
        assertEquals("true", income.getAttribute("aria-invalid"));
        field(SPENDING).findElement(By.tagName("input")).sendKeys("150");
        waiting().until(d -> field(SPENDING).getAttribute("class").contains("warning"));
        assertTrue(field(SPENDING).findElement(By.className("message")).getText().contains("above the training range"));
        browser.findElement(By.id("predict")).click();
        waiting().until(d -> field(INCOME).findElement(By.className("message")).getText().contains("not a number")
                && !d.findElement(By.id("result")).isDisplayed());
        income.clear();
        income.sendKeys("70");
        browser.findElement(By.id("predict")).click();
        waiting().until(d -> d.findElement(By.id("result")).isDisplayed());
        assertFalse(field(INCOME).getAttribute("class").contains("error"));
        assertTrue(browser.findElement(By.id("warnings")).getText().contains("above the training range"));
    }

    @Test
    void thePageFitsAPhoneSizedScreen() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open();
            long scrollWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth;");
            long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertTrue(scrollWidth <= viewport, "the page is wider than the phone: " + scrollWidth + " > " + viewport);
            WebElement button = browser.findElement(By.id("predict"));
            assertTrue(button.getSize().getHeight() >= 44, "the button is too small to tap: " + button.getSize());
            String shots = System.getProperty("segmenta.webform.phone");
            if (shots != null) {
                Files.write(Path.of(shots), browser.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1000, 900));
        }
    }
}
