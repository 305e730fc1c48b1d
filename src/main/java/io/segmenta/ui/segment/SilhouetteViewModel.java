package io.segmenta.ui.segment;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/** The Silhouette tab's state: what its empty page says and whether the silhouettes can be started from it. */
public final class SilhouetteViewModel {
    private final SegmentVisuals visuals;
    private final StringBinding emptyTitle;
    private final BooleanBinding startable;

    public SilhouetteViewModel(SegmentViewModel vm) {
        Objects.requireNonNull(vm, "vm");
        this.visuals = vm.visuals();
        emptyTitle = Bindings.createStringBinding(() -> {
            var r = vm.resultProperty().get();
            return r == null ? "No segments yet" : r.k() < 2 ? "One segment has no silhouettes"
                    : visuals.silhouetteRunningProperty().get() ? "Computing each customer's silhouette…"
                    : "Silhouettes not computed";
        }, vm.resultProperty(), visuals.silhouetteRunningProperty());
        startable = Bindings.createBooleanBinding(
                () -> vm.resultProperty().get() != null && vm.resultProperty().get().k() >= 2
                        && !visuals.silhouetteRunningProperty().get(),
                vm.resultProperty(), visuals.silhouetteRunningProperty());
    }

    /** Starts computing the silhouettes of the current result, unless they are there or running. */
    public void load() {
        visuals.loadSilhouettes();
    }

    /** "No segments yet", "Computing each customer's silhouette…" and so on. */
    public StringBinding emptyTitleProperty() {
        return emptyTitle;
    }

    /** True when there is a result of two or more segments and its silhouettes are not being computed. */
    public BooleanBinding startableProperty() {
        return startable;
    }
}
