package io.segmenta.core.report;

import static io.segmenta.core.report.ReportPage.esc;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.cluster.SweepPoint;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.export.ReadFiles;
import io.segmenta.core.prep.PreparationReport;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.profile.SegmentProfiler;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.CancellationToken;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report for a marketing team: one self-contained HTML file (styles inside, charts as inline
 * SVG drawn by the window's painting code, nothing loaded from the internet) that reads on a phone
 * and prints on A4. The window's File > Export report... and {@code segmenta report} both call
 * {@link #html}, so they write the same report for the same input.
 *
 * <p>The page is a list of sections in reading order ({@link #sections}): first what a marketing
 * reader needs (what to know before using the segments, the segments in short, the map, the
 * profiles, the charts per segment, what drives the segments, how they were made, how to use the
 * model), then the technical appendix with the figures a
 * statistician checks. What the {@link Explanation} says (warnings, drivers, rules) comes from
 * {@link ReportExplain}. A new section is one method returning its HTML and one line in that list.
 */
public final class SegmentReport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SegmentReport() {
    }

    /** The report as one HTML document. */
    public static String html(ReportInput in) {
        StringBuilder body = new StringBuilder();
        sections(in, Explanation.of(in.data(), in.result(), in.sweep(), CancellationToken.NONE)).forEach(body::append);
        return ReportPage.document(in.title(), SvgWriter.uniqueClipIds(body.toString()));
    }

    /**
     * Writes the report to {@code out} (a temporary file moved into place: never half a file), never
     * over a file the table was read or made from ({@link ReadFiles}).
     */
    public static void write(ReportInput in, Path out) {
        ReadFiles.refuse(in.data(), out);
        byte[] bytes = html(in).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(out, o -> o.write(bytes));
    }

    /** The sections in reading order. */
    static List<String> sections(ReportInput in, Explanation explanation) {
        List<String> out = new ArrayList<>();
        out.add(header(in));
        out.add(ReportExplain.warnings(explanation));
        out.add(summary(in));
        out.add(map(in));
        out.add(profiles(in));
        out.add(charts(in));
        out.add(ReportExplain.drivers(in, explanation));
        out.add(method(in));
        out.add(model(in));
        out.add(appendix(in, explanation));
        out.add(footer(in));
        return out;
    }

    private static String header(ReportInput in) {
        SegmentationResult r = in.result();
        return "<header>\n<h1>" + esc(in.title()) + "</h1>\n<p class=\"meta\">" + esc(in.date().format(DATE))
                + " · " + esc(Texts.count(r.features().rows(), "customer", "customers")) + " · "
                + esc(Texts.count(r.k(), "segment", "segments")) + " · source " + esc(in.data().name())
                + "</p>\n</header>\n";
    }

    private static String summary(ReportInput in) {
        SegmentationResult r = in.result();
        List<String> feats = ReportCharts.numericFeatures(in);
        SegmentProfile largest = r.profiles().stream().max(Comparator.comparingInt(SegmentProfile::size)).orElseThrow();
        StringBuilder b = new StringBuilder("<section id=\"summary\">\n<h2>The segments in short</h2>\n");
        b.append("<p class=\"lead\">We grouped ").append(esc(Texts.count(r.features().rows(), "customer", "customers")))
                .append(" into ").append(r.k()).append(" segments by ").append(esc(list(r.features().featureNames())))
                .append(". Customers in a segment are alike on these measures and differ from the other segments. ")
                .append("The largest segment, <strong>").append(esc(in.name(largest.segment()))).append("</strong>, holds ")
                .append(esc(Texts.share(largest.share()))).append(" of the customers.</p>\n<div class=\"cards\">\n");
        SegmentProfile whole = SegmentProfiler.whole(in.data(), r.segmentOfRow());
        for (SegmentProfile p : r.profiles()) {
            b.append("<div class=\"card\" style=\"border-left-color:").append(SegmentPalette.hex(p.segment()))
                    .append("\">\n<div class=\"share\">").append(esc(Texts.share(p.share()))).append("</div>\n<h3>")
                    .append(p.number()).append(". ").append(esc(in.name(p.segment()))).append("</h3>\n<p class=\"meta\">")
                    .append(esc(Texts.count(p.size(), "customer", "customers"))).append("</p>\n");
            String d = in.description(p.segment());
            if (!d.isBlank()) {
                b.append("<p>").append(esc(d)).append("</p>\n");
            }
            List<String> marks = standsOut(p, whole, feats);
            if (!marks.isEmpty()) {
                b.append("<ul>\n");
                marks.forEach(m -> b.append("<li>").append(esc(m)).append("</li>\n"));
                b.append("</ul>\n");
            }
            b.append("</div>\n");
        }
        return b.append("</div>\n</section>\n").toString();
    }

    /** The features where the segment is furthest from the average customer, in words (at most three). */
    static List<String> standsOut(SegmentProfile p, SegmentProfile whole, List<String> feats) {
        List<Map.Entry<String, Double>> diffs = new ArrayList<>();
        for (String f : feats) {
            Double z = p.differences().get(f);
            if (z != null && Double.isFinite(z) && Math.abs(z) >= 0.25) {
                diffs.add(Map.entry(f, z));
            }
        }
        diffs.sort(Comparator.comparingDouble(e -> -Math.abs(e.getValue())));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : diffs.subList(0, Math.min(3, diffs.size()))) {
            double z = e.getValue();
            String how = Math.abs(z) >= 1 ? (z > 0 ? "much higher" : "much lower") : z > 0 ? "higher" : "lower";
            out.add(e.getKey() + " " + how + " than average: " + Texts.mean(p.means().get(e.getKey())) + " vs "
                    + Texts.mean(whole.means().get(e.getKey())));
        }
        if (out.isEmpty()) {
            out.add("Close to the average customer on every measure");
        }
        return out;
    }

    private static String map(ReportInput in) {
        var d = ReportCharts.scatterData(in.data(), in.result());
        return "<section id=\"map\" class=\"keep\">\n<h2>The segments on a map</h2>\n<p>Each dot is a customer, coloured by segment; "
                + "the numbered circles are the segment centres. Customers close together are alike.</p>\n<figure>\n"
                + ReportCharts.scatter(in.data(), in.result()) + "<figcaption>" + esc(d.xLabel()) + " across, "
                + esc(d.yLabel()) + " up." + (d.size() > ReportCharts.SCATTER_LIMIT ? " A sample of "
                + Texts.grouped(ReportCharts.SCATTER_LIMIT) + " customers is drawn." : "")
                + (d.size() > ReportCharts.PHONE_SCATTER_LIMIT ? " On a phone, a sample of "
                + Texts.grouped(ReportCharts.PHONE_SCATTER_LIMIT) + " customers." : "")
                + "</figcaption>\n</figure>\n</section>\n";
    }

    private static String profiles(ReportInput in) {
        SegmentationResult r = in.result();
        List<String> feats = ReportCharts.numericFeatures(in);
        SegmentProfile whole = SegmentProfiler.whole(in.data(), r.segmentOfRow());
        boolean described = r.profiles().stream().anyMatch(p -> !in.description(p.segment()).isBlank());
        StringBuilder b = new StringBuilder("<section id=\"profiles\" class=\"keep\">\n<h2>Segment profiles</h2>\n<p>The average "
                + "customer of each segment, next to the average of all customers.</p>\n<div class=\"scroll keep\">\n"
                + "<table>\n<thead><tr><th>Segment</th>" + (described ? "<th>Description</th>" : "")
                + "<th class=\"num\">Customers</th><th class=\"num\">Share</th>");
        feats.forEach(f -> b.append("<th class=\"num\">").append(esc(f)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (SegmentProfile p : r.profiles()) {
            b.append("<tr><td class=\"seg\"><span class=\"swatch\" style=\"background:").append(SegmentPalette.hex(p.segment()))
                    .append("\"></span>").append(p.number()).append(". ").append(esc(in.name(p.segment())))
                    .append(described ? "</td><td>" + esc(in.description(p.segment())) : "").append("</td><td class=\"num\">")
                    .append(Texts.grouped(p.size())).append("</td><td class=\"num\">").append(esc(Texts.share(p.share())))
                    .append("</td>");
            feats.forEach(f -> b.append("<td class=\"num\">").append(esc(Texts.mean(p.means().get(f)))).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("<tr class=\"all\"><td>All customers</td>").append(described ? "<td></td>" : "").append("<td class=\"num\">").append(Texts.grouped(whole.size()))
                .append("</td><td class=\"num\">100%</td>");
        feats.forEach(f -> b.append("<td class=\"num\">").append(esc(Texts.mean(whole.means().get(f)))).append("</td>"));
        return b.append("</tr>\n</tbody>\n</table>\n</div>\n</section>\n").toString();
    }

    private static String charts(ReportInput in) {
        StringBuilder b = new StringBuilder("<section id=\"charts\">\n<h2>Segment by segment</h2>\n<figure>\n")
                .append(ReportCharts.sizes(in)).append("<figcaption>How many customers each segment holds.</figcaption>\n"
                        + "</figure>\n");
        for (String f : ReportCharts.numericFeatures(in)) {
            b.append("<figure>\n").append(ReportCharts.means(in, f)).append("<figcaption>").append(esc(f))
                    .append(": the bar is the segment's average, the black tick its median, the dashed line the "
                            + "average of all customers.</figcaption>\n</figure>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String method(ReportInput in) {
        SegmentationResult r = in.result();
        PreparationReport prep = r.features().report();
        StringBuilder b = new StringBuilder("<section id=\"method\">\n<h2>How the segments were made</h2>\n<h3>The data</h3>\n");
        b.append("<p>").append(esc(in.data().name())).append(": ")
                .append(esc(Texts.count(in.data().rowCount(), "row", "rows"))).append(" and ")
                .append(esc(Texts.count(in.data().columnCount(), "column", "columns"))).append(". The segments use ")
                .append(esc(list(r.features().featureNames()))).append(". ")
                .append(esc(Texts.count(prep.rowsUsed(), "customer was", "customers were"))).append(" segmented.</p>\n");
        b.append("<p>").append(esc(missingSentence(prep))).append(" ").append(esc(outlierSentence(prep))).append("</p>\n");
        b.append("<h3>The choices</h3>\n<p>Method: ").append(esc(r.spec().algorithm().describe())).append(". Each measure is ")
                .append("put on a comparable scale first (").append(esc(prep.scaling().label()))
                .append(" scaling), so no single measure dominates because of its units. The random seed is ")
                .append(r.spec().seed()).append(": the same data and choices give the same segments every time.</p>\n");
        SweepResult sweep = in.sweep();
        if (sweep != null) {
            b.append("<div class=\"keep\">\n<h3>Why ").append(r.k()).append(" segments</h3>\n<p>Every number of segments from ")
                    .append(sweep.points().get(0).k()).append(" to ").append(sweep.points().get(sweep.points().size() - 1).k())
                    .append(" was tried. ").append(esc(sweep.rule())).append(r.k() == sweep.recommendedK() ? ""
                            : " The analyst chose " + r.k() + " segments instead.").append("</p>\n<div class=\"pair\">\n<figure>\n")
                    .append(ReportCharts.sweep(sweep, false)).append("<figcaption>How well customers fit their own segment "
                            + "rather than the next one; the ringed point is the recommendation.</figcaption>\n</figure>\n<figure>\n")
                    .append(ReportCharts.sweep(sweep, true)).append("<figcaption>How spread out customers are within their "
                            + "segments; the bend (elbow, grey ring when it differs) marks diminishing returns.</figcaption>\n"
                            + "</figure>\n</div>\n</div>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String missingSentence(PreparationReport prep) {
        if (prep.rowsDroppedMissing() == 0 && prep.cellsImputed() == 0) {
            return "No values were missing in these measures.";
        }
        List<String> parts = new ArrayList<>();
        if (prep.cellsImputed() > 0) {
            parts.add(Texts.count(prep.cellsImputed(), "missing value was", "missing values were") + " filled in");
        }
        if (prep.rowsDroppedMissing() > 0) {
            parts.add(Texts.count(prep.rowsDroppedMissing(), "customer", "customers")
                    + " with a missing value were left out");
        }
        return Texts.capital(String.join("; ", parts)) + ".";
    }

    private static String outlierSentence(PreparationReport prep) {
        if (prep.outliers().policy().isOff()) {
            return "Unusual customers (outliers) were not looked for; every customer counts.";
        }
        return prep.outliers().sentence();
    }

    private static String model(ReportInput in) {
        if (in.modelFile() == null) {
            return "";
        }
        String m = in.modelFile();
        SegmentProfile whole = SegmentProfiler.whole(in.data(), in.result().segmentOfRow());
        StringBuilder values = new StringBuilder();
        for (String f : in.result().features().sourceColumns()) {
            values.append(" --value \"").append(f).append('=').append(typical(whole, f)).append('"');
        }
        return "<section id=\"model\">\n<h2>Placing new customers</h2>\n<p>The segmentation is saved as the model file <code>"
                + esc(m) + "</code>. It places a new customer in the segment they are closest to, with the same "
                + "preparation, without segmenting again. In Segmenta's window: the Predict step. On the command line, "
                + "for one customer (here with average values) and for a file of customers:</p>\n"
                + "<pre>segmenta predict --model " + esc(quote(m)) + esc(values.toString()) + "\nsegmenta predict --model "
                + esc(quote(m)) + " --in new-customers.csv --out placed.csv</pre>\n</section>\n";
    }

    /** A typical value of a column for the example: its mean (whole number where it is large) or its commonest level. */
    private static String typical(SegmentProfile whole, String column) {
        Double mean = whole.means().get(column);
        if (mean != null && Double.isFinite(mean)) {
            return Math.abs(mean) >= 10 ? Long.toString(Math.round(mean)) : Texts.rounded(mean, 2);
        }
        Map<String, Double> mix = whole.categoryMix().get(column);
        return mix == null || mix.isEmpty() ? "…"
                : mix.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String appendix(ReportInput in, Explanation explanation) {
        SegmentationResult r = in.result();
        Validity v = r.validity();
        StringBuilder b = new StringBuilder("<section id=\"appendix\" class=\"appendix\">\n<h2>Technical appendix</h2>\n"
                + "<p>The figures behind the report, for a statistician.</p>\n<div class=\"keep\">\n<h3>Validity indices</h3>\n<div class=\"scroll\">"
                + "<table>\n<tbody>\n");
        row(b, "Within-cluster sum of squares (WCSS)", fixed(r.wcss(), 4));
        row(b, "Silhouette (−1 to 1, higher is better)", fixed(v.silhouette().value(), 4)
                + (v.silhouette().sampled() ? " (estimated on " + Texts.grouped(v.silhouette().sampleSize())
                + " sampled customers)" : ""));
        row(b, "Calinski-Harabasz (higher is better)", fixed(v.calinskiHarabasz(), 2));
        row(b, "Davies-Bouldin (lower is better)", fixed(v.daviesBouldin(), 4));
        r.mixture().ifPresent(mx -> {
            row(b, "BIC", fixed(mx.bic(), 4));
            row(b, "AIC", fixed(mx.aic(), 4));
        });
        row(b, "Method", r.spec().algorithm().describe());
        row(b, "Scaling", r.features().report().scaling().label());
        row(b, "Seed", Long.toString(r.spec().seed()));
        row(b, "Features (prepared)", list(r.features().featureNames()));
        b.append("</tbody>\n</table></div>\n</div>\n");
        if (!v.note().isEmpty()) {
            b.append("<p class=\"note\">").append(esc(v.note())).append("</p>\n");
        }
        SweepResult sweep = in.sweep();
        if (sweep != null) {
            b.append("<div class=\"keep\">\n<h3>The k sweep</h3>\n<p>").append(esc(sweep.rule())).append("</p>\n<div class=\"scroll\"><table>\n"
                    + "<thead><tr><th class=\"num\">k</th><th class=\"num\">WCSS</th><th class=\"num\">Silhouette</th>"
                    + "<th class=\"num\">Calinski-Harabasz</th><th class=\"num\">Davies-Bouldin</th></tr></thead>\n<tbody>\n");
            for (SweepPoint p : sweep.points()) {
                b.append("<tr><td class=\"num\">").append(p.k()).append(p.k() == sweep.recommendedK() ? " (recommended)" : "")
                        .append("</td><td class=\"num\">").append(fixed(p.wcss(), 2)).append("</td><td class=\"num\">")
                        .append(fixed(p.silhouette(), 4)).append("</td><td class=\"num\">").append(fixed(p.calinskiHarabasz(), 2))
                        .append("</td><td class=\"num\">").append(fixed(p.daviesBouldin(), 4)).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n</div>\n");
        }
        b.append("<div class=\"keep\">\n<h3>Segment centres (original units)</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Segment</th>");
        List<String> names = r.features().featureNames();
        names.forEach(f -> b.append("<th class=\"num\">").append(esc(f)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        double[] c = r.centroidsOriginal();
        for (int s = 0; s < r.k(); s++) {
            b.append("<tr><td>").append(s + 1).append("</td>");
            for (int j = 0; j < names.size(); j++) {
                b.append("<td class=\"num\">").append(fixed(c[s * names.size() + j], 3)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table></div>\n</div>\n");
        b.append(ReportExplain.appendix(in, explanation));
        List<String> prep = r.features().report().sentences();
        if (!prep.isEmpty()) {
            b.append("<h3>Preparation</h3>\n<ul>\n");
            prep.forEach(s -> b.append("<li>").append(esc(s)).append("</li>\n"));
            b.append("</ul>\n");
        }
        return b.append("</section>\n").toString();
    }

    private static String footer(ReportInput in) {
        return "<footer>Written by Segmenta" + (in.version().isBlank() ? "" : " (" + esc(in.version()) + ")")
                + " on " + esc(in.date().format(DATE)) + ". Segment numbers and colours match the window and the "
                + "exported files.</footer>\n";
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("<tr><th>").append(esc(label)).append("</th><td class=\"num\">").append(esc(value)).append("</td></tr>\n");
    }

    private static String fixed(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "–";
    }

    private static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String quote(String s) {
        return s.contains(" ") ? "\"" + s + "\"" : s;
    }
}
