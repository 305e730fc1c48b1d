package io.segmenta.core.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The SVG painter keeps what the canvas does: clipping, one outlined rectangle, the first n points. */
class SvgPainterTest {

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void clippedShapesSitInAGroupWithTheClipAndTheRectanglesAreOnlyThePaintedOnes() throws Exception {
        SvgWriter w = new SvgWriter(200, 100);
        Painter p = new SvgPainter(w, SansMetrics.INSTANCE);
        p.clip(10, 20, 100, 50);
        p.rect(0, 0, 300, 300, Color.web("#FF0000"), Color.BLACK, 1.4);
        p.polyline(new double[] {0, 50, 100, 999}, new double[] {0, 50, 0, 999}, 3, Color.web("#0000FF"), 2.2);
        p.unclip();
        p.circle(5, 5, 2, Color.web("#008000"), null, 0);
        String svg = w.toSvg();

        Document doc = parse(svg);
        Element group = (Element) doc.getElementsByTagName("g").item(0);
        String ref = group.getAttribute("clip-path");
        Element clip = (Element) doc.getElementsByTagName("clipPath").item(0);
        assertEquals("url(#" + clip.getAttribute("id") + ")", ref);
        assertEquals("M10.00 20.00h100.00v50.00h-100.00z",
                ((Element) clip.getElementsByTagName("path").item(0)).getAttribute("d"));
        assertEquals(1, group.getElementsByTagName("rect").getLength(), "the rectangle is clipped");
        assertEquals(1, group.getElementsByTagName("polyline").getLength(), "the curve is clipped");
        assertEquals(0, group.getElementsByTagName("circle").getLength(), "after unclip nothing is clipped");

        assertEquals(2, count(svg, "<rect "), "the background and one rectangle with fill and stroke");
        assertTrue(svg.contains("fill=\"#ff0000\" stroke=\"#000000\" stroke-width=\"1.40\""), svg);
        assertTrue(svg.contains("points=\"0.00,0.00 50.00,50.00 100.00,0.00\""), "only the first 3 points: " + svg);
    }

    @Test
    void anUnmatchedUnclipDoesNothingAndAnOpenClipIsClosed() throws Exception {
        SvgWriter w = new SvgWriter(50, 50);
        Painter p = new SvgPainter(w, SansMetrics.INSTANCE);
        p.unclip();
        p.clip(0, 0, 10, 10);
        p.clip(2, 2, 5, 5);
        p.line(0, 0, 10, 10, Color.BLACK, 1);
        p.unclip();
        String svg = w.toSvg();
        Document doc = parse(svg);
        assertEquals(2, doc.getElementsByTagName("g").getLength());
        assertEquals(2, count(svg, "</g>"), "the outer clip is closed with the document");
    }
}
