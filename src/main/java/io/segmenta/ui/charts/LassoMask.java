package io.segmenta.ui.charts;

import java.util.Arrays;

/**
 * Fills a free-hand polygon into a pixel mask with the even-odd rule, one scan line at a time, so
 * testing whether a point lies inside is one array read however long the lasso is.
 */
final class LassoMask {
    private LassoMask() {
    }

    /**
     * @param pts x,y pairs of the polygon's corners (closed implicitly), in pixel coordinates
     * @return {@code width * height} flags, row-major; a pixel is inside when its centre is
     */
    static boolean[] fill(double[] pts, int width, int height) {
        boolean[] mask = new boolean[Math.max(0, width * height)];
        int n = pts.length / 2;
        if (n < 3 || width <= 0 || height <= 0) {
            return mask;
        }
        double[] crossings = new double[n];
        for (int y = 0; y < height; y++) {
            double cy = y + 0.5;
            int c = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double yi = pts[2 * i + 1];
                double yj = pts[2 * j + 1];
                if ((yi > cy) != (yj > cy)) {
                    double xi = pts[2 * i];
                    double xj = pts[2 * j];
                    crossings[c++] = xi + (cy - yi) * (xj - xi) / (yj - yi);
                }
            }
            Arrays.sort(crossings, 0, c);
            for (int k = 0; k + 1 < c; k += 2) {
                int from = (int) Math.max(0, Math.ceil(crossings[k] - 0.5));
                int to = (int) Math.min(width - 1, Math.floor(crossings[k + 1] - 0.5));
                for (int x = from; x <= to; x++) {
                    mask[y * width + x] = true;
                }
            }
        }
        return mask;
    }
}
