package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.testing.SharedData;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Hierarchical clustering of the Mall data against scikit-learn's AgglomerativeClustering. */
class HierarchicalMallTest {
    @ParameterizedTest
    @EnumSource(Linkage.class)
    void fiveSegmentsMatchScikitLearn(Linkage linkage) {
        JsonNode ref = SharedData.mallReference().path("hierarchical_income_spending_standardized")
                .path(linkage.name().toLowerCase(Locale.ROOT));
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        Clustering c = Hierarchical.fit(x, HierarchicalSpec.byK(linkage, 5), ProgressListener.NONE,
                CancellationToken.NONE);
        int[] want = new int[5];
        for (int s = 0; s < 5; s++) {
            want[s] = ref.path("sizes_desc").get(s).asInt();
        }
        assertArrayEquals(want, c.sizes(), linkage.label());
        assertEquals(ref.path("silhouette").asDouble(), Silhouette.mean(x, c.labels(), 5), 1e-9, linkage.label());
    }

    /**
     * Cut by height against SciPy 1.10.1: {@code fcluster(linkage(X, method), t, criterion="distance")}
     * on the standardised Income and Spending ({@code StandardScaler}); sizes descending, and the
     * five highest merges of {@code linkage(X, method)[-5:, 2]}.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "WARD; 2.0; 43 36 23 16 14 13 12 11 8 6 6 5 4 3; 4.354422154062321 9.45335290729604 10.141263141237042 15.186189387508165 15.62483742366264",
        "WARD; 5.0; 85 39 32 23 21; 4.354422154062321 9.45335290729604 10.141263141237042 15.186189387508165 15.62483742366264",
        "COMPLETE; 2.0; 79 36 31 23 21 7 3; 2.614036243781517 2.8637880291471687 3.7268698283069845 3.9092142408498356 5.501475005032088",
        "AVERAGE; 1.0; 79 29 28 21 12 11 8 5 4 3; 1.6659243964760229 1.7602880740269904 1.8171570744229604 2.214773777022208 2.31099589301666",
        "SINGLE; 0.3; 89 32 17 14 12 9 7 3 3 2 2 1 1 1 1 1 1 1 1 1 1; 0.5175078185564519 0.5191078371534682 0.5370407021791158 0.5462249937357122 0.5718364291710362"})
    void cutByHeightMatchesScipyFcluster(Linkage linkage, double height, String sizes, String topHeights) {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        Clustering c = Hierarchical.fit(x, HierarchicalSpec.byHeight(linkage, height), ProgressListener.NONE,
                CancellationToken.NONE);
        int[] want = Arrays.stream(sizes.split(" ")).mapToInt(Integer::parseInt).toArray();
        assertArrayEquals(want, c.sizes());
        assertEquals(height, c.hierarchy().orElseThrow().cutHeight(), 0.0);
        MergeTree tree = c.hierarchy().orElseThrow().tree();
        double[] top = Arrays.stream(topHeights.split(" ")).mapToDouble(Double::parseDouble).toArray();
        for (int i = 0; i < 5; i++) {
            assertEquals(top[i], tree.height()[tree.merges() - 5 + i], 1e-12 * top[i]);
        }
    }

    /** The tree a dendrogram draws: the top of it, the leaf order and cut heights that give k segments. */
    @org.junit.jupiter.api.Test
    void treeTopLeafOrderAndCutHeights() {
        DataMatrix x = Mall.standardized(Mall.INCOME, Mall.SPENDING);
        MergeTree tree = Hierarchical.tree(x, Linkage.WARD, ProgressListener.NONE, CancellationToken.NONE);
        assertEquals(199, tree.merges());
        assertEquals(200, tree.size()[198]);
        MergeTree top = tree.top(5);
        assertEquals(5, top.leaves());
        int[] leafSizes = top.leafSize().clone();
        Arrays.sort(leafSizes);
        assertArrayEquals(new int[] {21, 23, 32, 39, 85}, leafSizes);
        for (int i = 0; i < 4; i++) {
            assertEquals(tree.height()[195 + i], top.height()[i], 0.0);
        }
        assertEquals(200, top.size()[3]);
        int[] order = tree.leafOrder();
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 200; i++) {
            assertEquals(i, sorted[i]);
        }
        // leaves of one segment are adjacent in the dendrogram order
        int[] cut = tree.cut(5);
        int changes = 0;
        for (int i = 1; i < 200; i++) {
            changes += cut[order[i]] != cut[order[i - 1]] ? 1 : 0;
        }
        assertEquals(4, changes);
        for (int k = 1; k <= 12; k++) {
            assertEquals(k, tree.clustersAt(tree.cutHeight(k)), "cut height for k = " + k);
        }
        assertArrayEquals(new int[] {200}, tree.top(1).leafSize());
    }
}
