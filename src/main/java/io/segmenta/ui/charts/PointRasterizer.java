package io.segmenta.ui.charts;

import java.util.Arrays;

/**
 * Draws many points into a premultiplied ARGB pixel buffer: each point is one anti-aliased disc
 * "stamp" blended over what is there. Nothing is allocated per point, so a million points take tens
 * of milliseconds; the buffer is then shown as one image (see {@link ScatterCanvas}). Pure Java, no
 * toolkit needed.
 */
final class PointRasterizer {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final int radius;
    /** Coverage 0..255 of each stamp pixel, (2r+1)^2 entries. */
    private final int[] stamp;
    private final int side;

    /**
     * @param pixels premultiplied ARGB, {@code width * height}, row-major from the top-left
     * @param radius disc radius in pixels (may be fractional; at least 0.5)
     */
    PointRasterizer(int[] pixels, int width, int height, double radius) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("buffer holds " + pixels.length + " pixels, need " + width * height);
        }
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        double r = Math.max(0.5, radius);
        this.radius = (int) Math.ceil(r);
        this.side = 2 * this.radius + 1;
        this.stamp = new int[side * side];
        // 4x4 supersampling of the disc of radius r centred on the middle pixel's centre
        for (int dy = 0; dy < side; dy++) {
            for (int dx = 0; dx < side; dx++) {
                int inside = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double px = dx - this.radius + (sx + 0.5) / 4 - 0.5;
                        double py = dy - this.radius + (sy + 0.5) / 4 - 0.5;
                        if (px * px + py * py <= r * r) {
                            inside++;
                        }
                    }
                }
                stamp[dy * side + dx] = inside * 255 / 16;
            }
        }
    }

    /** Fills the buffer with one premultiplied ARGB value (0 = fully transparent). */
    void clear(int argbPre) {
        Arrays.fill(pixels, 0, width * height, argbPre);
    }

    /** x / 255 rounded down, exact for 0 <= x <= 65535, without a division. */
    private static int div255(int x) {
        return (x + 1 + (x >> 8)) >> 8;
    }

    /** Stamp pixels with some coverage: offsets from the top-left of the stamp and coverage. */
    private int[] sparseDx;
    private int[] sparseDy;
    private int[] sparseCover;
    /** Per sparse stamp pixel, its opacity for {@link #tableAlpha}. */
    private int[] alphaTable;
    private int tableAlpha = -1;

    private void prepare(int alpha) {
        if (sparseCover == null) {
            int m = 0;
            for (int c : stamp) {
                m += c > 0 ? 1 : 0;
            }
            sparseDx = new int[m];
            sparseDy = new int[m];
            sparseCover = new int[m];
            alphaTable = new int[m];
            int k = 0;
            for (int dy = 0; dy < side; dy++) {
                for (int dx = 0; dx < side; dx++) {
                    int c = stamp[dy * side + dx];
                    if (c > 0) {
                        sparseDx[k] = dx;
                        sparseDy[k] = dy;
                        sparseCover[k++] = c;
                    }
                }
            }
        }
        if (alpha != tableAlpha) {
            for (int k = 0; k < sparseCover.length; k++) {
                alphaTable[k] = div255(sparseCover[k] * alpha);
            }
            tableAlpha = alpha;
        }
    }

    /**
     * Draws a point centred at pixel coordinates (x, y) in colour {@code rgb} (0xRRGGBB) with opacity
     * {@code alpha} (0..255). Points outside the buffer are clipped.
     */
    void point(double x, double y, int rgb, int alpha) {
        if (!(x > -side && y > -side && x < width + side && y < height + side)) {
            return;
        }
        int x0 = (int) Math.floor(x) - radius;
        int y0 = (int) Math.floor(y) - radius;
        if (x0 >= width || y0 >= height || x0 + side <= 0 || y0 + side <= 0) {
            return;
        }
        prepare(alpha);
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        boolean inside = x0 >= 0 && y0 >= 0 && x0 + side <= width && y0 + side <= height;
        int[] px = pixels;
        for (int k = 0; k < sparseCover.length; k++) {
            int xx = x0 + sparseDx[k];
            int yy = y0 + sparseDy[k];
            if (!inside && (xx < 0 || yy < 0 || xx >= width || yy >= height)) {
                continue;
            }
            int i = yy * width + xx;
            int a = alphaTable[k];
            int inv = 255 - a;
            int p = px[i];
            int na = a + div255((p >>> 24) * inv);
            int nr = div255(r * a + ((p >> 16) & 0xFF) * inv);
            int ng = div255(g * a + ((p >> 8) & 0xFF) * inv);
            int nb = div255(b * a + (p & 0xFF) * inv);
            px[i] = na << 24 | nr << 16 | ng << 8 | nb;
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
