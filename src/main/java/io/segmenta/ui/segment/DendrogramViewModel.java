package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.ui.Formats;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Dendrogram tab's state: the tree of the current hierarchical segmentation with its cut, the note
 * above it, and whether the tab is offered at all (a hierarchical method chosen or shown).
 */
public final class DendrogramViewModel {
    private final SegmentViewModel vm;
    private final ReadOnlyObjectWrapper<DendrogramChart.Tree> tree = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final BooleanBinding offered;

    public DendrogramViewModel(SegmentViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
        var hierarchicalMethod = vm.method().algorithmProperty().isEqualTo(Algorithm.HIERARCHICAL);
        BooleanBinding hierarchicalResult = Bindings.createBooleanBinding(() ->
                vm.resultProperty().get() != null && vm.resultProperty().get().clustering().hierarchy().isPresent(),
                vm.resultProperty());
        offered = hierarchicalMethod.or(hierarchicalResult);
        vm.resultProperty().subscribe(this::show);
    }

    private void show(SegmentationResult r) {
        var h = r == null ? Optional.<io.segmenta.core.cluster.HierarchicalDetails>empty()
                : r.clustering().hierarchy();
        if (h.isEmpty()) {
            tree.set(null);
            note.set("");
        } else {
            var spec = (HierarchicalSpec) r.spec().algorithm();
            tree.set(new DendrogramChart.Tree(h.get().tree(), r.clustering().labels(), r.k(), h.get().cutHeight(),
                    spec.linkage().label()));
            note.set(r.spec().algorithm().describe() + " · " + Formats.plural(r.features().rows(), "customer",
                    "customers") + ". Branches below the cut line have their segment's colour. Click a height to "
                    + "cut there, then press Segment.");
        }
    }

    /** Sets the method's cut to a height clicked on the tree. */
    public void cutAt(double height) {
        vm.method().cutAt(height);
        var t = tree.get();
        if (t != null) {
            note.set("The cut is set to height " + MethodChoice.format(height) + " ("
                    + Formats.plural(t.tree().clustersAt(height), "segment", "segments")
                    + "): press Segment to cut there.");
        }
    }

    public ReadOnlyObjectProperty<DendrogramChart.Tree> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while the Dendrogram tab belongs among the tabs. */
    public BooleanBinding offeredProperty() {
        return offered;
    }
}
