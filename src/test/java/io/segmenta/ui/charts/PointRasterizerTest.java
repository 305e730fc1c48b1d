package io.segmenta.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointRasterizerTest {

    @Test
    void anOpaquePointCoversItsCentreWithItsColour() {
        int[] px = new int[20 * 20];
        PointRasterizer r = new PointRasterizer(px, 20, 20, 3);
        r.point(10.5, 10.5, 0x0072B2, 255);
        assertEquals(0xFF0072B2, px[10 * 20 + 10]);
        assertEquals(0, px[0], "far pixels untouched");
        // the edge of the disc is partly covered
        int edge = px[10 * 20 + 13] >>> 24;
        assertTrue(edge > 0 && edge < 255, "anti-aliased edge alpha " + edge);
    }

    @Test
    void translucentPointsBlendAndSaturate() {
        int[] px = new int[9];
        PointRasterizer r = new PointRasterizer(px, 3, 3, 1);
        r.point(1.5, 1.5, 0xE69F00, 128);
        int once = px[4];
        assertEquals(128, once >>> 24, 1);
        assertEquals(0xE6 * 128 / 255, (once >> 16) & 0xFF, 1);
        for (int i = 0; i < 50; i++) {
            r.point(1.5, 1.5, 0xE69F00, 128);
        }
        assertEquals(255, px[4] >>> 24, 1);
        assertEquals(0xE6, (px[4] >> 16) & 0xFF, 2);
        assertEquals(0x9F, (px[4] >> 8) & 0xFF, 2);
    }

    @Test
    void pointsAtAndBeyondTheEdgesAreClipped() {
        int[] px = new int[10 * 10];
        PointRasterizer r = new PointRasterizer(px, 10, 10, 2);
        r.point(0, 0, 0xFF0000, 255);
        r.point(9.9, 9.9, 0xFF0000, 255);
        r.point(-50, 5, 0xFF0000, 255);
        r.point(5, 1e9, 0xFF0000, 255);
        assertEquals(0xFFFF0000, px[0]);
        assertEquals(0xFFFF0000, px[99]);
    }
}
