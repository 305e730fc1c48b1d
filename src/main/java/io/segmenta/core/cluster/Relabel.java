package io.segmenta.core.cluster;

import java.util.Arrays;

/**
 * Renumbers the groups of a labelling by size, largest first, ties by the first row of each group
 * (empty groups last, by their old number); {@link Clustering#NOISE} stays noise. Also computes the
 * sizes, the member means (centroids) and the within-group sum of squares.
 */
final class Relabel {
    /** newId[old] for each old group. */
    final int[] newId;
    final int[] labels;
    final int[] sizes;
    /** k x d member means; rows of empty groups are zero. */
    final double[] centroids;
    final int noise;

    private Relabel(int[] newId, int[] labels, int[] sizes, double[] centroids, int noise) {
        this.newId = newId;
        this.labels = labels;
        this.sizes = sizes;
        this.centroids = centroids;
        this.noise = noise;
    }

    static Relabel of(DataMatrix x, int[] raw, int k) {
        int n = raw.length;
        int[] count = new int[k];
        int[] first = new int[k];
        Arrays.fill(first, Integer.MAX_VALUE);
        int noise = 0;
        for (int i = 0; i < n; i++) {
            int l = raw[i];
            if (l < 0) {
                noise++;
                continue;
            }
            if (count[l]++ == 0) {
                first[l] = i;
            }
        }
        Integer[] order = new Integer[k];
        for (int q = 0; q < k; q++) {
            order[q] = q;
        }
        Arrays.sort(order, (a, b) -> count[a] != count[b] ? Integer.compare(count[b], count[a])
                : first[a] != first[b] ? Integer.compare(first[a], first[b]) : Integer.compare(a, b));
        int[] newId = new int[k];
        int[] sizes = new int[k];
        for (int q = 0; q < k; q++) {
            newId[order[q]] = q;
            sizes[q] = count[order[q]];
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = raw[i] < 0 ? Clustering.NOISE : newId[raw[i]];
        }
        return new Relabel(newId, labels, sizes, means(x, labels, k, sizes), noise);
    }

    /** Member means, k x d; zero rows for empty groups. Rows labelled noise are skipped. */
    static double[] means(DataMatrix x, int[] labels, int k, int[] sizes) {
        int d = x.cols();
        double[] v = x.values();
        double[] sum = new double[k * d];
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                sum[l * d + j] += v[i * d + j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sum[c * d + j] = sizes[c] > 0 ? sum[c * d + j] / sizes[c] : 0;
            }
        }
        return sum;
    }

    /** Sum over labelled rows of the squared distance to their centroid (noise skipped). */
    static double wcss(DataMatrix x, int[] labels, double[] centroids) {
        int d = x.cols();
        double[] v = x.values();
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l < 0) {
                continue;
            }
            for (int j = 0; j < d; j++) {
                double t = v[i * d + j] - centroids[l * d + j];
                total += t * t;
            }
        }
        return total;
    }
}
