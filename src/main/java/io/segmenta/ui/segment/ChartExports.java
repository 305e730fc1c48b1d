package io.segmenta.ui.segment;

import io.segmenta.ui.charts.export.ChartSaver;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Export button and right-click menu of the Segment step's charts, and the file names they suggest. */
final class ChartExports {
    private final SegmentViewModel vm;
    private final ChartSaver charts;

    ChartExports(SegmentViewModel vm, ChartSaver charts) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.charts = Objects.requireNonNull(charts, "charts");
    }

    /** An Export button in {@code holder} and the right-click menu on {@code chart}. */
    void addExport(StackPane holder, Region chart, String name) {
        addExport(holder, chart, () -> name);
    }

    /** The right-click menu only. */
    void install(Region chart, String name) {
        charts.install(chart, () -> chartName(name));
    }

    /** An Export button and menu whose chart name changes (e.g. with the axes). */
    void addExport(StackPane holder, Region chart, Supplier<String> name) {
        Supplier<String> file = () -> chartName(name.get());
        MenuButton button = charts.button(chart, file);
        button.setGraphic(new FontIcon("mdi2e-export-variant"));
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        holder.getChildren().setAll(button);
        charts.install(chart, file);
    }

    private String chartName(String chart) {
        var d = vm.resultData();
        String base = d == null ? "segments" : d.name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return base + " " + chart;
    }
}
