package io.segmenta.core.chart;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a small, standalone SVG document. Charts that can draw themselves as vectors implement
 * {@link SvgExportable} and paint into one of these with the same geometry they use on screen.
 */
public final class SvgWriter {
    private static final Pattern INLINE_SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    /** A clip path's id, or a reference to it (text is escaped, so neither occurs in a label). */
    private static final Pattern CLIP_ID = Pattern.compile("(id=\"|url\\(#)clip(\\d+)");
    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private int clipIds;
    private int openClips;

    public SvgWriter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public SvgWriter rect(double x, double y, double w, double h, Color fill, Color stroke) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"%s/>%n",
                x, y, w, h, paint(fill, stroke, 1)));
        return this;
    }

    /** A rectangle with a stroke of the given width (null fill or stroke: not painted). */
    public SvgWriter rect(double x, double y, double w, double h, Color fill, Color stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"%s/>%n",
                x, y, w, h, paint(fill, stroke, strokeWidth)));
        return this;
    }

    /** A dashed line: {@code dash} units drawn, {@code dash} left out. */
    public SvgWriter dashedLine(double x1, double y1, double x2, double y2, Color stroke, double strokeWidth,
                                double dash) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"%s "
                + "stroke-dasharray=\"%.1f %.1f\"/>%n", x1, y1, x2, y2, paint(null, stroke, strokeWidth), dash, dash));
        return this;
    }

    public SvgWriter circle(double cx, double cy, double r, Color fill, Color stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\"%s/>%n", cx, cy, r,
                paint(fill, stroke, strokeWidth)));
        return this;
    }

    public SvgWriter line(double x1, double y1, double x2, double y2, Color stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"%s/>%n",
                x1, y1, x2, y2, paint(null, stroke, strokeWidth)));
        return this;
    }

    /** An open polyline through the points {@code xs[i], ys[i]}. */
    public SvgWriter polyline(double[] xs, double[] ys, Color stroke, double strokeWidth) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            pts.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
        }
        body.append("<polyline points=\"").append(pts.toString().trim()).append('"')
                .append(paint(null, stroke, strokeWidth)).append("/>\n");
        return this;
    }

    /** A closed polygon through the points. */
    public SvgWriter polygon(double[] xs, double[] ys, Color fill, Color stroke) {
        return polygon(xs, ys, fill, stroke, 1);
    }

    /** A closed polygon through the points, stroked at the given width. */
    public SvgWriter polygon(double[] xs, double[] ys, Color fill, Color stroke, double strokeWidth) {
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            pts.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
        }
        body.append("<polygon points=\"").append(pts.toString().trim()).append('"')
                .append(paint(fill, stroke, strokeWidth)).append("/>\n");
        return this;
    }

    /**
     * Text at (x, y) (baseline).
     *
     * @param anchor "start", "middle" or "end"
     * @param rotate degrees, e.g. -90 for a vertical axis title
     */
    public SvgWriter text(double x, double y, String text, double size, Color fill, String anchor, boolean bold,
                          double rotate) {
        body.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-family=\"sans-serif\" "
                        + "font-size=\"%.1f\" text-anchor=\"%s\"", x, y, size, anchor))
                .append(bold ? " font-weight=\"bold\"" : "")
                .append(" fill=\"").append(hex(fill)).append('"').append(opacity("fill-opacity", fill))
                .append(rotate == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%.1f %.2f %.2f)\"", rotate, x, y))
                .append('>').append(escape(text)).append("</text>\n");
        return this;
    }

    /**
     * Restricts what follows to a rectangle until {@link #unclip()}: a clip path (drawn as a path,
     * not a rect, so the document's rectangles are only what the chart paints) and a group using it.
     */
    public SvgWriter clip(double x, double y, double w, double h) {
        String id = "clip" + (++clipIds);
        body.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><path d=\"M%.2f %.2fh%.2fv%.2fh%.2fz\"/>"
                + "</clipPath>%n<g clip-path=\"url(#%s)\">%n", id, x, y, w, h, -w, id));
        openClips++;
        return this;
    }

    /** Ends the innermost {@link #clip}; without one, does nothing. */
    public SvgWriter unclip() {
        if (openClips > 0) {
            body.append("</g>\n");
            openClips--;
        }
        return this;
    }

    /** The finished document (a clip left open is closed here). */
    public String toSvg() {
        return String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n", width, height, width, height)
                + body + "</g>\n".repeat(openClips) + "</svg>\n";
    }

    /**
     * The drawing as an {@code <svg>} element to put inside an HTML page (HTML needs no namespace
     * for it): it scales to the width of
     * its container (the viewBox keeps the proportions) and is announced as an image with a label.
     */
    public String toElement(String label) {
        return String.format(Locale.ROOT, "<svg viewBox=\"0 0 %.0f %.0f\" "
                + "role=\"img\" aria-label=\"%s\" preserveAspectRatio=\"xMidYMid meet\">%n"
                + "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>%n", width, height, escape(label))
                + body + "</g>\n".repeat(openClips) + "</svg>\n";
    }

    /**
     * {@code html} with the clip paths of its inline {@code <svg>} elements (each written by
     * {@link #toElement}, which numbers them from 1) numbered across the whole page. Ids are
     * page-wide in HTML: every chart's {@code url(#clip1)} otherwise named the first chart's clip
     * path, which is the wide chart's, hidden on a phone, when the narrow copy of a chart needs it.
     */
    public static String uniqueClipIds(String html) {
        Matcher svg = INLINE_SVG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        int used = 0;
        while (svg.find()) {
            Matcher id = CLIP_ID.matcher(svg.group());
            StringBuilder element = new StringBuilder(svg.group().length() + 16);
            int most = 0;
            while (id.find()) {
                int n = Integer.parseInt(id.group(2));
                most = Math.max(most, n);
                id.appendReplacement(element, Matcher.quoteReplacement(id.group(1) + "clip" + (used + n)));
            }
            id.appendTail(element);
            used += most;
            svg.appendReplacement(out, Matcher.quoteReplacement(element.toString()));
        }
        svg.appendTail(out);
        return out.toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String paint(Color fill, Color stroke, double strokeWidth) {
        StringBuilder sb = new StringBuilder();
        sb.append(" fill=\"").append(fill == null ? "none" : hex(fill)).append('"');
        sb.append(opacity("fill-opacity", fill));
        if (stroke != null) {
            sb.append(" stroke=\"").append(hex(stroke)).append('"');
            sb.append(opacity("stroke-opacity", stroke));
            sb.append(String.format(Locale.ROOT, " stroke-width=\"%.2f\"", strokeWidth));
        }
        return sb.toString();
    }

    private static String opacity(String attribute, Color c) {
        return c == null || c.getOpacity() >= 1 ? "" : String.format(Locale.ROOT, " %s=\"%.3f\"", attribute, c.getOpacity());
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
