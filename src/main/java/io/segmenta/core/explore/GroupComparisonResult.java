package io.segmenta.core.explore;

import java.util.List;

/**
 * A numeric column compared across groups: the figures of each group with values (for box plots, in
 * group order) and the test of their difference.
 *
 * @param column   the numeric column
 * @param grouping what the groups are ("Genre", "Segment")
 * @param groups   groups that have at least one value, in group order
 * @param empty    names of groups without any value (left out of the plot and the test)
 * @param test     the test chosen by the family and the number of groups
 */
public record GroupComparisonResult(String column, String grouping, List<GroupStats> groups, List<String> empty,
                                    TestResult test) {
    public GroupComparisonResult {
        groups = List.copyOf(groups);
        empty = List.copyOf(empty);
    }

    /** The figures of the group called {@code name}, or null. */
    public GroupStats group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst().orElse(null);
    }
}
