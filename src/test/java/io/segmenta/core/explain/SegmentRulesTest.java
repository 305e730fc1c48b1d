package io.segmenta.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The rules' training sample and their tally over all customers, on tables above the sampling size. */
class SegmentRulesTest {
    @Test
    void theTrainingSampleIsTheSeededStreamsFirstDistinctDraws() {
        // the definition the rules were grown on before the sample was drawn without a boxed set:
        // a project's rules must not change with the way the sample is drawn
        for (long seed : new long[] {42, 1, 7_654_321}) {
            for (int n : new int[] {100_001, 250_000, 1_000_000}) {
                int[] expected = new SplittableRandom(seed).ints(0, n).distinct().limit(SegmentRules.MAX_TRAINING_ROWS)
                        .sorted().toArray();
                assertArrayEquals(expected, SegmentRules.sample(seed, n, SegmentRules.MAX_TRAINING_ROWS),
                        "seed " + seed + ", " + n + " customers");
            }
        }
    }

    @Test
    void theTallyOverAllCustomersIsEachCustomersWalkDownTheTree() {
        // 180,000 noisy customers in 4 classes from 3 features: the tree is grown a feature per core
        // and the tally counted a block of customers per core
        int n = 180_000;
        SplittableRandom random = new SplittableRandom(3);
        double[][] columns = new double[3][n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            classes[i] = random.nextInt(4);
            for (int f = 0; f < 3; f++) {
                columns[f][i] = Math.round((classes[i] * (f + 1) + 3 * random.nextGaussian()) * 100) / 100.0;
            }
        }
        DecisionTree.Node root = DecisionTree.fit(columns, classes, 4, 3, CancellationToken.NONE);
        List<DecisionTree.Node> leaves = new ArrayList<>();
        SegmentRules.collectLeaves(root, leaves);
        assertEquals(8, leaves.size(), "a full tree of depth 3 on noisy classes");

        int[][] expected = new int[leaves.size()][2];
        double[] values = new double[3];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                values[f] = columns[f][i];
            }
            DecisionTree.Node leaf = DecisionTree.leaf(root, values);
            int l = leaves.indexOf(leaf);
            expected[l][0]++;
            if (leaf.majority() == classes[i]) {
                expected[l][1]++;
            }
        }
        int[][] tally = SegmentRules.tally(root, leaves, columns, classes);
        for (int l = 0; l < leaves.size(); l++) {
            assertArrayEquals(expected[l], tally[l], "leaf " + l);
            assertEquals(leaves.get(l).size(), tally[l][0], "the tree was grown on all of them: leaf " + l);
        }
    }
}
