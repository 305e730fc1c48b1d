package io.segmenta.core.explain;

import java.util.List;

/**
 * One leaf of the rules tree: the customers who meet every condition are predicted to be in
 * {@code segment}.
 *
 * @param segment    the 0-based segment the rule points to
 * @param conditions the conditions, all of which hold ("Annual Income (k$) > 69.5")
 * @param customers  customers who meet the conditions
 * @param correct    of them, those who are in {@code segment}
 */
public record SegmentRule(int segment, List<String> conditions, int customers, int correct) {
    public SegmentRule {
        conditions = List.copyOf(conditions);
    }

    /** The conditions joined with "and"; "every customer" for a tree without splits. */
    public String text() {
        return conditions.isEmpty() ? "every customer" : String.join(" and ", conditions);
    }

    /** correct / customers. */
    public double precision() {
        return customers == 0 ? 0 : (double) correct / customers;
    }
}
