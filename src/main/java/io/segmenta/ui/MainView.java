package io.segmenta.ui;

import io.segmenta.core.projectfile.Project;
import io.segmenta.ui.charts.export.ChartSaver;
import io.segmenta.ui.data.DatabaseDialog;
import io.segmenta.ui.data.DataView;
import io.segmenta.ui.explore.ExploreView;
import io.segmenta.ui.predict.PredictDialogs;
import io.segmenta.ui.predict.PredictView;
import io.segmenta.ui.prepare.PrepareView;
import io.segmenta.ui.profiles.ProfilesView;
import io.segmenta.ui.project.Recovery;
import io.segmenta.ui.segment.SegmentView;
import io.segmenta.ui.undo.EditMenu;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's view: menu, toolbar, workflow sidebar, message area, the step on show and the
 * status bar (task message, progress, Cancel). Also opens files dropped onto the window.
 */
public final class MainView {
    private final MainViewModel vm;
    private final FileDialogs dialogs;
    private final Map<Step, Parent> pages = new EnumMap<>(Step.class);
    /** The pages built ahead once the window shows; made with the view's nodes. */
    private PagesAhead ahead;
    private final ToggleGroup nav = new ToggleGroup();
    private SegmentView segmentView;
    private PrepareView prepareView;
    private ChartSaver charts;
    private final ProjectActions projects;

    @FXML private BorderPane root;
    @FXML private MenuBar menuBar;
    @FXML private Menu recentMenu;
    @FXML private Menu recentProjectsMenu;
    @FXML private MenuItem saveProjectMenuItem;
    @FXML private MenuItem saveProjectAsMenuItem;
    @FXML private MenuItem exportMenuItem;
    @FXML private MenuItem reportMenuItem;
    @FXML private MenuItem saveModelMenuItem;
    @FXML private MenuItem openMenuItem;
    @FXML private MenuItem sampleMenuItem;
    @FXML private Button openButton;
    @FXML private Button sampleButton;
    @FXML private Button findKButton;
    @FXML private Button segmentButton;
    @FXML private Button exportButton;
    @FXML private VBox navBox;
    @FXML private HBox noticeBar;
    @FXML private FontIcon noticeIcon;
    @FXML private Label noticeText;
    @FXML private StackPane content;
    @FXML private Label dropOverlay;
    @FXML private Label statusMessage;
    @FXML private Label tableInfo;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;

