package io.segmenta.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's content on the Mall data: Annual Income and Spending Score, k-means with k = 5. */
class SegmentReportTest {
    static final List<String> FEATURES = List.of("Annual Income (k$)", "Spending Score (1-100)");

    static ReportInput mallReport(List<String> names, List<String> descriptions, String model) {
        Dataset data = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        SegmentationResult r = ReportMaker.segment(data, SegmentationSpec.of(FEATURES, 5, SegmentationSpec.DEFAULT_SEED),
                ProgressListener.NONE, CancellationToken.NONE);
        SweepResult sweep = ReportMaker.sweep(data, r, ProgressListener.NONE, CancellationToken.NONE);
        return new ReportInput(data, r, sweep, names, descriptions, null, LocalDate.of(2026, 12, 6), model, "1.2.3");
    }

    /**
     * Ids are page-wide in HTML: each inline chart's clip paths have ids of their own, and every chart refers to
     * its own (the narrow copy of a chart, shown on a phone, referred to the wide copy's, hidden there).
     */
    @Test
    void everyIdInTheReportIsUniqueAndEveryChartClipsWithItsOwnPath() {
        String html = SegmentReport.html(mallReport(List.of(), List.of(), null));
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
        while (ids.find()) {
            seen.merge(ids.group(1), 1, Integer::sum);
        }
        seen.values().removeIf(n -> n == 1);
        assertEquals(java.util.Map.of(), seen, "ids used more than once");
        Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        int clipped = 0;
        while (svg.find()) {
            Matcher ref = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg.group());
            while (ref.find()) {
                clipped++;
                assertTrue(svg.group().contains("id=\"" + ref.group(1) + "\""),
                        "a chart refers to " + ref.group(1) + ", defined in another chart");
            }
        }
        assertTrue(clipped >= 4, "the map (wide and narrow) and the two sweep lines clip: " + clipped);
    }

    @Test
    void theMallReportShowsTheSegmentsTheirSizesAndTheFiguresBehindThem() {
        ReportInput in = mallReport(List.of(), List.of(), null);
        assertEquals(List.of(81, 39, 35, 23, 22), in.result().profiles().stream().map(SegmentProfile::size).toList());
        String html = SegmentReport.html(in);

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<title>Customer segments: Mall_Customers.csv</title>"), "title");
        assertTrue(html.contains("6 December 2026 · 200 customers · 5 segments"), "date and counts under the title");
        // the profiles table: one row per segment in segment order, sizes and shares, then all customers
        Matcher rows = Pattern.compile("<tr><td class=\"seg\">.*?</span>(\\d)\\. ([^<]+)</td><td class=\"num\">(\\d+)</td>"
                + "<td class=\"num\">(\\d+)%</td>").matcher(html);
        StringBuilder seen = new StringBuilder();
        while (rows.find()) {
            seen.append(rows.group(1)).append(':').append(rows.group(3)).append('/').append(rows.group(4)).append(' ');
        }
        assertEquals("1:81/41 2:39/20 3:35/18 4:23/12 5:22/11 ", seen.toString());
        assertTrue(html.contains("<tr class=\"all\"><td>All customers</td><td class=\"num\">200</td>"), "all customers");
        assertTrue(html.contains("1. High income, high spending") || html.contains("2. High income, high spending"),
                "automatic names");
        // the choices and why: the sweep from 1 to 10 with its rule, the method and the seed
        assertTrue(html.contains("Every number of segments from 1 to 10 was tried. Recommended k = 5: highest "
                + "silhouette (0.555)."), "the recommendation rule");
        assertTrue(html.contains("Method: k-means, k = 5."));
        assertTrue(html.contains("The random seed is 42"));
        assertTrue(html.contains("No values were missing in these measures."), "missing values");
        assertTrue(html.contains("Unusual customers (outliers) were not looked for"), "outliers");
        assertTrue(html.contains("Mall_Customers.csv: 200 rows and 5 columns."), "rows and columns");
        // the appendix: the same figures as 'segmenta cluster' prints (and scikit-learn gives)
        assertTrue(html.contains(">65.5684<") && html.contains(">0.5547<") && html.contains(">248.65<")
                && html.contains(">0.5722<"), "WCSS, silhouette, Calinski-Harabasz, Davies-Bouldin");
        assertTrue(html.contains("<td class=\"num\">5 (recommended)</td>"), "the sweep table marks the recommendation");
        // charts: the scatter, the sizes, one per feature, the drivers and the two sweep lines, all inline SVG;
        // each full-width one drawn twice, for a screen or paper and for a phone
        assertEquals(7, count(html, "<svg ") - count(html, "<div class=\"narrow\">"), "seven charts");
        assertEquals(5, count(html, "<div class=\"narrow\">"), "the map, the sizes, two means, the drivers");
        assertEquals(count(html, "<div class=\"wide\">"), count(html, "<div class=\"narrow\">"));
        String scatter = html.substring(html.indexOf("<section id=\"map\""), html.indexOf("</section>",
                html.indexOf("<section id=\"map\"")));
        assertEquals(2 * (200 + 5 * 4), count(scatter, "<circle"),
                "200 customers and 5 numbered centres (4 rings each), on a screen and on a phone");
        assertTrue(scatter.contains("Annual Income (k$) across, Spending Score (1-100) up."), "the scatter's axes");
        assertFalse(html.contains("Placing new customers"), "no model, no instructions");
        assertFalse(html.contains("<th>Description</th>"), "no descriptions, no empty column");
    }

    @Test
    void whatDrivesTheSegmentsIsChartedRankedAndPutInRules() {
        ReportInput in = mallReport(List.of(), List.of(), null);
        String html = SegmentReport.html(in);
        String section = section(html, "drivers");
        assertTrue(section.contains("<h2>What drives the segments</h2>"));
        assertTrue(section.contains("Spending Score (1-100) drives the segments most, then Annual Income (k$)."), section);
        // the chart: the window's drawing, Spending Score's bar above Annual Income's
        assertEquals(2, count(section, "<svg "), "one chart, drawn for a screen and for a phone");
        int spending = section.indexOf(">Spending Score (1-100)</text>");
        int income = section.indexOf(">Annual Income (k$)</text>");
        assertTrue(spending > 0 && income > spending, "Spending Score first, then Annual Income");
        assertTrue(section.contains("number: eta squared"), "the legend");
        // the rules in plain words, one per leaf, each with how many it gets right
        Matcher rule = Pattern.compile("<li>.*?<strong>(\\d)\\. [^<]+</strong>: customers with ([^<]+) <span class=\"meta\">"
                + "\\((\\d+) of (\\d+) right\\)</span></li>").matcher(section);
        int rules = 0;
        int right = 0;
        while (rule.find()) {
            rules++;
            right += Integer.parseInt(rule.group(3));
            assertFalse(rule.group(2).contains("<=") || rule.group(2).contains("&gt;"), rule.group(2));
            assertTrue(Integer.parseInt(rule.group(3)) <= Integer.parseInt(rule.group(4)));
        }
        assertTrue(rules >= 5, "at least one rule per segment: " + rules);
        assertTrue(section.matches("(?s).*put " + right + " of the 200 customers \\(\\d+\\.\\d%\\) in their own segment.*"),
                "the summary adds up the rules: " + right);
        assertTrue(section.contains("Annual Income (k$) above ") && section.contains(" at most "), "plain comparisons");
        // the appendix: the same figures as numbers
        String appendix = section(html, "appendix");
        assertTrue(appendix.contains("<h3>Drivers</h3>") && appendix.contains("<h3>Decision-tree rules</h3>"));
        assertTrue(appendix.indexOf("<tr><td>Spending Score (1-100)</td><td>eta squared</td>")
                < appendix.indexOf("<tr><td>Annual Income (k$)</td><td>eta squared</td>"), "ranked in the appendix");
        // the Mall result has nothing to warn about
        assertFalse(html.contains("Before you use these segments"), "no warnings, no section");
    }

    @Test
    void aColumnThatDecidesTheSegmentsIsAWarningNearTheTop() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 600;
        int[] plan = new int[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            plan[i] = i % 3;
            age[i] = 40 + 3 * random.nextGaussian();
        }
        Dataset data = new Dataset("plans", List.of(new CategoricalColumn("Plan", plan, List.of("Basic", "Plus", "Max")),
                new NumericColumn("Age", age)), null);
        SegmentationResult r = ReportMaker.segment(data, SegmentationSpec.of(List.of("Plan", "Age"), 3,
                SegmentationSpec.DEFAULT_SEED), ProgressListener.NONE, CancellationToken.NONE);
        String html = SegmentReport.html(new ReportInput(data, r, null, List.of(), List.of(), null,
                LocalDate.of(2026, 12, 6), null, ""));
        String warnings = section(html, "warnings");
        assertTrue(warnings.contains("<h2>Before you use these segments</h2>"));
        assertTrue(warnings.contains("<li>The segments are the levels of Plan (adjusted Rand index 1.00"), warnings);
        assertTrue(html.indexOf("id=\"warnings\"") < html.indexOf("id=\"summary\""), "before the segments in short");
        String drivers = section(html, "drivers");
        assertTrue(drivers.contains("Plan drives the segments most, then Age."), drivers);
        assertTrue(drivers.contains("category: Cramér's V"), "the categorical bar's legend");
        assertTrue(drivers.contains("customers with Plan = "), "rules on the levels");
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theAnalystsNamesAndDescriptionsAreShownAndEscaped() {
        String html = SegmentReport.html(mallReport(List.of("Mainstream <core> & co"), List.of("", "Big \"spenders\""),
                "mall model.json"));
        assertTrue(html.contains("1. Mainstream &lt;core&gt; &amp; co"), "the analyst's name, escaped");
        assertFalse(html.contains("<core>"));
        assertTrue(html.contains("Big &quot;spenders&quot;"), "the analyst's description");
        assertTrue(html.contains("<th>Description</th>"));
        assertTrue(html.contains("<h2>Placing new customers</h2>"));
        assertTrue(html.contains("segmenta predict --model &quot;mall model.json&quot; --value &quot;Annual Income "
                + "(k$)=61&quot; --value &quot;Spending Score (1-100)=50&quot;"), "an example with average values");
    }

    @Test
    void nothingIsLoadedFromAnywhere() {
        String page = SegmentReport.html(mallReport(List.of(), List.of(), "model.json"));
        var fonts = Pattern.compile("url\\(data:font/woff2;base64,[A-Za-z0-9+/=]+\\) format\\(\"woff2\"\\)").matcher(page);
        assertEquals(2, fonts.results().count(), "the font's two weights are in the page");
        String html = page.replaceAll("url\\(data:font/woff2;base64,[A-Za-z0-9+/=]+\\)", "url(data:)");
        assertTrue(html.contains("/* Noto Sans: Copyright 2022 The Noto Project Authors"), "the font's notice");
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//"), "no address at all");
        assertFalse(html.contains("<script") || html.contains("<link") || html.contains("<img")
                || html.contains("@import") || Pattern.compile("url\\((?!#|data:\\))").matcher(html).find(),
                "no script, stylesheet, image or font to fetch (url(#clipN) is a clip inside the page, the font is "
                        + "a data: URL)");
        assertTrue(html.contains("<style>") && html.contains("@media print") && html.contains("size: A4"));
        assertTrue(html.contains("name=\"viewport\""), "phones get the page at their width");
    }

    @Test
    void aMethodWithoutKHasNoSweep() {
        Dataset data = CsvImporter.read(SharedData.dataset(SharedData.MALL));
        SegmentationResult r = ReportMaker.segment(data, SegmentationSpec.of(FEATURES, new DbscanSpec(0.5, 5),
                SegmentationSpec.DEFAULT_SEED), ProgressListener.NONE, CancellationToken.NONE);
        assertNull(ReportMaker.sweep(data, r, ProgressListener.NONE, CancellationToken.NONE));
        String html = SegmentReport.html(new ReportInput(data, r, null, List.of(), List.of(), "DBSCAN",
                LocalDate.of(2026, 1, 2), null, ""));
        assertFalse(html.contains("Why "), "no k to explain");
        assertTrue(html.contains("Method: DBSCAN"));
    }

    @Test
    void writingReplacesTheFileWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old");
        ReportInput in = mallReport(List.of(), List.of(), null);
        SegmentReport.write(in, out);
        assertEquals(SegmentReport.html(in), Files.readString(out, StandardCharsets.UTF_8));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside it");
        }
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
