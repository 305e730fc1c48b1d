package io.segmenta.ui.prepare;

import static io.segmenta.ui.prepare.PrepTexts.summarize;

import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.PreparedFeatures;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Prepare step's preview: the preparation on show, the choices it was made of and its summary. On a
 * large table it holds one preparation at most: a large preview is let go before the next preparation is
 * made, by the next preview or by a run of other choices.
 */
final class PreparationPreview {
    /**
     * A preview of more prepared cells than this (80 MB) is let go when the next preparation starts, instead
     * of when it is ready: on 10,000,000 x 6 a preparation is 480 MB, and holding the old one while making
     * the new one ran the window out of memory at -Xmx4g. Smaller previews stay on show meanwhile. (Tests
     * lower it.)
     */
    long letGoCells = 10_000_000;
    final ReadOnlyObjectWrapper<PreparedFeatures> shown;
    final ReadOnlyObjectWrapper<PrepSpec> spec;
    final ReadOnlyStringWrapper summary;

    /** @param bean the view-model whose properties these are */
    PreparationPreview(Object bean) {
        shown = new ReadOnlyObjectWrapper<>(bean, "preview");
        spec = new ReadOnlyObjectWrapper<>(bean, "previewSpec");
        summary = new ReadOnlyStringWrapper(bean, "previewSummary", "");
    }

    /** Shows {@code p}, the preparation of {@code made}. */
    void show(PrepSpec made, PreparedFeatures p) {
        spec.set(made);
        summary.set(summarize(p.report(), p.cols()));
        shown.set(p);
    }

    /** No preview (another table). */
    void clear() {
        shown.set(null);
        spec.set(null);
        summary.set("");
    }

    /** True when there is a preview and it was not made of {@code choices}. */
    boolean staleFor(PrepSpec choices) {
        return shown.get() != null && !Objects.equals(spec.get(), choices);
    }

    /**
     * A run is about to prepare {@code next}: a large preview of other choices is let go (it no longer
     * matches, and the run needs the memory); one of the same choices is the run's own preparation.
     */
    void letGoUnless(PrepSpec next) {
        if (!Objects.equals(spec.get(), next)) {
            letGoIfLarge();
        }
    }

    /** Lets the preview go when it holds more than {@link #letGoCells} prepared cells. */
    void letGoIfLarge() {
        PreparedFeatures p = shown.get();
        if (p != null && (long) p.rows() * p.cols() > letGoCells) {
            shown.set(null);
        }
    }
}
