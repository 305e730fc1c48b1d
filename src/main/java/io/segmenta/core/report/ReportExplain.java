package io.segmenta.core.report;

import static io.segmenta.core.report.ReportPage.esc;

import io.segmenta.core.chart.DriversPlot;
import io.segmenta.core.chart.SansMetrics;
import io.segmenta.core.chart.SegmentPalette;
import io.segmenta.core.chart.SvgPainter;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.explain.RuleSet;
import io.segmenta.core.explain.SegmentRule;
import io.segmenta.core.profile.SegmentProfile;
import io.segmenta.core.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's sections from the {@link Explanation}: the warnings near the top ("Before you use
 * these segments"), what drives the segments with the rules per segment in plain words, and their
 * figures in the technical appendix. The drivers chart is the window's drawing ({@link DriversPlot}).
 */
final class ReportExplain {
    /** Room above the drivers' bars: the heading is the section's, not the chart's. */
    private static final double TOP = 10;
    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern BETWEEN = Pattern.compile("(" + NUMBER + ") < (.+) <= (" + NUMBER + ")");
    private static final Pattern AT_MOST = Pattern.compile("(.+) <= (" + NUMBER + ")");
    private static final Pattern ABOVE = Pattern.compile("(.+) > (" + NUMBER + ")");

    private ReportExplain() {
    }

    /** The warnings in plain words, or "" when there are none. */
    static String warnings(Explanation e) {
        if (e.warnings().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"warnings\" class=\"warnings keep\">\n<h2>Before you use these "
                + "segments</h2>\n<ul>\n");
        for (ResultWarning w : e.warnings()) {
            b.append("<li>").append(esc(w.message())).append("</li>\n");
        }
        return b.append("</ul>\n</section>\n").toString();
    }

    /** What drives the segments: the chart, the strongest drivers in a sentence, the rules per segment. */
    static String drivers(ReportInput in, Explanation e) {
        List<Driver> drivers = e.drivers();
        if (drivers.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<section id=\"drivers\">\n<h2>What drives the segments</h2>\n<p>")
                .append(esc(lead(drivers))).append(" The longer the bar, the more the segments differ on that measure: "
                        + "0 means they do not differ at all, 1 that the measure alone tells them apart.</p>\n<figure>\n")
                .append(chart(drivers)).append("<figcaption>How much each measure separates the segments (eta squared "
                        + "for numbers, Cramér's V for categories), strongest first.</figcaption>\n</figure>\n");
        RuleSet rules = e.rules();
        if (rules.rules().isEmpty()) {
            return b.append("</section>\n").toString();
        }
        b.append("<div class=\"keep\">\n<h3>Rules of thumb</h3>\n<p>Simple rules that tell a customer's segment from their "
                + "values. ").append(esc(rules.summary())).append(rules.note().isEmpty() ? "" : " " + esc(rules.note()))
                .append("</p>\n<ul class=\"rules\">\n");
        for (SegmentProfile p : in.result().profiles()) {
            for (SegmentRule r : rules.rulesFor(p.segment())) {
                b.append("<li><span class=\"swatch\" style=\"background:").append(SegmentPalette.hex(p.segment()))
                        .append("\"></span><strong>").append(p.number()).append(". ").append(esc(in.name(p.segment())))
                        .append("</strong>: ").append(esc(plain(r))).append(" <span class=\"meta\">(")
                        .append(esc(Texts.grouped(r.correct()))).append(" of ").append(esc(Texts.grouped(r.customers())))
                        .append(" right)</span></li>\n");
            }
        }
        return b.append("</ul>\n</div>\n</section>\n").toString();
    }

    /** The drivers and rules as figures, for the appendix. */
    static String appendix(ReportInput in, Explanation e) {
        StringBuilder b = new StringBuilder();
        if (!e.drivers().isEmpty()) {
            b.append("<div class=\"keep\">\n<h3>Drivers</h3>\n<div class=\"scroll\"><table>\n<thead><tr><th>Feature</th>"
                    + "<th>Measure</th><th class=\"num\">Value</th></tr></thead>\n<tbody>\n");
            for (Driver d : e.drivers()) {
                b.append("<tr><td>").append(esc(d.column())).append("</td><td>").append(esc(d.kind().label()))
                        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.4f", d.value()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n</div>\n");
        }
        RuleSet rules = e.rules();
        if (!rules.rules().isEmpty()) {
            b.append("<div class=\"keep\">\n<h3>Decision-tree rules</h3>\n<p>").append(esc(rules.summary()))
                    .append(rules.note().isEmpty() ? "" : " " + esc(rules.note())).append("</p>\n<div class=\"scroll\">"
                            + "<table>\n<thead><tr><th>Segment</th><th>Rule</th><th class=\"num\">Customers</th>"
                            + "<th class=\"num\">Right</th><th class=\"num\">Precision</th></tr></thead>\n<tbody>\n");
            for (SegmentRule r : rules.rules()) {
                b.append("<tr><td>").append(r.segment() + 1).append("</td><td>").append(esc(r.text()))
                        .append("</td><td class=\"num\">").append(Texts.grouped(r.customers()))
                        .append("</td><td class=\"num\">").append(Texts.grouped(r.correct()))
                        .append("</td><td class=\"num\">").append(esc(Texts.percentOneDecimal(r.precision())))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table></div>\n</div>\n");
        }
        return b.toString();
    }

    /** "Spending Score (1-100) drives the segments most, then Annual Income (k$)." */
    static String lead(List<Driver> drivers) {
        String first = drivers.get(0).column();
        if (drivers.size() == 1) {
            return first + " drives the segments.";
        }
        return first + " drives the segments most, then " + drivers.get(1).column()
                + (drivers.size() > 2 ? ", then " + drivers.get(2).column() : "") + ".";
    }

    /** A rule in words: "customers with Annual Income (k$) above 69.5 and Spending Score (1-100) at most 40". */
    static String plain(SegmentRule r) {
        if (r.conditions().isEmpty()) {
            return "every customer";
        }
        return "customers with " + String.join(" and ", r.conditions().stream().map(ReportExplain::plain).toList());
    }

    private static String plain(String condition) {
        Matcher m = BETWEEN.matcher(condition);
        if (m.matches()) {
            return m.group(2) + " above " + m.group(1) + " and at most " + m.group(3);
        }
        m = AT_MOST.matcher(condition);
        if (m.matches()) {
            return m.group(1) + " at most " + m.group(2);
        }
        m = ABOVE.matcher(condition);
        if (m.matches()) {
            return m.group(1) + " above " + m.group(2);
        }
        return condition;
    }

    private static String chart(List<Driver> drivers) {
        DriversPlot plot = new DriversPlot(drivers);
        return ReportCharts.wideAndNarrow(w -> {
            SvgWriter svg = new SvgWriter(w, plot.height(TOP, 44));
            plot.paint(new SvgPainter(svg, SansMetrics.NOTO_SANS), TOP, svg.width(), svg.height());
            return svg.toElement("What drives the segments, strongest first");
        });
    }
}
