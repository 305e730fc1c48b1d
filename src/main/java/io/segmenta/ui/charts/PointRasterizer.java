package io.segmenta.ui.charts;

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
        java.util.Arrays.fill(pixels, 0, width * height, argbPre);
    }

    /**
     * Draws a point centred at pixel coordinates (x, y) in colour {@code rgb} (0xRRGGBB) with opacity
     * {@code alpha} (0..255). Points outside the buffer are clipped.
     */
    void point(double x, double y, int rgb, int alpha) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        int x0 = cx - radius;
        int y0 = cy - radius;
        if (x0 >= width || y0 >= height || x0 + side <= 0 || y0 + side <= 0) {
            return;
        }
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int dyStart = Math.max(0, -y0);
        int dyEnd = Math.min(side, height - y0);
        int dxStart = Math.max(0, -x0);
        int dxEnd = Math.min(side, width - x0);
        for (int dy = dyStart; dy < dyEnd; dy++) {
            int row = (y0 + dy) * width + x0;
            int srow = dy * side;
            for (int dx = dxStart; dx < dxEnd; dx++) {
                int cover = stamp[srow + dx];
                if (cover == 0) {
                    continue;
                }
                int a = cover * alpha / 255;
                int inv = 255 - a;
                int p = pixels[row + dx];
                int pa = (p >>> 24);
                int pr = (p >> 16) & 0xFF;
                int pg = (p >> 8) & 0xFF;
                int pb = p & 0xFF;
                int na = a + pa * inv / 255;
                int nr = (r * a + pr * inv) / 255;
                int ng = (g * a + pg * inv) / 255;
                int nb = (b * a + pb * inv) / 255;
                pixels[row + dx] = na << 24 | nr << 16 | ng << 8 | nb;
            }
        }
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
