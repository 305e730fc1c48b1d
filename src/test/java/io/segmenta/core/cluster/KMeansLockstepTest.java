package io.segmenta.core.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.work.CancellationToken;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Several starts seeded together ({@link KMeansStart#seed}) and iterating together ({@link KMeansStart#lloyd})
 * end with the result each has when it runs alone, bit for bit, whichever iteration each one stops at.
 */
class KMeansLockstepTest {
    private static final CancellationToken NEVER = CancellationToken.NONE;

    @Test
    void startsRunTogetherEndAsTheyDoAlone() {
        // overlapping clouds, so the starts converge after different numbers of iterations; 90,000 rows are six
        // chunks, so every pass runs on all cores as on a large table
        BlockedData data = BlockedData.of(clouds(90_000, 5, 4, 8), NEVER);
        Set<Integer> iterationCounts = new HashSet<>();
        for (int k : new int[] {1, 3, 8, 15}) {
            for (int maxIterations : new int[] {300, 2}) {
                double tolerance = maxIterations == 2 ? 0 : 1e-4 * data.meanVariance;
                SplittableRandom alone = new SplittableRandom(k * 31L + maxIterations);
                SplittableRandom together = new SplittableRandom(k * 31L + maxIterations);
                int starts = 6;
                KMeansStart[] solo = new KMeansStart[starts];
                KMeansStart[] group = new KMeansStart[starts];
                SplittableRandom[] rngs = new SplittableRandom[starts];
                for (int s = 0; s < starts; s++) {
                    solo[s] = KMeansStart.run(data, k, alone.split(), true, maxIterations, tolerance, it -> { }, NEVER);
                    group[s] = new KMeansStart(data, k, true);
                    rngs[s] = together.split();
                }
                int[] centres = {0};
                KMeansSeeding.seed(group, rngs, centre -> centres[0]++, NEVER);
                assertEquals(k - 1, centres[0], "one pass of candidates per centre after the first, for all starts");
                for (int s = 0; s < starts; s++) {
                    assertArrayEquals(seededAlone(data, k, k * 31L + maxIterations, s),
                            group[s].centres, "k-means++ centres of start " + s);
                }
                int[] passes = {0};
                KMeansStart.lloyd(group, maxIterations, tolerance, it -> passes[0]++, NEVER);
                int longest = 0;
                for (int s = 0; s < starts; s++) {
                    String what = "k = " + k + ", max " + maxIterations + " iterations, start " + s;
                    assertArrayEquals(solo[s].labels, group[s].labels, what);
                    assertArrayEquals(solo[s].centres, group[s].centres, what);
                    assertEquals(Double.doubleToRawLongBits(solo[s].inertia),
                            Double.doubleToRawLongBits(group[s].inertia), what);
                    assertEquals(solo[s].iterations, group[s].iterations, what);
                    longest = Math.max(longest, solo[s].iterations);
                    if (maxIterations == 300) {
                        iterationCounts.add(solo[s].iterations);
                    }
                }
                assertEquals(longest, passes[0], "one pass over the rows per iteration of the longest start");
            }
        }
        assertTrue(iterationCounts.size() >= 4, "the starts stop at different iterations: " + iterationCounts);
    }

    /** The k-means++ centres start {@code s} of a fit seeded with {@code seed} chooses alone. */
    private static double[] seededAlone(BlockedData data, int k, long seed, int s) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom rng = root.split();
        for (int i = 0; i < s; i++) {
            rng = root.split();
        }
        return KMeansStart.seeded(data, k, rng, true, NEVER).centres;
    }

    /** Gaussian clouds of sd 1 whose centres are 3 apart (they overlap), cloud of row i = i % clouds. */
    private static DataMatrix clouds(int n, int d, int clouds, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = i % clouds;
            for (int j = 0; j < d; j++) {
                v[i * d + j] = (j == c % d ? 3.0 : 0) + KMeansTest.gaussian(r);
            }
        }
        return new DataMatrix(n, d, v);
    }
}
