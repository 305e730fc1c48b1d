package io.segmenta.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.AdjustedRand;
import io.segmenta.core.data.CategoricalColumn;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules tree against scikit-learn 1.2.1's {@code DecisionTreeClassifier(max_depth=3)} on the Mall
 * data. The expected splits were printed by {@code src/test/resources/io/segmenta/core/explain/tree_reference.py}
 * (depth-first, left before right).
 */
class DecisionTreeTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    /** Income and Spending predicting the k = 5 labels of the reference. */
    private static final List<String> INCOME_SPENDING = List.of("Income <= 69.5", "Income <= 39.5",
            "Spending <= 50.5", "leaf", "leaf", "Spending <= 75.5", "leaf", "leaf", "Spending <= 51.5",
            "Spending <= 33.0", "leaf", "leaf", "leaf");
    /** Gender from Age, Income and Spending: a noisy target, so many near-equal thresholds compete. */
    private static final List<String> GENDER_FROM_NUMBERS = List.of("Spending <= 15.5", "Income <= 29.0",
            "Age <= 61.0", "leaf", "leaf", "Age <= 42.0", "leaf", "leaf", "Age <= 20.5", "Income <= 64.5", "leaf",
            "leaf", "Age <= 68.5", "leaf", "leaf");

    private static Dataset mall() {
        return CsvImporter.read(SharedData.dataset(SharedData.MALL));
    }

    private static double[] values(Dataset d, String column) {
        return ((NumericColumn) d.column(column)).toArray();
    }

    private static int[] referenceLabels() {
        int[] labels = new int[200];
        var node = SharedData.mallReference().get("silhouette_fixed_labels").get("labels");
        for (int i = 0; i < labels.length; i++) {
            labels[i] = node.get(i).asInt();
        }
        return labels;
    }

    private static List<String> splits(DecisionTree.Node node, List<String> names) {
        List<String> out = new ArrayList<>();
        walk(node, names, out);
        return out;
    }

    private static void walk(DecisionTree.Node node, List<String> names, List<String> out) {
        if (node.isLeaf()) {
            out.add("leaf");
            return;
        }
        out.add(names.get(node.feature()) + " <= " + node.threshold());
        walk(node.left(), names, out);
        walk(node.right(), names, out);
    }

    @Test
    void splitsMatchScikitLearnOnTheMallSegments() {
        Dataset d = mall();
        DecisionTree.Node root = DecisionTree.fit(new double[][] {values(d, INCOME), values(d, SPENDING)},
                referenceLabels(), 5, 3, CancellationToken.NONE);
        assertEquals(INCOME_SPENDING, splits(root, List.of("Income", "Spending")));
    }

    @Test
    void splitsMatchScikitLearnOnANoisyTarget() {
        Dataset d = mall();
        CategoricalColumn gender = (CategoricalColumn) d.column("Genre");
        int male = gender.levels().indexOf("Male");
        int[] y = new int[d.rowCount()];
        for (int i = 0; i < y.length; i++) {
            y[i] = gender.code(i) == male ? 1 : 0;
        }
        DecisionTree.Node root = DecisionTree.fit(new double[][] {values(d, "Age"), values(d, INCOME),
                values(d, SPENDING)}, y, 2, 3, CancellationToken.NONE);
        assertEquals(GENDER_FROM_NUMBERS, splits(root, List.of("Age", "Income", "Spending")));
    }

    @Test
    void segmentaRulesOnMallKFiveAreScikitLearnsSplits() {
        Dataset d = mall();
        SegmentationResult r = Segmenter.segment(d, SegmentationSpec.of(List.of(INCOME, SPENDING), 5, 42),
                ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(1.0, AdjustedRand.index(r.clustering().labels(), referenceLabels()), 1e-12,
                "the k = 5 segments are the reference's");
        RuleSet rules = SegmentRules.of(d, r, CancellationToken.NONE);
        List<String> expected = INCOME_SPENDING.stream().map(s -> s.replace("Income", INCOME)
                .replace("Spending", SPENDING)).toList();
        assertEquals(expected, rules.splits());
        // seven leaves, one rule each; every segment has at least one rule
        assertEquals(7, rules.rules().size());
        for (int s = 0; s < 5; s++) {
            assertEquals(true, !rules.rulesFor(s).isEmpty(), "segment " + (s + 1) + " has a rule");
        }
        int covered = rules.rules().stream().mapToInt(SegmentRule::customers).sum();
        assertEquals(200, covered);
        assertEquals(rules.correct(), rules.rules().stream().mapToInt(SegmentRule::correct).sum());
        assertEquals(true, rules.accuracy() > 0.9, rules.summary());
        // the high-income, high-spending rule reads as the analyst would write it
        assertEquals(true, rules.rules().stream().anyMatch(rule -> rule.text().equals(INCOME + " > 69.5 and "
                + SPENDING + " > 51.5")), rules.rules().toString());
    }
    /** The primitive order agrees with a comparator sort on values that defeat a sort by upper bits alone. */
    @Test
    void ascendingOrderIsTheValuesOrder() {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
        for (int n : new int[] {1, 2, 3, 1000, 70_000}) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = switch (i % 6) {
                    case 0 -> rng.nextInt(20) - 10; // ties
                    case 1 -> 1e6 + Math.ulp(1e6) * rng.nextInt(1 << 16); // distinct only in the lowest bits
                    case 2 -> -1e6 - Math.ulp(1e6) * rng.nextInt(1 << 16);
                    case 3 -> rng.nextBoolean() ? -0.0 : 0.0;
                    case 4 -> rng.nextGaussian() * 1e-300;
                    default -> rng.nextDouble() * 1e300 - 5e299;
                };
            }
            int[] order = DecisionTree.ascending(col);
            double[] got = new double[n];
            for (int p = 0; p < n; p++) {
                got[p] = col[order[p]];
            }
            double[] want = col.clone();
            java.util.Arrays.sort(want);
            assertEquals(n, java.util.Arrays.stream(order).distinct().count(), "a permutation");
            org.junit.jupiter.api.Assertions.assertArrayEquals(want, got, "n = " + n);
        }
    }
}
