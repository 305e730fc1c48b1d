package io.segmenta.ui.segment;

import io.segmenta.core.project.PcaResult;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** The PCA tab's state: the projection of the current segmentation's features and the sentence summing it up. */
public final class PcaViewModel {
    private final SegmentVisuals visuals;
    private final StringBinding summary;

    public PcaViewModel(SegmentViewModel vm) {
        this.visuals = Objects.requireNonNull(vm, "vm").visuals();
        summary = Bindings.createStringBinding(() -> summary(visuals.pcaProperty().get()), visuals.pcaProperty());
    }

    /** "3 prepared features. PC1 explains 52.1% of the variance, PC1 and PC2 together 80.3%, …" */
    static String summary(PcaResult pca) {
        if (pca == null) {
            return "";
        }
        int d = pca.dimensions();
        double[] cum = pca.cumulativeRatio();
        return d == 1 ? "One feature: one component." : String.format(Locale.ROOT,
                "%d prepared features. PC1 explains %.1f%% of the variance%s.", d,
                100 * pca.explainedVarianceRatio()[0], d >= 2 ? String.format(Locale.ROOT,
                        ", PC1 and PC2 together %.1f%%%s", 100 * cum[1], d >= 3 ? String.format(Locale.ROOT,
                                ", the first three %.1f%%", 100 * cum[2]) : "") : "");
    }

    public ReadOnlyObjectProperty<PcaResult> pcaProperty() {
        return visuals.pcaProperty();
    }

    public StringBinding summaryProperty() {
        return summary;
    }
}
