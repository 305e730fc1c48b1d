package io.segmenta.ui;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Parts of a page that load in a wait of their own when the page is built ahead ({@link PagesAhead}), and at
 * once otherwise: a page built ahead then holds the window for its own FXML only. On the built-in sample the
 * Segment page's building held the window 100-130 ms, 26 ms of it its tab on show; Prepare's 95-112 ms, most
 * of it its choices. Used on the JavaFX thread only.
 */
public final class BuiltAhead {
    /** While a page is built ahead ({@link #collecting}): where its parts' loads go; else null. */
    private static Collection<Runnable> later;

    private BuiltAhead() {
    }

    /**
     * Runs {@code load} now or, while a page is built ahead, in a later wait (before the page is styled or
     * shown). The load must find the page as its building left it: it adds a part, it does not replace one.
     */
    public static void orLater(Runnable load) {
        Objects.requireNonNull(load, "load");
        if (later != null) {
            later.add(load);
        } else {
            load.run();
        }
    }

    /** Runs {@code build} with the loads it hands to {@link #orLater} added to {@code loads} instead of run. */
    static <T> T collecting(Collection<Runnable> loads, Supplier<T> build) {
        Collection<Runnable> outer = later;
        later = Objects.requireNonNull(loads, "loads");
        try {
            return build.get();
        } finally {
            later = outer;
        }
    }
}
