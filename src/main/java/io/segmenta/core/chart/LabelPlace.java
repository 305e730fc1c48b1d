package io.segmenta.core.chart;

/**
 * Where a point's label goes so that it covers no marker (the Predict scatter's "New customer" among the
 * segment centres): a band tried right, left, above and below the point, then at the four corners, first
 * close and then farther out; the first place inside the plot that keeps {@code clearance} pixels from
 * every marker's middle wins. When none does (a small plot crowded with markers), the place inside the
 * plot farthest from its nearest marker; when the band does not fit the plot at all, right of the point.
 * Pixel coordinates, y down.
 */
public final class LabelPlace {
    /** Gaps between the point's mark and the band tried, nearest first. */
    private static final double[] GAPS = {5, 16, 30, 48};

    private LabelPlace() {
    }

    /**
     * The top-left corner {x, y} of a {@code w} x {@code h} band labelling the point at ({@code px},
     * {@code py}) drawn {@code r} pixels wide either side, within the plot {@code left, top, right, bottom}
     * and away from the markers at ({@code mx[i]}, {@code my[i]}) (NaN = no marker).
     */
    public static double[] of(double px, double py, double r, double w, double h, double left, double top,
                              double right, double bottom, double[] mx, double[] my, double clearance) {
        double[] best = null;
        double bestRoom = Double.NEGATIVE_INFINITY;
        for (double gap : GAPS) {
            double d = r + gap;
            double[][] places = {
                {px + d, py - h / 2},
                {px - d - w, py - h / 2},
                {px - w / 2, py - d - h},
                {px - w / 2, py + d},
                {px + d * 0.7, py - d * 0.7 - h},
                {px + d * 0.7, py + d * 0.7},
                {px - d * 0.7 - w, py - d * 0.7 - h},
                {px - d * 0.7 - w, py + d * 0.7},
            };
            for (double[] at : places) {
                if (at[0] < left || at[0] + w > right || at[1] < top || at[1] + h > bottom) {
                    continue;
                }
                double room = room(at[0], at[1], w, h, mx, my);
                if (room >= clearance) {
                    return at;
                }
                if (room > bestRoom) {
                    bestRoom = room;
                    best = at;
                }
            }
        }
        return best != null ? best : new double[] {px + r + GAPS[0], py - h / 2};
    }

    /** The distance from the band to the nearest marker's middle (infinite without markers). */
    static double room(double x, double y, double w, double h, double[] mx, double[] my) {
        double room = Double.POSITIVE_INFINITY;
        for (int i = 0; i < mx.length; i++) {
            if (Double.isNaN(mx[i]) || Double.isNaN(my[i])) {
                continue;
            }
            double nx = Math.max(x, Math.min(mx[i], x + w));
            double ny = Math.max(y, Math.min(my[i], y + h));
            room = Math.min(room, Math.hypot(mx[i] - nx, my[i] - ny));
        }
        return room;
    }
}
