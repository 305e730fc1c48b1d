package io.segmenta.core.cluster;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of any clustering method ({@link Clusterers#fit}).
 *
 * <p>Segments are numbered 0..k-1 by size, largest first (ties: k-means by centroid, the other
 * methods by their first customer). DBSCAN's noise customers get the label {@link #NOISE} and belong
 * to no segment.
 *
 * @param spec      the method and parameters that produced it
 * @param k         number of segments found (DBSCAN and hierarchical cut by height decide it)
 * @param labels    per row of the matrix, its segment 0..k-1, or {@link #NOISE}
 * @param sizes     rows per segment, in segment order (descending; a Gaussian mixture component that
 *                  is the most probable for no customer has size 0)
 * @param centroids k x cols row-major, in prepared units: the mean of each segment's members (the
 *                  component mean for an empty mixture component)
 * @param wcss      within-segment sum of squares: squared distances of the members to their
 *                  segment's centroid, summed (noise left out)
 * @param noise     rows labelled {@link #NOISE} (DBSCAN; 0 otherwise)
 * @param details   method specifics
 */
public record Clustering(AlgorithmSpec spec, int k, int[] labels, int[] sizes, double[] centroids, double wcss,
        int noise, ClusteringDetails details) {
    /** Label of a DBSCAN noise customer. */
    public static final int NOISE = -1;

    public Clustering {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(details, "details");
        if (sizes.length != k) {
            throw new IllegalArgumentException(sizes.length + " sizes for k = " + k);
        }
    }

    /** Rows clustered (noise included). */
    public int rows() {
        return labels.length;
    }

    /** Features per row. */
    public int cols() {
        return k == 0 ? 0 : centroids.length / k;
    }

    /** A copy of the centroid of segment {@code segment}. */
    public double[] centroid(int segment) {
        int d = cols();
        double[] c = new double[d];
        System.arraycopy(centroids, segment * d, c, 0, d);
        return c;
    }

    /** k-means specifics, when this is a k-means result. */
    public Optional<KMeansDetails> kmeans() {
        return details instanceof KMeansDetails d ? Optional.of(d) : Optional.empty();
    }

    /** The merge tree, when this is a hierarchical result. */
    public Optional<HierarchicalDetails> hierarchy() {
        return details instanceof HierarchicalDetails d ? Optional.of(d) : Optional.empty();
    }

    /** Core flags, when this is a DBSCAN result. */
    public Optional<DbscanDetails> density() {
        return details instanceof DbscanDetails d ? Optional.of(d) : Optional.empty();
    }

    /** Probabilities, log-likelihood, BIC and AIC, when this is a Gaussian mixture result. */
    public Optional<MixtureDetails> mixture() {
        return details instanceof MixtureDetails d ? Optional.of(d) : Optional.empty();
    }

    /** BIC of a Gaussian mixture; NaN for the other methods. */
    public double bic() {
        return details instanceof MixtureDetails d ? d.bic() : Double.NaN;
    }

    /** AIC of a Gaussian mixture; NaN for the other methods. */
    public double aic() {
        return details instanceof MixtureDetails d ? d.aic() : Double.NaN;
    }

    /** The k-means result in this general form (labels, sizes and centroids unchanged). */
    public static Clustering of(KMeansSpec spec, KMeansResult r) {
        return new Clustering(spec, r.k(), r.labels(), r.sizes(), r.centroids(), r.wcss(), 0,
                new KMeansDetails(r.starts(), r.iterations()));
    }
}
