package io.segmenta.core.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one segment looks like, in original units.
 *
 * @param segment     the 0-based segment label (users see {@code segment + 1}); -1 for the profile
 *                    of all segmented customers together ({@link SegmentProfiler#whole})
 * @param name        the automatic plain-words name, e.g. "High income, low spending"
 * @param size        customers in the segment
 * @param share       size / segmented customers, 0..1
 * @param means       mean of every numeric column, in column order
 * @param categoryMix for every categorical column with a few levels: level -> share within the segment
 * @param differences for every numeric column: (segment mean - table mean) / table standard deviation
 * @param boxes       for every numeric column: quartiles, median, whiskers (the box plot figures)
 * @param description the analyst's free description ("" until one is written)
 */
public record SegmentProfile(int segment, String name, int size, double share, Map<String, Double> means,
                             Map<String, Map<String, Double>> categoryMix, Map<String, Double> differences,
                             Map<String, BoxStats> boxes, String description) {
    public SegmentProfile {
        Objects.requireNonNull(means, "means");
        Objects.requireNonNull(categoryMix, "categoryMix");
        Objects.requireNonNull(differences, "differences");
        boxes = boxes == null ? Map.of() : boxes;
        description = description == null ? "" : description;
    }

    /** A profile without box figures or description (as before medians were profiled). */
    public SegmentProfile(int segment, String name, int size, double share, Map<String, Double> means,
                          Map<String, Map<String, Double>> categoryMix, Map<String, Double> differences) {
        this(segment, name, size, share, means, categoryMix, differences, Map.of(), "");
    }

    /** The number users see: {@code segment + 1}. */
    public int number() {
        return segment + 1;
    }

    /** Median of every numeric column that has box figures, in column order. */
    public Map<String, Double> medians() {
        Map<String, Double> out = new LinkedHashMap<>();
        boxes.forEach((column, box) -> out.put(column, box.median()));
        return Collections.unmodifiableMap(out);
    }

    /** The median of {@code column}, NaN when unknown. */
    public double median(String column) {
        BoxStats b = boxes.get(column);
        return b == null ? Double.NaN : b.median();
    }

    /** A copy with another name (the analyst's edit). */
    public SegmentProfile withName(String newName) {
        return new SegmentProfile(segment, newName, size, share, means, categoryMix, differences, boxes, description);
    }
}
