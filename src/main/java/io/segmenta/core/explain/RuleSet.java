package io.segmenta.core.explain;

import io.segmenta.core.text.Texts;
import java.util.List;

/**
 * The rules of one segmentation.
 *
 * @param depth     the tree's maximum depth
 * @param rules     one per leaf, by segment and then by customers got right
 * @param customers customers the rules were checked on (the segmented ones, noise left out)
 * @param correct   of them, those whose rule points to their own segment
 * @param splits    the tree's splits depth-first, left before right ("Age <= 30.5", "Gender = Male" for
 *                  a level split, "leaf"): what tests compare with scikit-learn
 * @param note      how the tree was grown when that matters (a sample), else ""
 */
public record RuleSet(int depth, List<SegmentRule> rules, int customers, int correct, List<String> splits,
                      String note) {
    public RuleSet {
        rules = List.copyOf(rules);
        splits = List.copyOf(splits);
    }

    /** Share of customers the rules put in their own segment. */
    public double accuracy() {
        return customers == 0 ? 0 : (double) correct / customers;
    }

    /** The rules that point to {@code segment}. */
    public List<SegmentRule> rulesFor(int segment) {
        return rules.stream().filter(r -> r.segment() == segment).toList();
    }

    /** "These 6 rules put 187 of the 200 customers (93.5%) in their own segment." */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%s (a decision tree of depth %d on the original columns) put "
                + "%s of the %s customers (%s) in their own segment.", rules.size() == 1 ? "This rule"
                : "These " + rules.size() + " rules", depth, String.format(java.util.Locale.ROOT, "%,d", correct),
                String.format(java.util.Locale.ROOT, "%,d", customers), Texts.percentOneDecimal(accuracy()));
    }
}
