package io.segmenta.core.explore;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.CategoricalColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits the rows of a table into named groups: the levels of a categorical column (Gender), or
 * the segments of a segmentation. Each row has a group code 0..{@code groupCount() - 1}, or -1 when
 * it belongs to no group (a missing category, an unsegmented or noise customer).
 */
public final class Grouping {
    private final String name;
    private final List<String> groups;
    /** One code per row; below -1 reads as -1 (a segmentation's noise, -2, is no group either). */
    private final int[] codes;

    /**
     * @param name   what the grouping is called ("Genre", "Segment")
     * @param groups group names, indexed by code
     * @param codes  one code per row, -1 for none (copied)
     */
    public Grouping(String name, List<String> groups, int[] codes) {
        this(name, groups, codes.clone(), true);
        for (int c : this.codes) {
            if (c >= this.groups.size()) {
                throw new IllegalArgumentException("group code " + c + " has no name in " + this.groups);
            }
        }
    }

    /** Keeps {@code codes} as given: the caller has checked them and does not change them. */
    private Grouping(String name, List<String> groups, int[] codes, boolean owned) {
        this.name = Objects.requireNonNull(name, "name");
        this.groups = List.copyOf(groups);
        this.codes = codes;
    }

    /** The levels of a categorical column, in the column's level order. */
    public static Grouping of(CategoricalColumn column) {
        int[] codes = new int[column.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = column.code(i);
        }
        return new Grouping(column.name(), column.levels(), codes, true);
    }

    /**
     * Segments numbered from 0 (labels below 0 are unsegmented), named "Segment 1", "Segment 2", ...
     * after their number plus one, as the app shows them.
     */
    public static Grouping segments(int[] labels) {
        int k = 0;
        for (int l : labels) {
            k = Math.max(k, l + 1);
        }
        List<String> names = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            names.add("Segment " + (i + 1));
        }
        return new Grouping("Segment", names, labels, true); // a name for every label, by construction
    }

    /**
     * Segments numbered from 0 (labels below 0 are unsegmented) with the given names, for example
     * the plain-words names of the segment profiles. The labels are checked, not copied: they must not
     * change afterwards.
     *
     * @throws SegmentaException when a label has no name
     */
    public static Grouping segments(int[] labels, List<String> names) {
        int highest = -1;
        for (int l : labels) {
            highest = Math.max(highest, l);
        }
        if (highest >= names.size()) {
            throw new SegmentaException("Segment " + (highest + 1) + " has no name: " + names.size()
                    + " names were given for the segments.");
        }
        return new Grouping("Segment", names, labels, true);
    }

    /**
     * The segments of a segmentation with the given names (at least one per segment), for example the
     * plain-words names of the segment profiles. Neither copies nor checks the labels, which are the
     * segmentation's own and lie in 0..k-1 (its profiles counted them): the window makes this grouping on
     * its own thread whenever segments or their names change, where a pass over 10,000,000 labels, run
     * before the JIT compiled it, took up to 0.08 s.
     *
     * @throws SegmentaException when there are fewer names than segments
     */
    public static Grouping segments(SegmentationResult result, List<String> names) {
        if (names.size() < result.k()) {
            throw new SegmentaException("Segment " + (names.size() + 1) + " has no name: " + names.size()
                    + " names were given for the segments.");
        }
        return new Grouping("Segment", names, result.segmentOfRow(), true);
    }

    /** What the grouping is called ("Genre", "Segment"). */
    public String name() {
        return name;
    }

    /** Group names, indexed by code. */
    public List<String> groups() {
        return groups;
    }

    /** Number of groups (some may be empty). */
    public int groupCount() {
        return groups.size();
    }

    /** Number of rows. */
    public int size() {
        return codes.length;
    }

    /** Group code of {@code row}, -1 for none. */
    public int code(int row) {
        return Math.max(-1, codes[row]);
    }

    /**
     * The present values of {@code values} (one per row, NaN = missing) split by group, indexed by
     * group code; rows without a group are left out.
     */
    public double[][] split(double[] values) {
        if (values.length != codes.length) {
            throw new IllegalArgumentException("values have " + values.length + " rows, grouping " + codes.length);
        }
        int[] counts = new int[groups.size()];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] >= 0 && !Double.isNaN(values[i])) {
                counts[codes[i]]++;
            }
        }
        double[][] out = new double[groups.size()][];
        for (int g = 0; g < out.length; g++) {
            out[g] = new double[counts[g]];
        }
        int[] fill = new int[groups.size()];
        for (int i = 0; i < codes.length; i++) {
            int g = codes[i];
            if (g >= 0 && !Double.isNaN(values[i])) {
                out[g][fill[g]++] = values[i];
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Grouping[" + name + ", " + groups + ", " + codes.length + " rows]";
    }
}
