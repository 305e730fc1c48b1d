package io.segmenta.core.cluster;

/**
 * What a method knows beyond labels and centroids: {@link KMeansDetails},
 * {@link HierarchicalDetails}, {@link DbscanDetails} or {@link MixtureDetails}. Read them through
 * {@link Clustering#kmeans()}, {@link Clustering#hierarchy()}, {@link Clustering#density()} and
 * {@link Clustering#mixture()}.
 */
public sealed interface ClusteringDetails
        permits KMeansDetails, HierarchicalDetails, DbscanDetails, MixtureDetails {
}
