package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;

/**
 * k-means ({@link KMeans}): greedy k-means++ starts, the best kept.
 *
 * @param k      number of segments, at least 1
 * @param starts number of k-means++ starts; 0 chooses automatically ({@link KMeans#autoStarts})
 */
public record KMeansSpec(int k, int starts) implements AlgorithmSpec {
    public KMeansSpec {
        if (k < 1) {
            throw new SegmentaException("The number of segments k must be at least 1 (got " + k + ").");
        }
        if (starts < 0) {
            throw new SegmentaException("The number of starts must be 0 (automatic) or more (got " + starts + ").");
        }
    }

    /** k segments, automatic starts. */
    public static KMeansSpec of(int k) {
        return new KMeansSpec(k, 0);
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.KMEANS;
    }

    @Override
    public KMeansSpec withK(int newK) {
        return new KMeansSpec(newK, starts);
    }

    @Override
    public String describe() {
        return "k-means, k = " + k;
    }
}
