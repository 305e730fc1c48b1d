package io.segmenta.core.cluster;

/**
 * DBSCAN specifics.
 *
 * @param core      per row, whether it is a core customer (at least min samples customers, itself
 *                  included, within eps)
 * @param coreCount number of core customers
 */
public record DbscanDetails(boolean[] core, int coreCount) implements ClusteringDetails {
    /** Customers in a segment that are not core customers (border customers). */
    public int borderCount(Clustering c) {
        return c.rows() - c.noise() - coreCount;
    }
}
