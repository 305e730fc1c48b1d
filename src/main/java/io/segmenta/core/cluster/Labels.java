package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Objects;

/** Checks of a labelling shared by the validity indices. */
final class Labels {
    private Labels() {
    }

    /** Rows per label; throws IllegalArgumentException for a labelling that does not fit x and k. */
    static int[] counts(DataMatrix x, int[] labels, int k) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(labels, "labels");
        if (labels.length != x.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + x.rows() + " rows");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k = " + k);
        }
        int[] counts = new int[k];
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < 0 || l >= k) {
                throw new IllegalArgumentException("label " + l + " of row " + i + " is outside 0.." + (k - 1));
            }
            counts[l]++;
        }
        return counts;
    }

    static int nonEmpty(int[] counts) {
        int n = 0;
        for (int c : counts) {
            if (c > 0) {
                n++;
            }
        }
        return n;
    }

    /** scikit-learn's check: 2 <= segments <= rows - 1. */
    static boolean defined(int segments, int rows) {
        return segments >= 2 && segments <= rows - 1;
    }

    /** Throws the user-facing message when an index is not defined for this labelling. */
    static void requireDefined(String index, int segments, int rows) {
        if (segments < 2) {
            throw new SegmentaException("The " + index + " compares segments, so it needs at least 2 non-empty"
                    + " segments; this segmentation has " + segments + ". Choose k = 2 or more.");
        }
        if (segments > rows - 1) {
            throw new SegmentaException("The " + index + " needs fewer segments than customers; this segmentation"
                    + " puts " + rows + " customer" + (rows == 1 ? "" : "s") + " into " + segments
                    + " segments. Choose k below " + rows + ".");
        }
    }
}
