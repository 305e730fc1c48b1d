package io.segmenta.ui.segment;

import io.segmenta.ui.Fxml;
import io.segmenta.ui.LazyTabs;
import io.segmenta.ui.charts.export.ChartSaver;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The Segment step's view: {@code SegmentView.fxml} takes in the choices on the left
 * ({@link SegmentChoicesView}); on the right, one FXML view per tab, loaded when its tab first shows
 * ({@link LazyTabs}): Choose k ({@link ChooseKView};
 * Choose eps for DBSCAN), the Dendrogram of a hierarchical segmentation ({@link DendrogramView}), the
 * scatter with its selection table ({@link SegmentsMapView}), the 3D scatter ({@link CloudView}), the
 * silhouette plot ({@link SilhouetteView}), the PCA ({@link PcaView}) and the comparison of the session's
 * runs ({@link CompareRunsView}); for a customer table, its RFM segments ({@link RfmView}). Each tab's
 * view binds to {@link SegmentViewModel} and, where the tab
 * has its own state or sentences, to its own view-model. This controller only picks which tab shows.
 */
public final class SegmentView {
    private final SegmentViewModel vm;
    private final ChooseKViewModel chooseK;
    private final DendrogramViewModel dendrogramModel;
    private final SilhouetteViewModel silhouette;
    private final RfmViewModel rfm;
    private final SegmentChoicesView choices;
    /** Per tab fx:id, its view's controller. */
    private final Map<String, Object> tabViews;
    /** True while work runs (set by {@link #busy}). */
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    @FXML private TabPane tabs;
    @FXML private Tab sweepTab;
    @FXML private Tab dendrogramTab;
    @FXML private Tab segmentsTab;
    @FXML private Tab silhouetteTab;
    @FXML private Tab rfmTab;

    /**
     * @param exportTarget asks the user where to write the segmented CSV (null = cancelled)
     * @param csvTarget    asks where to write another CSV, given a suggested file name (null = cancelled)
     * @param charts       saves and copies charts
     */
    public SegmentView(SegmentViewModel vm, Supplier<Path> exportTarget, Function<String, Path> csvTarget,
                       ChartSaver charts) {
        this.vm = Objects.requireNonNull(vm, "vm");
        ChartExports exports = new ChartExports(vm, Objects.requireNonNull(charts, "charts"));
        chooseK = new ChooseKViewModel(vm);
        rfm = new RfmViewModel(vm);
        dendrogramModel = new DendrogramViewModel(vm);
        silhouette = new SilhouetteViewModel(vm);
        choices = new SegmentChoicesView(vm, Objects.requireNonNull(exportTarget, "exportTarget"));
        tabViews = Map.of(
                "sweepTab", new ChooseKView(chooseK, exports),
                "dendrogramTab", new DendrogramView(dendrogramModel, exports),
                "segmentsTab", new SegmentsMapView(vm, Objects.requireNonNull(csvTarget, "csvTarget"), exports),
                "cloudTab", new CloudView(vm, exports),
                "silhouetteTab", new SilhouetteView(vm, silhouette, exports),
                "pcaTab", new PcaView(new PcaViewModel(vm), exports),
                "compareTab", new CompareRunsView(vm, vm.comparison(), busy),
                "rfmTab", new RfmView(rfm));
    }

    public Parent load() {
        return Fxml.load(this, choices);
    }

    @FXML
    private void initialize() {
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            LazyTabs.load(tab, tabViews.get(tab.getId()));
        }
        sweepTab.textProperty().bind(chooseK.tabTitleProperty());
        chooseK.shownProperty().subscribe(o -> {
            if (o != null) {
                tabs.getSelectionModel().select(sweepTab);
            }
        });
        dendrogramModel.offeredProperty().subscribe(on -> {
            boolean there = tabs.getTabs().contains(dendrogramTab);
            if (on && !there) {
                tabs.getTabs().add(tabs.getTabs().indexOf(sweepTab) + 1, dendrogramTab);
            } else if (!on && there) {
                tabs.getTabs().remove(dendrogramTab);
            }
        });
        rfm.offeredProperty().subscribe(on -> { // the RFM tab is there for a customer table only
            boolean there = tabs.getTabs().contains(rfmTab);
            if (on && !there) {
                tabs.getTabs().add(tabs.getTabs().size() - 1, rfmTab);
            } else if (!on && there) {
                tabs.getTabs().remove(rfmTab);
            }
        });
        vm.resultProperty().subscribe(r -> {
            if (r != null) {
                tabs.getSelectionModel().select(segmentsTab);
            }
        });
        // silhouettes are computed when their tab is looked at
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == silhouetteTab) {
                silhouette.load();
            }
        });
        vm.resultProperty().addListener((o, was, now) -> {
            if (now != null && tabs.getSelectionModel().getSelectedItem() == silhouetteTab) {
                silhouette.load();
            }
        });
    }

    /** Shows a tab by its title ("Choose k", "Segments 2D", "3D", "Silhouette", "PCA"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().equals(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Shows the Choose k tab (used when Find k is started from the toolbar). */
    public void showSweepTab() {
        tabs.getSelectionModel().select(sweepTab);
    }

    /** Binds the table label (which table is open); called by the main view. */
    public void tableText(ObservableValue<String> text) {
        choices.tableText(text);
    }

    /** Disables the run buttons while work runs. */
    public void busy(ObservableValue<Boolean> running) {
        choices.busy(running);
        busy.bind(running);
    }

    /** Binds the line saying how the features are prepared (the Prepare step's choices); called by the main view. */
    public void preparationText(ObservableValue<String> text) {
        choices.preparationText(text);
    }
}
