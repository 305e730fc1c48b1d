package io.segmenta.ui.profiles;

import io.segmenta.core.chart.Axes;
import io.segmenta.core.chart.DriversPlot;
import io.segmenta.core.chart.Painter;
import io.segmenta.core.explain.Driver;
import io.segmenta.ui.charts.PaintedChart;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What drives the segments: one horizontal bar per feature, strongest first, on a 0 to 1 axis; eta
 * squared for numbers, Cramér's V for categorical columns (in another colour, with a legend). The
 * drawing is {@link DriversPlot}'s, the same as the report's.
 */
public final class DriversChart extends PaintedChart {
    private final ObjectProperty<List<Driver>> drivers = new SimpleObjectProperty<>(this, "drivers", List.of());
    private DriversPlot plot = new DriversPlot(List.of());
    private Axes axes;

    public DriversChart() {
        getStyleClass().add("drivers-chart");
        drivers.addListener((o, a, b) -> invalidate());
    }

    public ObjectProperty<List<Driver>> driversProperty() {
        return drivers;
    }

    @Override
    protected void paint(Painter p, double w, double h) {
        plot = new DriversPlot(drivers.get() == null ? List.of() : drivers.get());
        axes = null;
        if (plot.drivers().isEmpty()) {
            paintEmpty(p, w, h, "No segmentation yet.");
            return;
        }
        axes = plot.paint(p, w, h);
        if (axes == null) {
            paintEmpty(p, w, h, "Make the window larger to see the drivers.");
            return;
        }
        paintHeading(p, axes.left(), DriversPlot.TOP, axes.width(), "Drivers of the segments");
    }

    @Override
    public String hoverText(double x, double y) {
        Driver d = plot.at(axes, y);
        return d == null ? null : DriversPlot.meaning(d);
    }
}
