package io.segmenta.ui.segment;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Dendrogram tab, bound to {@link DendrogramViewModel}: the tree of merges, cut where the segments are. */
public final class DendrogramView {
    private final DendrogramViewModel vm;
    private final ChartExports exports;

    @FXML private VBox dendrogramPane;
    @FXML private VBox dendrogramEmpty;
    @FXML private Label dendrogramNote;
    @FXML private StackPane dendrogramExportHolder;
    @FXML private DendrogramChart dendrogram;

    DendrogramView(DendrogramViewModel vm, ChartExports exports) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.exports = Objects.requireNonNull(exports, "exports");
    }

    @FXML
    private void initialize() {
        dendrogram.dataProperty().bind(vm.treeProperty());
        dendrogramNote.textProperty().bind(vm.noteProperty());
        dendrogramPane.visibleProperty().bind(dendrogram.dataProperty().isNotNull());
        dendrogramEmpty.visibleProperty().bind(dendrogram.dataProperty().isNull());
        dendrogram.setOnCut(vm::cutAt);
        exports.addExport(dendrogramExportHolder, dendrogram, "dendrogram");
    }
}
