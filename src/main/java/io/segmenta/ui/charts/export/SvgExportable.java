package io.segmenta.ui.charts.export;

import io.segmenta.core.chart.SvgWriter;

/**
 * A chart that can draw itself as vectors, so it can be saved as SVG. Charts that paint pixels
 * only (e.g. a million-point raster) do not implement it and are saved as PNG.
 */
public interface SvgExportable {
    /** Paints the chart as it would look at {@code svg.width() x svg.height()}. */
    void writeSvg(SvgWriter svg);

    /**
     * Whether an SVG makes sense now: a chart that draws vectors only up to some number of points
     * says false above it (the export then offers PNG only). True unless overridden.
     */
    default boolean svgAvailable() {
        return true;
    }
}
