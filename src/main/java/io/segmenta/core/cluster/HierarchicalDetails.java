package io.segmenta.core.cluster;

/**
 * Hierarchical specifics: the whole merge tree (for a dendrogram) and where it was cut.
 *
 * @param tree      every merge, lowest first, on SciPy's height scale
 * @param cutHeight the height of the cut line: the height asked for, or, when cut by k, midway
 *                  between the last merge kept and the first merge undone
 */
public record HierarchicalDetails(MergeTree tree, double cutHeight) implements ClusteringDetails {
}
