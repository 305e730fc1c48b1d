package io.segmenta.ui.prepare;

import io.segmenta.ui.BuiltAhead;
import io.segmenta.ui.Fxml;
import io.segmenta.ui.LazyTabs;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;

/**
 * The Prepare step's view: the choices on the left ({@link PrepareChoicesView}, its own FXML, put first in
 * {@code PrepareView.fxml}'s box: in a wait of its own when the page is built ahead, {@link BuiltAhead}, as it
 * is most of the page's building) and on the right one FXML view per tab, loaded when its tab first shows
 * ({@link LazyTabs}): the Table check ({@link TableCheckView}), the Preview report ({@link PreviewReportView})
 * and the flagged Outliers ({@link OutliersView}). Each binds to {@link PrepareViewModel} or to its tab's own view-model; this
 * controller only picks which tab shows.
 */
public final class PrepareView {
    private final PrepareViewModel vm;
    private final OutliersViewModel outliers;
    private final PrepareChoicesView choices;
    private final Object[] tabViews;

    @FXML private HBox page;
    @FXML private TabPane tabs;
    @FXML private Tab adviceTab;
    @FXML private Tab previewTab;
    @FXML private Tab outliersTab;

    /**
     * @param showSegmentStep shows the Segment step
     */
    public PrepareView(PrepareViewModel vm, Runnable showSegmentStep) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.outliers = new OutliersViewModel(vm);
        this.choices = new PrepareChoicesView(vm, Objects.requireNonNull(showSegmentStep, "showSegmentStep"));
        this.tabViews = new Object[] {
                new TableCheckView(new TableCheckViewModel(vm)),
                new PreviewReportView(vm, () -> tabs.getSelectionModel().select(outliersTab)),
                new OutliersView(outliers)};
    }

    public Parent load() {
        return Fxml.load(this);
    }

    @FXML
    private void initialize() {
        BuiltAhead.orLater(() -> page.getChildren().add(0, Fxml.load(choices)));
        LazyTabs.load(adviceTab, tabViews[0]);
        LazyTabs.load(previewTab, tabViews[1]);
        LazyTabs.load(outliersTab, tabViews[2]);
        outliersTab.textProperty().bind(outliers.tabTitleProperty());
        vm.previewProperty().subscribe(p -> {
            if (p != null) {
                tabs.getSelectionModel().select(previewTab);
            }
        });
    }

    /** Shows the report tab whose title starts with {@code title} ("Table check", "Preview", "Outliers"). */
    public void showTab(String title) {
        tabs.getTabs().stream().filter(t -> t.getText().startsWith(title)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }
}
