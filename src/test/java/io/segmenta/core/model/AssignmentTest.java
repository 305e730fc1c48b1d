package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Covariance;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The assignment rules and the distance percentiles on small cases worked out by hand or by brute force. */
class AssignmentTest {
    @Test
    void exactPercentilesCountTheTrainingCustomersAtMostAsFar() {
        DistanceProfile p = DistanceProfile.of(new double[] {0.4, 0.1, 0.3, 0.2});
        assertTrue(p.exact());
        assertEquals(0.0, p.percentile(0.05));
        assertEquals(25.0, p.percentile(0.1));
        assertEquals(50.0, p.percentile(0.25));
        assertEquals(100.0, p.percentile(0.4));
        assertEquals(100.0, p.percentile(9));
        assertEquals(0.4, p.max());
        assertEquals(0.25, p.quantile(0.5), 1e-15);
        assertTrue(Double.isNaN(DistanceProfile.of(new double[0]).percentile(1)));
    }

    @Test
    void largeSegmentsKeepAQuantileGridThatReadsLikeTheExactCount() {
        SplittableRandom r = new SplittableRandom(3);
        double[] d = new double[100_000];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(r.nextGaussian());
        }
        DistanceProfile p = DistanceProfile.of(d);
        assertEquals(DistanceProfile.GRID, p.sorted().length);
        assertEquals(100_000, p.members());
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        for (double q : new double[] {0.01, 0.2, 0.5, 0.9, 0.99, 0.999}) {
            double v = sorted[(int) (q * sorted.length)];
            assertEquals(100 * q, p.percentile(v), 0.05, "quantile " + q);
        }
        assertEquals(0.0, p.percentile(-1));
        assertEquals(100.0, p.percentile(sorted[sorted.length - 1]));
    }

    @Test
    void nearestCentreTiesGoToTheLowerSegment() {
        CentroidAssignment a = new CentroidAssignment(Algorithm.KMEANS, null, new double[] {0, 0, 2, 0}, 2, 1);
        assertEquals(0, a.assign(new double[] {1, 0}, 0, null));
        assertEquals(1, a.assign(new double[] {9, 1, 1.1, 0}, 2, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CentroidAssignment(Algorithm.DBSCAN, null, new double[] {0}, 1, 1));
    }

    @Test
    void coreAssignmentAgreesWithABruteForceScan() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 3000;
        int d = 3;
        int k = 6;
        double[] points = new double[n * d];
        int[] segments = new int[n];
        for (int i = 0; i < n; i++) {
            segments[i] = i < k ? i : r.nextInt(k);
            for (int j = 0; j < d; j++) {
                points[i * d + j] = r.nextDouble() * 10;
            }
        }
        double eps = 0.45;
        CoreAssignment a = new CoreAssignment(eps, 5, k, d, points, segments);
        int[] first = new int[k];
        Arrays.fill(first, -1);
        for (int i = 0; i < n; i++) {
            if (first[segments[i]] < 0) {
                first[segments[i]] = i;
            }
        }
        double[] x = new double[d];
        int noise = 0;
        for (int q = 0; q < 5000; q++) {
            for (int j = 0; j < d; j++) {
                x[j] = r.nextDouble() * 11 - 0.5;
            }
            int best = -1;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = x[j] - points[i * d + j];
                    s += t * t;
                }
                if (s <= eps * eps && (best < 0 || first[segments[i]] < first[best])) {
                    best = segments[i];
                }
            }
            int expected = best < 0 ? Assignment.NOISE : best;
            assertEquals(expected, a.assign(x, 0, null), "query " + q);
            if (expected == Assignment.NOISE) {
                noise++;
            }
        }
        assertTrue(noise > 100 && noise < 4900, "both outcomes are exercised: " + noise);
        // far from every core customer: noise
        assertEquals(Assignment.NOISE, a.assign(new double[] {-5, -5, -5}, 0, null));
    }

    @Test
    void mixtureProbabilitiesOfAHandWorkedCase() {
        // two 1-D components N(0, 1) and N(4, 1), weights 0.5: at x = 2 both are equally likely
        MixtureAssignment m = new MixtureAssignment(Covariance.FULL, new double[] {0.5, 0.5}, new double[] {0, 4},
                new double[] {1, 1});
        double[] p = new double[2];
        assertEquals(0, m.assign(new double[] {2}, 0, p));
        assertEquals(0.5, p[0], 1e-15);
        assertEquals(0.5, p[1], 1e-15);
        m.assign(new double[] {3}, 0, p);
        // p1 / p0 = exp((9 - 1) / 2) = e^4
        assertEquals(Math.exp(4) / (1 + Math.exp(4)), p[1], 1e-15);
        MixtureAssignment diag = new MixtureAssignment(Covariance.DIAGONAL, new double[] {0.25, 0.75},
                new double[] {0, 0, 4, 4}, new double[] {1, 4, 1, 4});
        assertEquals(1, diag.assign(new double[] {2, 2}, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new MixtureAssignment(Covariance.FULL,
                new double[] {1}, new double[] {0, 0}, new double[] {1, 2, 2, 1}));
    }
}
