package io.segmenta.ui.charts.export;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.chart.SvgWriter;
import io.segmenta.core.export.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Renders charts to images and files: PNG at a chosen size and resolution, SVG for charts that
 * implement {@link SvgExportable}, and the clipboard. Files are written to a temporary file in the
 * target folder and moved into place ({@link AtomicFiles}), so a failed export never leaves half a file. Must be called
 * on the FX thread (snapshots are).
 */
public final class ChartExport {
    private ChartExport() {
    }

    /**
     * Renders {@code chart} as it looks at {@code width x height} logical pixels, {@code scale} times
     * as many device pixels (2 = "retina" resolution). The chart is laid out at that size for the
     * snapshot and given back its size afterwards.
     */
    public static WritableImage render(Region chart, double width, double height, double scale) {
        if (width < 16 || height < 16 || scale <= 0 || width * scale > 16_384 || height * scale > 16_384) {
            throw new SegmentaException(String.format("A chart image must be between 16 and 16,384 pixels wide and "
                    + "high; %.0f x %.0f at %.1fx is not.", width, height, scale));
        }
        double oldW = chart.getWidth();
        double oldH = chart.getHeight();
        DrawnInBackground later = chart instanceof DrawnInBackground b ? b : null;
        try {
            if (later != null) {
                later.drawEverythingNow(true);
            }
            chart.resize(width, height);
            chart.applyCss();
            chart.layout();
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            params.setTransform(Transform.scale(scale, scale));
            WritableImage target = new WritableImage((int) Math.round(width * scale), (int) Math.round(height * scale));
            return chart.snapshot(params, target);
        } finally {
            if (later != null) {
                later.drawEverythingNow(false);
            }
            chart.resize(oldW, oldH);
            chart.applyCss();
            chart.layout();
            chart.requestLayout();
        }
    }

    /** Writes the chart as a PNG of {@code width*scale x height*scale} pixels. */
    public static void savePng(Region chart, Path file, double width, double height, double scale) {
        writePng(render(chart, width, height, scale), file);
    }

    /** Writes an image as PNG (temporary file, then moved into place). */
    public static void writePng(Image image, Path file) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /** Writes the chart as SVG at {@code width x height}. */
    public static void saveSvg(SvgExportable chart, Path file, double width, double height) {
        SvgWriter svg = new SvgWriter(width, height);
        chart.writeSvg(svg);
        byte[] bytes = svg.toSvg().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Puts the chart, at its current size and twice the resolution, on the system clipboard. */
    public static void copyToClipboard(Region chart) {
        double w = Math.max(16, chart.getWidth());
        double h = Math.max(16, chart.getHeight());
        ClipboardContent content = new ClipboardContent();
        content.putImage(render(chart, w, h, 2));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** True when the chart can be saved as SVG. */
    public static boolean canSaveSvg(Object chart) {
        return chart instanceof SvgExportable;
    }
}
