package io.segmenta.ui.charts;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A scatter plot of customers coloured by segment, with segment centres marked and numbered (1..k).
 * Everything is painted on one {@link Canvas}: up to {@value #VECTOR_LIMIT} points as anti-aliased
 * circles, more as one raster image built by {@link PointRasterizer}, so a million points cost one
 * node and one image, not a million nodes. It repaints when its data, empty text or size changes.
 */
public final class ScatterCanvas extends Region {
    /** Up to this many points are drawn as vector circles; beyond, they are rasterised. */
    public static final int VECTOR_LIMIT = 20_000;

    private static final double LEFT = 72;
    private static final double RIGHT = 20;
    private static final double TOP = 16;
    private static final double BOTTOM = 52;
    private static final Color GRID = Color.web("#E7EAEE");
    private static final Color AXIS = Color.web("#8C959F");
    private static final Color LABEL = Color.web("#57606A");
    private static final Color TITLE = Color.web("#24292F");

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<ScatterData> data = new SimpleObjectProperty<>(this, "data");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "No points to show.");
    private int pointsDrawn;
    private double paintedWidth = -1;
    private double paintedHeight = -1;
    private boolean dirty = true;

    public ScatterCanvas() {
        getStyleClass().add("scatter-canvas");
        getChildren().add(canvas);
        data.addListener((o, a, b) -> invalidate());
        emptyText.addListener((o, a, b) -> invalidate());
        setMinSize(200, 160);
        setPrefSize(640, 420);
    }

    public ObjectProperty<ScatterData> dataProperty() {
        return data;
    }

    public ScatterData getData() {
        return data.get();
    }

    public void setData(ScatterData d) {
        data.set(d);
    }

    /** Text shown in the middle while there is nothing to draw. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** How many points the last paint drew (points with a missing coordinate are skipped). */
    public int pointsDrawn() {
        return pointsDrawn;
    }

    private void invalidate() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.floor(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (w <= 0 || h <= 0) {
            return;
        }
        if (dirty || w != paintedWidth || h != paintedHeight) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint(w, h);
            paintedWidth = w;
            paintedHeight = h;
            dirty = false;
        }
    }

    private void paint(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        pointsDrawn = 0;
        ScatterData d = data.get();
        double pw = w - LEFT - RIGHT;
        double ph = h - TOP - BOTTOM;
        if (d == null || pw < 20 || ph < 20 || !hasFinitePoint(d)) {
            g.setFill(LABEL);
            g.setFont(Font.font(14));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText.get(), w / 2, h / 2);
            return;
        }
        double[] xr = range(d.x(), d.centroidX());
        double[] yr = range(d.y(), d.centroidY());
        AxisTicks tx = AxisTicks.of(xr[0], xr[1], (int) Math.max(3, Math.min(11, pw / 90)));
        AxisTicks ty = AxisTicks.of(yr[0], yr[1], (int) Math.max(5, Math.min(9, ph / 42)));
        Mapping m = new Mapping(tx, ty, pw, ph);

        paintAxes(g, tx, ty, m, pw, ph, d);
        g.save();
        g.beginPath();
        g.rect(LEFT, TOP, pw, ph);
        g.clip();
        if (d.size() <= VECTOR_LIMIT) {
            paintVector(g, d, m);
        } else {
            paintRaster(g, d, m, (int) pw, (int) ph);
        }
        paintCentroids(g, d, m);
        g.restore();
    }

    private void paintAxes(GraphicsContext g, AxisTicks tx, AxisTicks ty, Mapping m, double pw, double ph,
                           ScatterData d) {
        g.setLineWidth(1);
        g.setFont(Font.font(11.5));
        g.setFill(LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < tx.count(); i++) {
            double px = Math.round(m.px(tx.tick(i))) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(px, TOP, px, TOP + ph);
            g.setStroke(AXIS);
            g.strokeLine(px, TOP + ph, px, TOP + ph + 4);
            g.fillText(tx.label(i), px, TOP + ph + 7);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < ty.count(); i++) {
            double py = Math.round(m.py(ty.tick(i))) + 0.5;
            g.setStroke(GRID);
            g.strokeLine(LEFT, py, LEFT + pw, py);
            g.setStroke(AXIS);
            g.strokeLine(LEFT - 4, py, LEFT, py);
            g.fillText(ty.label(i), LEFT - 7, py);
        }
        g.setStroke(AXIS);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, pw - 1, ph - 1);

        g.setFill(TITLE);
        g.setFont(Font.font(null, FontWeight.SEMI_BOLD, 12.5));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(d.xLabel(), LEFT + pw / 2, TOP + ph + BOTTOM - 6);
        g.save();
        g.translate(16, TOP + ph / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(d.yLabel(), 0, 0);
        g.restore();
    }

    private void paintVector(GraphicsContext g, ScatterData d, Mapping m) {
        int n = d.size();
        double r = n <= 1_000 ? 4.5 : n <= 5_000 ? 3.5 : 2.5;
        double alpha = n <= 1_000 ? 0.85 : n <= 5_000 ? 0.75 : 0.6;
        boolean outline = n <= 5_000;
        g.setLineWidth(0.8);
        g.setStroke(Color.rgb(255, 255, 255, 0.9));
        double[] xs = d.x();
        double[] ys = d.y();
        int[] grp = d.group();
        int drawn = 0;
        int lastGroup = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            if (grp[i] != lastGroup) {
                lastGroup = grp[i];
                g.setFill(SegmentPalette.color(lastGroup).deriveColor(0, 1, 1, alpha));
            }
            double px = m.px(x);
            double py = m.py(y);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            if (outline) {
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
            drawn++;
        }
        pointsDrawn = drawn;
    }

    private void paintRaster(GraphicsContext g, ScatterData d, Mapping m, int pw, int ph) {
        int n = d.size();
        double r = n <= 100_000 ? 1.8 : 1.2;
        int alpha = n <= 100_000 ? 150 : n <= 500_000 ? 100 : 80;
        int[] pixels = new int[pw * ph];
        PointRasterizer raster = new PointRasterizer(pixels, pw, ph, r);
        // transparent background: the grid painted underneath shows through
        double[] xs = d.x();
        double[] ys = d.y();
        int[] grp = d.group();
        int[] rgbOf = new int[d.segments() + 1];
        for (int s = 0; s < rgbOf.length; s++) {
            rgbOf[s] = SegmentPalette.argb(s - 1) & 0xFFFFFF;
        }
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            int s = grp[i];
            int rgb = s + 1 < rgbOf.length && s >= -1 ? rgbOf[s + 1] : SegmentPalette.argb(s) & 0xFFFFFF;
            raster.point(m.px(x) - LEFT, m.py(y) - TOP, rgb, alpha);
            drawn++;
        }
        WritableImage image = new WritableImage(pw, ph);
        image.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbPreInstance(), pixels, 0, pw);
        g.setGlobalAlpha(1);
        g.drawImage(image, LEFT, TOP);
        pointsDrawn = drawn;
    }

    private void paintCentroids(GraphicsContext g, ScatterData d, Mapping m) {
        g.setFont(Font.font(null, FontWeight.BOLD, 11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int s = 0; s < d.segments(); s++) {
            double x = d.centroidX()[s];
            double y = d.centroidY()[s];
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            double px = m.px(x);
            double py = m.py(y);
            double r = 10;
            g.setFill(Color.rgb(31, 35, 40, 0.35));
            g.fillOval(px - r - 1, py - r + 1, 2 * r + 2, 2 * r + 2);
            g.setFill(Color.WHITE);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.setStroke(SegmentPalette.color(s));
            g.setLineWidth(3.5);
            g.strokeOval(px - r + 1.75, py - r + 1.75, 2 * r - 3.5, 2 * r - 3.5);
            g.setStroke(TITLE);
            g.setLineWidth(1);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            g.setFill(TITLE);
            g.fillText(Integer.toString(s + 1), px, py + 0.5);
        }
    }

    private static boolean hasFinitePoint(ScatterData d) {
        for (int i = 0; i < d.size(); i++) {
            if (!Double.isNaN(d.x()[i]) && !Double.isNaN(d.y()[i])) {
                return true;
            }
        }
        return false;
    }

    /** [min, max] over the finite values of both arrays. */
    private static double[] range(double[] a, double[] b) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        for (double v : b) {
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return new double[] {lo, hi};
    }

    /** Data to canvas coordinates. */
    private static final class Mapping {
        private final double x0;
        private final double xs;
        private final double y0;
        private final double ys;
        private final double bottom;

        Mapping(AxisTicks tx, AxisTicks ty, double pw, double ph) {
            this.x0 = tx.min();
            this.xs = pw / (tx.max() - tx.min());
            this.y0 = ty.min();
            this.ys = ph / (ty.max() - ty.min());
            this.bottom = TOP + ph;
        }

        double px(double x) {
            return LEFT + (x - x0) * xs;
        }

        double py(double y) {
            return bottom - (y - y0) * ys;
        }
    }
}
