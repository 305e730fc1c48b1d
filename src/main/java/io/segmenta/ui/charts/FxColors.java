package io.segmenta.ui.charts;

/** The charts' colours ({@link io.segmenta.core.chart.Color}) as JavaFX colours, for nodes and the canvas. */
public final class FxColors {
    private FxColors() {
    }

    /** The same colour in JavaFX; null for null. */
    public static javafx.scene.paint.Color fx(io.segmenta.core.chart.Color c) {
        return c == null ? null
                : javafx.scene.paint.Color.color(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity());
    }
}