    public MainView(MainViewModel vm, FileDialogs dialogs) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.projects = new ProjectActions(vm, dialogs, this::window, this::currentDirectory);
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        ahead = new PagesAhead(pages, this::createPage, content, () -> vm.runner().isRunning());
        buildNavigation();
        bindNotices();
        bindStatus();
        bindActions();
        bindRecentFiles();
        EditMenu.install(menuBar, vm.undo());
        projects.bindRecent(recentProjectsMenu, this::mayLeaveTable);
        enableDrop();
        vm.stepProperty().subscribe(this::showStep);
    }

    private void buildNavigation() {
        for (Step step : Step.values()) {
            FontIcon icon = new FontIcon(step.icon());
            icon.getStyleClass().add("nav-icon");
            Label title = new Label(step.title());
            title.getStyleClass().add("nav-title");
            Label caption = new Label(step.caption());
            caption.getStyleClass().add("nav-caption");
            VBox text = new VBox(1, title, caption);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox graphic = new HBox(10, icon, text);
            graphic.setAlignment(Pos.CENTER_LEFT);
            ToggleButton button = new ToggleButton(null, graphic);
            button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setUserData(step);
            button.setId("nav-" + step.name().toLowerCase(Locale.ROOT));
            button.setAccessibleText(step.title());
            button.setToggleGroup(nav);
            navBox.getChildren().add(button);
        }
        nav.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                nav.selectToggle(was);
            } else {
                vm.stepProperty().set((Step) now.getUserData());
            }
        });
    }

    private void showStep(Step step) {
        ahead.finishStyling(); // a page being styled ahead is whole before anything shows
        nav.getToggles().stream().filter(t -> t.getUserData() == step).findFirst().ifPresent(nav::selectToggle);
        Node page = pages.computeIfAbsent(step, this::createPage);
        content.getChildren().setAll(page, dropOverlay);
    }

    /** Builds the steps' pages not shown yet ahead ({@link PagesAhead}), then runs {@code done}. */
    public void prebuildPages(Runnable done) {
        ahead.start(done);
    }

    /** How many steps have their page built (shown, or built ahead). */
    int builtPages() {
        return pages.size();
    }

    /** The page of {@code step} if it has been built (shown, or built ahead), else null. */
    Node builtPage(Step step) {
        return pages.get(step);
    }

    private Parent createPage(Step step) {
        return switch (step) {
            case DATA -> new DataView(vm.data()).load();
            case SEGMENT -> {
                segmentView = new SegmentView(vm.segmentStep(), this::chooseExportTarget, this::chooseCsvTarget,
                        charts());
                Parent p = segmentView.load();
                segmentView.tableText(vm.data().datasetProperty().map(d -> "Table: " + d.name() + " ("
                        + Formats.plural(d.rowCount(), "row", "rows") + ")").orElse("No table open"));
                segmentView.busy(vm.runner().runningProperty());
                segmentView.preparationText(vm.prepare().choicesSummaryProperty().map(t -> "Prepared (Prepare step): "
                        + t + "."));
                yield p;
            }
            case PREPARE -> {
                prepareView = new PrepareView(vm.prepare(), () -> vm.stepProperty().set(Step.SEGMENT));
                yield prepareView.load();
            }
            case PROFILES -> new ProfilesView(vm.profiles(), () -> vm.stepProperty().set(Step.SEGMENT), charts()).load();
            case EXPLORE -> new ExploreView(vm.explore(), vm.runner(), charts(),
                    name -> dialogs.chooseExportTarget(window(), currentDirectory(), name)).load();
            case PREDICT -> new PredictView(vm.predict(), predictDialogs()).load();
        };
    }

    private void bindNotices() {
        noticeBar.visibleProperty().bind(vm.notices().currentProperty().isNotNull());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        vm.notices().currentProperty().subscribe(n -> {
            noticeBar.getStyleClass().removeAll("notice-info", "notice-success", "notice-warning", "notice-error");
            if (n == null) {
                noticeText.setText("");
                return;
            }
            noticeText.setText(n.text());
            noticeBar.getStyleClass().add("notice-" + n.level().name().toLowerCase(Locale.ROOT));
            noticeIcon.setIconLiteral(switch (n.level()) {
                case ERROR -> "mdi2a-alert-circle-outline";
                case WARNING -> "mdi2a-alert-outline";
                case SUCCESS -> "mdi2c-check-circle-outline";
                case INFO -> "mdi2i-information-outline";
            });
        });
    }

    private void bindStatus() {
        var runner = vm.runner();
        statusMessage.textProperty().bind(runner.messageProperty());
        tableInfo.textProperty().bind(vm.data().summaryProperty());
        tableInfo.visibleProperty().bind(vm.data().datasetProperty().isNotNull());
        progressBar.progressProperty().bind(runner.progressProperty());
        progressBar.visibleProperty().bind(runner.runningProperty());
        cancelButton.visibleProperty().bind(runner.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
    }

    private void bindActions() {
        var running = vm.runner().runningProperty();
        var noTable = vm.data().datasetProperty().isNull();
        findKButton.disableProperty().bind(running.or(noTable));
        segmentButton.disableProperty().bind(running.or(noTable));
        exportButton.disableProperty().bind(vm.segmentStep().canExportBinding().not());
        exportMenuItem.disableProperty().bind(vm.segmentStep().canExportBinding().not());
        reportMenuItem.disableProperty().bind(vm.segmentStep().canExportBinding().not());
        saveModelMenuItem.disableProperty().bind(vm.predict().canSaveBinding().not());
        saveProjectMenuItem.disableProperty().bind(vm.data().tableSourceProperty().isNull());
        saveProjectAsMenuItem.disableProperty().bind(vm.data().tableSourceProperty().isNull());
        openButton.setTooltip(new Tooltip("Open a CSV, Excel or Parquet file (Ctrl+O)"));
        sampleButton.setTooltip(new Tooltip("Open the built-in sample of 500 customers"));
        findKButton.setTooltip(new Tooltip("Compare the range of k set in the Segment step (1 to 10 unless changed) and recommend a number of segments"));
        segmentButton.setTooltip(new Tooltip("Segment the customers with the chosen features and k"));
        exportButton.setTooltip(new Tooltip("Write the table with each customer's segment to a CSV file"));
    }

    private void bindRecentFiles() {
        vm.data().recentFiles().subscribe(() -> {
            List<Path> files = List.copyOf(vm.data().recentFiles());
            recentMenu.getItems().clear();
            if (files.isEmpty()) {
                MenuItem none = new MenuItem("No recent files");
                none.setDisable(true);
                recentMenu.getItems().add(none);
                return;
            }
            for (int i = 0; i < files.size(); i++) {
                Path p = files.get(i);
                MenuItem item = new MenuItem((i + 1) + "  " + p.getFileName() + "  —  " + parentOf(p));
                item.setMnemonicParsing(false);
                item.setOnAction(e -> {
                    if (mayLeaveTable()) {
                        vm.data().open(p);
                    }
                });
                recentMenu.getItems().add(item);
            }
            MenuItem clear = new MenuItem("Clear recent files");
            clear.setOnAction(e -> vm.data().clearRecentFiles());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        });
    }

    private static String parentOf(Path p) {
        Path parent = p.getParent();
        return parent == null ? "" : parent.toString();
    }

    private void enableDrop() {
        root.setOnDragOver(e -> {
            if (droppedFile(e) != null) {
                e.acceptTransferModes(TransferMode.COPY);
                dropOverlay.setVisible(true);
            }
            e.consume();
        });
        root.setOnDragExited(e -> dropOverlay.setVisible(false));
        root.setOnDragDropped(e -> {
            File f = droppedFile(e);
            dropOverlay.setVisible(false);
            if (f != null && mayLeaveTable()) {
                openAny(f.toPath());
            }
            e.setDropCompleted(f != null);
            e.consume();
        });
    }

    private static File droppedFile(DragEvent e) {
        var db = e.getDragboard();
        if (!db.hasFiles() || db.getFiles().isEmpty()) {
            return null;
        }
        File f = db.getFiles().get(0);
        return f.isFile() ? f : null;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Path currentDirectory() {
        Path f = vm.data().fileProperty().get();
        if (f == null && !vm.data().recentFiles().isEmpty()) {
            f = vm.data().recentFiles().get(0);
        }
        return f == null ? null : f.getParent();
    }

    private Path chooseExportTarget() {
        return dialogs.chooseExportTarget(window(), currentDirectory(), vm.segmentStep().suggestedExportName());
    }

    private Path chooseCsvTarget(String suggestedName) {
        return dialogs.chooseExportTarget(window(), currentDirectory(), suggestedName);
    }

    /** The chart export actions, shared by every step's charts. */
    private ChartSaver charts() {
        if (charts == null) {
            charts = dialogs.chartSaver(vm.notices()::success, vm.notices()::error);
        }
        return charts;
    }

    /** Shows the Segment step's tab with this title ("Choose k", "Segments 2D", "3D", "Silhouette", "PCA"). */
    /** Shows the Prepare step with the report tab whose title starts with {@code title} (e.g. "Outliers"). */
    public void showPrepareTab(String title) {
        vm.stepProperty().set(Step.PREPARE);
        if (prepareView != null) {
            prepareView.showTab(title);
        }
    }

    public void showSegmentTab(String title) {
        vm.stepProperty().set(Step.SEGMENT);
        if (segmentView != null) {
            segmentView.showTab(title);
        }
    }

    @FXML
    private void openFile() {
        if (!mayLeaveTable()) {
            return;
        }
        Path p = dialogs.chooseFileToOpen(window(), currentDirectory());
        if (p != null) {
            vm.stepProperty().set(Step.DATA);
            vm.data().open(p);
        }
    }

    @FXML
    private void openDatabase() {
        new DatabaseDialog(window(), vm.data().database()).showAndOpen();
    }

    @FXML
    private void openSample() {
        if (!mayLeaveTable()) {
            return;
        }
        vm.stepProperty().set(Step.DATA);
        vm.data().openSample();
    }

    @FXML
    private void findK() {
        vm.findK();
        if (segmentView != null) {
            segmentView.showSweepTab();
        }
    }

    @FXML
    private void segment() {
        vm.segment();
    }

    /** True when no run would be lost, or the analyst agrees to drop them; "Export" starts the export instead. */
    private boolean mayLeaveTable() {
        String question = vm.segmentStep().leaveTableQuestion();
        if (question == null) {
            return true;
        }
        FileDialogs.LeaveTable answer = dialogs.askBeforeLeavingTable(window(), question);
        if (answer == FileDialogs.LeaveTable.EXPORT) {
            exportSegmented();
        }
        return answer == FileDialogs.LeaveTable.DISCARD
                || answer == FileDialogs.LeaveTable.SAVE_PROJECT && projects.save();
    }

    /** Opens a table, or a project when {@code file} is a {@code .segmenta} file (a launch argument, a drop). */
    public void openAny(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + Project.EXTENSION)) {
            projects.open(file);
        } else {
            vm.stepProperty().set(Step.DATA);
            vm.data().open(file);
        }
    }

    /**
     * At start-up: offers to restore the session {@code recovery} holds (a Segmenta that did not exit
     * cleanly); returns true when it is being restored, false when there was none or it was discarded.
     */
    public boolean offerRecovery(Recovery recovery) {
        return projects.offerRecovery(recovery);
    }

    @FXML
    private void openProject() {
        if (mayLeaveTable()) {
            projects.open();
        }
    }

    @FXML
    private void saveProject() {
        projects.save();
    }

    @FXML
    private void saveProjectAs() {
        projects.saveAs();
    }

    @FXML
    private void exportSegmented() {
        Path target = chooseExportTarget();
        if (target != null) {
            vm.segmentStep().export(target);
        }
    }

    @FXML
    private void exportReport() {
        Path target = dialogs.chooseReportTarget(window(), currentDirectory(), vm.segmentStep().suggestedReportName());
        if (target != null) {
            vm.segmentStep().exportReport(target);
        }
    }

    /** The files the Predict step asks for, through this window's dialogs. */
    private PredictDialogs predictDialogs() {
        return new PredictDialogs() {
            @Override
            public Path chooseModelToOpen() {
                return dialogs.chooseModelToOpen(window(), currentDirectory());
            }

            @Override
            public Path chooseModelTarget(String suggestedName) {
                return dialogs.chooseModelTarget(window(), currentDirectory(), suggestedName);
            }

            @Override
            public Path chooseCustomersToOpen() {
                return dialogs.chooseFileToOpen(window(), currentDirectory());
            }

            @Override
            public Path chooseResultTarget(String suggestedName) {
                return dialogs.chooseExportTarget(window(), currentDirectory(), suggestedName);
            }
        };
    }

    @FXML
    private void saveModel() {
        Path target = dialogs.chooseModelTarget(window(), currentDirectory(), vm.predict().suggestedModelName());
        if (target != null) {
            vm.predict().saveModel(target);
        }
    }

    @FXML
    private void openModel() {
        Path p = dialogs.chooseModelToOpen(window(), currentDirectory());
        if (p != null) {
            vm.stepProperty().set(Step.PREDICT);
            vm.predict().openModel(p);
        }
    }

    @FXML
    private void dismissNotice() {
        vm.notices().clear();
    }

    @FXML
    private void cancelWork() {
        vm.runner().cancel();
    }

    @FXML
    private void quit() {
        vm.shutdown();
        Window w = window();
        if (w != null) {
            w.hide();
        }
        Platform.exit();
    }

    @FXML
    private void about() {
        String version = MainView.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.initOwner(window());
        alert.setTitle("About Segmenta");
        alert.setHeaderText("Segmenta " + (version == null ? "(development build)" : version));
        alert.setContentText("Customer segmentation on your desktop: open a customer table, find the number of "
                + "segments, segment, read the profiles and export the segmented table.\n\n"
                + "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.version"));
        ImageView logo = new ImageView(new Image(Objects.requireNonNull(
                MainView.class.getResource("icons/segmenta-64.png")).toExternalForm()));
        logo.setFitWidth(48);
        logo.setFitHeight(48);
        alert.setGraphic(logo);
        alert.getDialogPane().setMinWidth(460);
        alert.showAndWait();
    }
}
