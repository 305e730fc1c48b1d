package io.segmenta.ui.charts.export;

import io.segmenta.core.SegmentaException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The "Save as PNG… / Save as SVG… / Copy image" actions every chart offers, as a context menu
 * (right click) and as a menu button for a toolbar. PNG asks for size and resolution; the file
 * chooser opens in the folder of the last chart export (kept in the user's preferences).
 */
public final class ChartSaver {
    /** Preferences key of the last folder a chart was saved to. */
    static final String LAST_FOLDER = "chartExport.lastFolder";

    /** Size and resolution of a PNG export. */
    public record PngOptions(double width, double height, double scale) {
    }

    /** Asks the user where and how to save; the window uses dialogs, tests give answers. */
    public interface Questions {
        /** Where to save a file of this format (extension without dot), or null when cancelled. */
        Path saveFile(Window owner, Path initialFolder, String suggestedName, String extension);

        /** PNG size and resolution, starting from the chart's current size, or empty when cancelled. */
        Optional<PngOptions> pngOptions(Window owner, double width, double height);

        static Questions dialogs() {
            return new DialogQuestions();
        }
    }

    private final Preferences prefs;
    private final Questions questions;
    private final Consumer<String> onSaved;
    private final Consumer<String> onError;

    /**
     * @param prefs     where the last folder is remembered
     * @param questions dialogs (or test answers)
     * @param onSaved   receives "Saved chart to /path" messages
     * @param onError   receives error messages (never a stack trace)
     */
    public ChartSaver(Preferences prefs, Questions questions, Consumer<String> onSaved, Consumer<String> onError) {
        this.prefs = prefs;
        this.questions = questions;
        this.onSaved = onSaved;
        this.onError = onError;
    }

    /** Adds the export actions to the chart's right-click menu. */
    public void install(Region chart, Supplier<String> baseName) {
        ContextMenu menu = new ContextMenu();
        menu.getItems().addAll(items(chart, baseName));
        menu.setOnShowing(e -> refreshSvg(menu.getItems()));
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    /** A small "Export" menu button with the same actions, for a chart's header. */
    public MenuButton button(Region chart, Supplier<String> baseName) {
        MenuButton b = new MenuButton("Export");
        b.getStyleClass().add("chart-export-button");
        b.getItems().addAll(items(chart, baseName));
        b.setOnShowing(e -> refreshSvg(b.getItems()));
        return b;
    }

    private List<MenuItem> items(Region chart, Supplier<String> baseName) {
        MenuItem png = new MenuItem("Save as PNG…");
        png.setOnAction(e -> savePng(chart, baseName.get()));
        MenuItem copy = new MenuItem("Copy image");
        copy.setOnAction(e -> guard(() -> {
            ChartExport.copyToClipboard(chart);
            onSaved.accept("Copied the chart to the clipboard.");
        }));
        SvgExportable svg = svgOf(chart);
        if (svg != null) {
            MenuItem svgItem = new MenuItem("Save as SVG…");
            svgItem.setOnAction(e -> saveSvg(chart, svg, baseName.get()));
            svgItem.setUserData(svg);
            return List.of(png, svgItem, copy);
        }
        return List.of(png, copy);
    }

    /** Before a menu shows: the SVG item is disabled, with the reason, while the chart cannot be vectors. */
    private static void refreshSvg(List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item.getUserData() instanceof SvgExportable svg) {
                boolean ok = svg.svgAvailable();
                item.setDisable(!ok);
                item.setText(ok ? "Save as SVG…" : "Save as SVG… (too many points: use PNG)");
            }
        }
    }

    /** The chart's SVG painter (every {@link io.segmenta.ui.charts.PaintedChart} has one), or null (PNG only). */
    public static SvgExportable svgOf(Region chart) {
        return chart instanceof SvgExportable svg ? svg : null;
    }

    /** Asks for size, resolution and file, then writes the PNG. Returns the file, or null when cancelled. */
    public Path savePng(Region chart, String baseName) {
        Window owner = chart.getScene() == null ? null : chart.getScene().getWindow();
        Optional<PngOptions> options = questions.pngOptions(owner, Math.max(16, chart.getWidth()),
                Math.max(16, chart.getHeight()));
        if (options.isEmpty()) {
            return null;
        }
        Path file = questions.saveFile(owner, lastFolder(), safeName(baseName) + ".png", "png");
        if (file == null) {
            return null;
        }
        PngOptions o = options.get();
        return guard(() -> {
            ChartExport.savePng(chart, file, o.width(), o.height(), o.scale());
            remember(file);
            onSaved.accept("Saved the chart to " + file + " (" + Math.round(o.width() * o.scale()) + " x "
                    + Math.round(o.height() * o.scale()) + " pixels).");
        }) ? file : null;
    }

    /** Asks for a file, then writes the SVG at the chart's current size. Returns the file, or null. */
    public Path saveSvg(Region chart, SvgExportable svg, String baseName) {
        if (!svg.svgAvailable()) {
            onError.accept("This chart has too many points to save as SVG. Save it as PNG instead.");
            return null;
        }
        Window owner = chart.getScene() == null ? null : chart.getScene().getWindow();
        Path file = questions.saveFile(owner, lastFolder(), safeName(baseName) + ".svg", "svg");
        if (file == null) {
            return null;
        }
        return guard(() -> {
            ChartExport.saveSvg(svg, file, Math.max(16, chart.getWidth()), Math.max(16, chart.getHeight()));
            remember(file);
            onSaved.accept("Saved the chart to " + file + ".");
        }) ? file : null;
    }

    /** The folder the next file chooser opens in: the last export folder, if it still exists. */
    public Path lastFolder() {
        String p = prefs.get(LAST_FOLDER, null);
        if (p == null) {
            return null;
        }
        Path dir = Path.of(p);
        return Files.isDirectory(dir) ? dir : null;
    }

    private void remember(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            prefs.put(LAST_FOLDER, dir.toString());
        }
    }

    private boolean guard(Runnable action) {
        try {
            action.run();
            return true;
        } catch (SegmentaException e) {
            onError.accept(e.getMessage());
            return false;
        }
    }

    /** A file name from a chart title: letters, digits, spaces, dashes and underscores only. */
    static String safeName(String base) {
        String s = base == null ? "" : base.replaceAll("[^\\p{L}\\p{N} _-]+", " ").trim().replaceAll("\\s+", " ");
        return s.isEmpty() ? "chart" : s;
    }

    /** The window's dialogs. */
    private static final class DialogQuestions implements Questions {
        @Override
        public Path saveFile(Window owner, Path initialFolder, String suggestedName, String extension) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save chart as " + extension.toUpperCase(Locale.ROOT));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    extension.toUpperCase(Locale.ROOT) + " image (*." + extension + ")", "*." + extension));
            chooser.setInitialFileName(suggestedName);
            if (initialFolder != null) {
                chooser.setInitialDirectory(initialFolder.toFile());
            }
            File f = chooser.showSaveDialog(owner);
            if (f == null) {
                return null;
            }
            Path p = f.toPath();
            return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)
                    ? p : p.resolveSibling(p.getFileName() + "." + extension);
        }

        @Override
        public Optional<PngOptions> pngOptions(Window owner, double width, double height) {
            Dialog<PngOptions> dialog = new Dialog<>();
            dialog.initOwner(owner);
            dialog.setTitle("Save chart as PNG");
            dialog.setHeaderText("Image size and resolution");
            Spinner<Integer> w = new Spinner<>(200, 8000, (int) Math.round(width), 50);
            Spinner<Integer> h = new Spinner<>(150, 8000, (int) Math.round(height), 50);
            w.setEditable(true);
            h.setEditable(true);
            ChoiceBox<String> scale = new ChoiceBox<>();
            scale.getItems().addAll("1x (screen)", "2x (sharp, for slides)", "3x (print)");
            scale.getSelectionModel().select(1);
            Label pixels = new Label();
            Runnable update = () -> pixels.setText(String.format("%d x %d pixels", w.getValue() * (scale
                    .getSelectionModel().getSelectedIndex() + 1), h.getValue() * (scale.getSelectionModel()
                    .getSelectedIndex() + 1)));
            w.valueProperty().addListener((o, a, b) -> update.run());
            h.valueProperty().addListener((o, a, b) -> update.run());
            scale.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> update.run());
            update.run();
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            grid.addRow(0, new Label("Width"), w);
            grid.addRow(1, new Label("Height"), h);
            grid.addRow(2, new Label("Resolution"), scale);
            grid.addRow(3, new Label("Result"), pixels);
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(b -> b == ButtonType.OK
                    ? new PngOptions(w.getValue(), h.getValue(), scale.getSelectionModel().getSelectedIndex() + 1)
                    : null);
            return dialog.showAndWait();
        }
    }
}
