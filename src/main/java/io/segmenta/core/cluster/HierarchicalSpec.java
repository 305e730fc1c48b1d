package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;
import java.util.Objects;

/**
 * Agglomerative hierarchical clustering ({@link Hierarchical}), cut by a number of segments or by a
 * height.
 *
 * @param linkage how the distance between groups is measured
 * @param k       number of segments; 0 to cut by {@code height} instead
 * @param height  used when k is 0: every merge at a height of at most this value is kept (SciPy's
 *                {@code fcluster(Z, height, criterion="distance")}); heights are on SciPy's scale
 *                (see {@link MergeTree}). Ignored (use 0) when k is given
 */
public record HierarchicalSpec(Linkage linkage, int k, double height) implements AlgorithmSpec {
    public HierarchicalSpec {
        Objects.requireNonNull(linkage, "linkage");
        if (k < 0) {
            throw new SegmentaException("The number of segments k must be at least 1, or 0 to cut the tree by height"
                    + " (got " + k + ").");
        }
        if (k == 0 && !(height >= 0 && Double.isFinite(height))) {
            throw new SegmentaException("Cutting the tree by height needs a height of 0 or more (got " + height
                    + "). Give a height, or a number of segments instead.");
        }
    }

    /** Cut into {@code k} segments. */
    public static HierarchicalSpec byK(Linkage linkage, int k) {
        if (k < 1) {
            throw new SegmentaException("The number of segments k must be at least 1 (got " + k + ").");
        }
        return new HierarchicalSpec(linkage, k, 0);
    }

    /** Cut at {@code height}: as many segments as remain when every merge above it is undone. */
    public static HierarchicalSpec byHeight(Linkage linkage, double height) {
        return new HierarchicalSpec(linkage, 0, height);
    }

    /** Whether the tree is cut by height rather than by a number of segments. */
    public boolean cutByHeight() {
        return k == 0;
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.HIERARCHICAL;
    }

    @Override
    public HierarchicalSpec withK(int newK) {
        return byK(linkage, newK);
    }

    @Override
    public String describe() {
        return "hierarchical (" + linkage.label() + "), " + (cutByHeight()
                ? String.format(Locale.ROOT, "cut at height %.4g", height) : "k = " + k);
    }
}
