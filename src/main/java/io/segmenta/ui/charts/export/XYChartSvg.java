package io.segmenta.ui.charts.export;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;

/**
 * SVG for the standard JavaFX line, scatter and bar charts, read from the laid-out chart: the
 * title, the plot area, grid lines and tick labels from the axes, and each series' lines, symbols
 * and bars at their on-screen positions and colours. The SVG has the chart's current size.
 */
public final class XYChartSvg implements SvgExportable {
    private static final Color TEXT = Color.web("#24292F");
    private static final Color MUTED = Color.web("#57606A");
    private static final Color GRID = Color.web("#E7EAEE");

    private final XYChart<?, ?> chart;

    private XYChartSvg(XYChart<?, ?> chart) {
        this.chart = chart;
    }

    public static XYChartSvg of(XYChart<?, ?> chart) {
        return new XYChartSvg(chart);
    }

    @Override
    public void writeSvg(SvgWriter svg) {
        double sx = svg.width() / Math.max(1, chart.getWidth());
        double sy = svg.height() / Math.max(1, chart.getHeight());
        Node plot = chart.lookup(".chart-plot-background");
        if (plot == null) {
            return;
        }
        Bounds pb = bounds(plot);
        double x0 = pb.getMinX() * sx;
        double y0 = pb.getMinY() * sy;
        double pw = pb.getWidth() * sx;
        double ph = pb.getHeight() * sy;
        svg.rect(x0, y0, pw, ph, Color.WHITE, GRID);

        if (chart.getTitle() != null && !chart.getTitle().isBlank()) {
            svg.text(svg.width() / 2, 18, chart.getTitle(), 13, TEXT, "middle", true, 0);
        }
        Axis<?> xAxis = chart.getXAxis();
        Axis<?> yAxis = chart.getYAxis();
        for (Axis.TickMark<?> t : xAxis.getTickMarks()) {
            double x = chart.sceneToLocal(xAxis.localToScene(t.getPosition(), 0)).getX() * sx;
            if (!(xAxis instanceof javafx.scene.chart.CategoryAxis)) {
                svg.line(x, y0, x, y0 + ph, GRID, 1);
            }
        }
        for (Axis.TickMark<?> t : yAxis.getTickMarks()) {
            double y = chart.sceneToLocal(yAxis.localToScene(0, t.getPosition())).getY() * sy;
            svg.line(x0, y, x0 + pw, y, GRID, 1);
        }
        tickLabels(svg, xAxis, sx, sy, "middle");
        tickLabels(svg, yAxis, sx, sy, "end");
        Node xLabel = xAxis.lookup(".axis-label");
        if (xAxis.getLabel() != null && xLabel != null) {
            Bounds b = bounds(xLabel);
            svg.text(b.getCenterX() * sx, (b.getMaxY() - b.getHeight() * 0.25) * sy, xAxis.getLabel(), 12, TEXT,
                    "middle", false, 0);
        }
        Node yLabel = yAxis.lookup(".axis-label");
        if (yAxis.getLabel() != null && yLabel != null) {
            Bounds b = bounds(yLabel);
            double x = (b.getMaxX() - b.getWidth() * 0.25) * sx;
            svg.text(x, b.getCenterY() * sy, yAxis.getLabel(), 12, TEXT, "middle", false, -90);
        }
        for (XYChart.Series<?, ?> series : chart.getData()) {
            writeSeries(svg, series, sx, sy);
        }
    }

    private void writeSeries(SvgWriter svg, XYChart.Series<?, ?> series, double sx, double sy) {
        if (chart instanceof LineChart<?, ?> && series.getNode() instanceof Shape line && line.isVisible()) {
            int n = series.getData().size();
            double[] xs = new double[n];
            double[] ys = new double[n];
            int m = 0;
            for (XYChart.Data<?, ?> d : series.getData()) {
                Node symbol = d.getNode();
                if (symbol == null) {
                    continue;
                }
                Point2D c = center(symbol);
                xs[m] = c.getX() * sx;
                ys[m] = c.getY() * sy;
                m++;
            }
            svg.polyline(java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m), color(line.getStroke()), 2);
        }
        for (XYChart.Data<?, ?> d : series.getData()) {
            Node node = d.getNode();
            if (node == null || !node.isVisible()) {
                continue;
            }
            Bounds b = bounds(node);
            Color fill = regionColor(node);
            if (chart instanceof BarChart<?, ?>) {
                svg.rect(b.getMinX() * sx, b.getMinY() * sy, b.getWidth() * sx, b.getHeight() * sy, fill, null);
            } else {
                Point2D c = center(node);
                svg.circle(c.getX() * sx, c.getY() * sy, Math.max(2.5, b.getWidth() / 2 * sx), Color.WHITE, fill, 2);
            }
        }
    }

    /** The tick labels as drawn: the axis's visible text nodes at their on-screen positions. */
    private void tickLabels(SvgWriter svg, Axis<?> axis, double sx, double sy, String anchor) {
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.text.Text t && t.isVisible() && t.getText() != null && !t.getText().isEmpty()) {
                Bounds b = bounds(t);
                double x = "end".equals(anchor) ? b.getMaxX() : b.getCenterX();
                svg.text(x * sx, (b.getMaxY() - b.getHeight() * 0.22) * sy, t.getText(), 11, MUTED, anchor, false, 0);
            }
        }
    }

    /** Bounds of a node in the chart's coordinates. */
    private Bounds bounds(Node node) {
        return chart.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    }

    private Point2D center(Node node) {
        Bounds b = bounds(node);
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static Color regionColor(Node node) {
        if (node instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            Paint p = r.getBackground().getFills().get(r.getBackground().getFills().size() - 1).getFill();
            Color c = color(p);
            if (c.equals(Color.WHITE) && r.getBackground().getFills().size() > 1) {
                return color(r.getBackground().getFills().get(0).getFill());
            }
            return c;
        }
        if (node instanceof Shape s) {
            return color(s.getFill());
        }
        return MUTED;
    }

    private static Color color(Paint p) {
        return p instanceof Color c ? c : MUTED;
    }
}
