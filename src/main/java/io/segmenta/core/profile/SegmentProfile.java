package io.segmenta.core.profile;

import java.util.Map;

/**
 * What one segment looks like, in original units.
 *
 * @param segment     the 0-based segment label (users see {@code segment + 1})
 * @param name        the automatic plain-words name, e.g. "High income, low spending"
 * @param size        customers in the segment
 * @param share       size / segmented customers, 0..1
 * @param means       mean of every numeric column, in column order
 * @param categoryMix for every categorical column with a few levels: level -> share within the segment
 * @param differences for every numeric column: (segment mean - table mean) / table standard deviation
 */
public record SegmentProfile(int segment, String name, int size, double share, Map<String, Double> means,
                             Map<String, Map<String, Double>> categoryMix, Map<String, Double> differences) {
    /** The number users see: {@code segment + 1}. */
    public int number() {
        return segment + 1;
    }

    /** A copy with another name (the analyst's edit). */
    public SegmentProfile withName(String newName) {
        return new SegmentProfile(segment, newName, size, share, means, categoryMix, differences);
    }
}
