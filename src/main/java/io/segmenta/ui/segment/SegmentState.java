package io.segmenta.ui.segment;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.Linkage;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.projectfile.ProjectRun;
import io.segmenta.core.projectfile.WindowChoices;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Segment step's choices for a project file: the ticked features, the method and its parameters
 * as typed, k, the seed and the range of k. Reads and sets them through the step's public properties;
 * a reopened project's runs go back through {@link #restoreRuns}.
 */
public final class SegmentState {
    private SegmentState() {
    }

    /** The choices as they are now. */
    public static WindowChoices.Segment snapshot(SegmentViewModel vm) {
        MethodChoice m = vm.method();
        return new WindowChoices.Segment(m.algorithm().name(), m.linkageProperty().get().name(),
                m.cutByHeightProperty().get(), m.heightTextProperty().get(), m.epsTextProperty().get(),
                m.minSamplesTextProperty().get(), m.covarianceProperty().get().name(), vm.kProperty().get(),
                vm.seedTextProperty().get(), vm.kRange().fromProperty().get(), vm.kRange().toProperty().get());
    }

    /** Sets the choices; a name this Segmenta does not know leaves its choice as it is. */
    public static void restore(SegmentViewModel vm, WindowChoices.Segment s) {
        if (s == null) {
            return;
        }
        MethodChoice m = vm.method();
        set(Algorithm.class, s.method(), m.algorithmProperty()::set);
        set(Linkage.class, s.linkage(), m.linkageProperty()::set);
        set(Covariance.class, s.covariance(), m.covarianceProperty()::set);
        m.cutByHeightProperty().set(s.cutByHeight());
        setText(s.height(), m.heightTextProperty()::set);
        setText(s.eps(), m.epsTextProperty()::set);
        setText(s.minSamples(), m.minSamplesTextProperty()::set);
        setText(s.seed(), vm.seedTextProperty()::set);
        vm.kProperty().set(s.k());
        vm.kRange().toProperty().set(KRange.MAX);
        vm.kRange().fromProperty().set(s.kFrom());
        vm.kRange().toProperty().set(s.kTo());
    }

    /**
     * Keeps the runs {@code saved} (computed again on {@code d} as {@code results}) under their numbers,
     * names and descriptions, and shows run {@code selected} (PCA and profile in the background);
     * {@code shown} runs once it is on show, or at once when none is selected.
     */
    public static void restoreRuns(SegmentViewModel vm, Dataset d, List<ProjectRun> saved,
                                   List<SegmentationResult> results, int selected, Runnable shown) {
        SegmentationRun run = vm.keptRuns().restore(d, saved, results, SegmentViewModel::automaticNames, selected);
        if (run == null) {
            shown.run();
            return;
        }
        vm.show(run, shown);
    }

    /** Ticks exactly {@code features} among the checklist's entries. */
    public static void restoreFeatures(SegmentViewModel vm, List<String> features) {
        if (features == null) {
            return;
        }
        Set<String> ticked = new HashSet<>(features);
        vm.features().choices().forEach(f -> f.setSelected(ticked.contains(f.name())));
    }

    private static <E extends Enum<E>> void set(Class<E> type, String name, java.util.function.Consumer<E> to) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                to.accept(e);
            }
        }
    }

    private static void setText(String text, java.util.function.Consumer<String> to) {
        if (text != null) {
            to.accept(text);
        }
    }
}
