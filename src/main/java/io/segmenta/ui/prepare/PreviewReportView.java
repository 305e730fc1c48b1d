package io.segmenta.ui.prepare;

import static io.segmenta.ui.prepare.ReportTables.fitRows;
import static io.segmenta.ui.prepare.ReportTables.number;
import static io.segmenta.ui.prepare.ReportTables.section;
import static io.segmenta.ui.prepare.ReportTables.text;

import io.segmenta.core.prep.DerivationKind;
import io.segmenta.core.prep.DerivedFeatureReport;
import io.segmenta.core.prep.ExcludedFeature;
import io.segmenta.core.prep.LevelMerge;
import io.segmenta.core.prep.MissingValueReport;
import io.segmenta.core.prep.OutlierReport;
import io.segmenta.core.prep.PreparationReport;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.ui.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Preview tab, bound to {@link PrepareViewModel}: what the latest preview did, choice by choice
 * (missing values, features left out, rare levels merged, derived features, outliers) and in words.
 */
public final class PreviewReportView {
    private final PrepareViewModel vm;
    private final Runnable showOutliers;

    @FXML private ScrollPane previewScroll;
    @FXML private VBox previewEmpty;
    @FXML private HBox staleBar;
    @FXML private Label previewSummary;
    @FXML private Label previewFeatures;
    @FXML private VBox missingSection;
    @FXML private TableView<MissingValueReport> missingTable;
    @FXML private VBox excludedSection;
    @FXML private VBox excludedList;
    @FXML private VBox mergeSection;
    @FXML private TableView<LevelMerge> mergeTable;
    @FXML private VBox derivedSection;
    @FXML private TableView<DerivedFeatureReport> derivedTable;
    @FXML private VBox outlierSection;
    @FXML private Label outlierSummary;
    @FXML private VBox notesSection;
    @FXML private VBox notesList;

    /** @param showOutliers shows the Outliers tab */
    PreviewReportView(PrepareViewModel vm, Runnable showOutliers) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.showOutliers = Objects.requireNonNull(showOutliers, "showOutliers");
    }

    @FXML
    private void initialize() {
        buildTables();
        vm.previewProperty().subscribe(this::showPreview);
        staleBar.visibleProperty().bind(vm.staleProperty());
        staleBar.managedProperty().bind(staleBar.visibleProperty());
        previewSummary.textProperty().bind(vm.previewSummaryProperty());
        previewFeatures.textProperty().bind(vm.previewProperty().map(PreviewReportView::featuresLine).orElse(""));
    }

    /** "Features (4, standard scaling): Age, Income, …" */
    static String featuresLine(PreparedFeatures p) {
        return "Features (" + p.cols() + ", " + p.report().scaling().label() + " scaling): "
                + String.join(", ", p.featureNames());
    }

    private void buildTables() {
        missingTable.getColumns().setAll(List.of(
                text("Feature", MissingValueReport::feature, 150),
                text("Choice", m -> m.used().label() + (m.used().method() != m.asked().method()
                        ? " (asked: " + m.asked().label() + ")" : ""), 120),
                text("Filled with", m -> m.fillValue() == null ? "" : m.fillValue(), 100),
                number("Missing", m -> Formats.count(m.missingCells()), 80),
                number("Filled", m -> Formats.count(m.cellsFilled()), 80),
                number("Rows dropped", m -> Formats.count(m.rowsDropped()), 120)));
        mergeTable.getColumns().setAll(List.of(
                text("Column", LevelMerge::column, 150),
                text("Merged levels (customers)", m -> {
                    List<String> parts = new ArrayList<>();
                    m.levels().forEach((l, c) -> parts.add(l + " " + c));
                    return String.join(", ", parts);
                }, 260),
                text("Into", LevelMerge::into, 80),
                number("Customers", m -> Formats.count(m.rows()), 90)));
        derivedTable.getColumns().setAll(List.of(
                text("Feature", DerivedFeatureReport::feature, 210),
                text("Counted to", r -> r.reference() + (r.referenceDefaulted()
                        ? (r.derivation().kind() == DerivationKind.TENURE_DAYS ? " (latest date in the column)"
                        : " (year of the latest date)") : " (given)"), 260),
                number("From", r -> number(r.min()), 80),
                number("To", r -> number(r.max()), 80)));
        for (TableView<?> t : List.of(missingTable, mergeTable, derivedTable)) {
            fitRows(t);
        }
    }

    private void showPreview(PreparedFeatures p) {
        previewScroll.setVisible(p != null);
        previewEmpty.setVisible(p == null);
        if (p == null) {
            for (TableView<?> t : List.of(missingTable, mergeTable, derivedTable)) {
                t.getItems().clear();
            }
            excludedList.getChildren().clear();
            notesList.getChildren().clear();
            return;
        }
        PreparationReport r = p.report();
        missingTable.getItems().setAll(r.missing());
        List<Node> left = new ArrayList<>();
        for (ExcludedFeature e : r.excluded()) {
            left.add(TableCheckView.adviceItem("mdi2m-minus-circle-outline", e.sentence()));
        }
        excludedList.getChildren().setAll(left);
        mergeTable.getItems().setAll(r.merges());
        derivedTable.getItems().setAll(r.derived());
        section(missingSection, !r.missing().isEmpty());
        section(excludedSection, !r.excluded().isEmpty());
        section(mergeSection, !r.merges().isEmpty());
        section(derivedSection, !r.derived().isEmpty());
        OutlierReport o = r.outliers();
        section(outlierSection, !o.policy().isOff());
        outlierSummary.setText(o.sentence());
        List<Node> notes = new ArrayList<>();
        for (String s : r.sentences()) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            notes.add(l);
        }
        notesList.getChildren().setAll(notes);
        section(notesSection, !notes.isEmpty());
        previewScroll.setVvalue(0);
    }

    @FXML
    private void showOutliers() {
        showOutliers.run();
    }
}
