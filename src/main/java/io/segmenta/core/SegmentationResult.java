package io.segmenta.core;

import io.segmenta.core.cluster.KMeansResult;
import io.segmenta.core.cluster.SilhouetteScore;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.profile.SegmentProfile;
import java.util.List;

/**
 * A finished segmentation.
 *
 * @param spec              what was asked
 * @param features          the prepared features it ran on
 * @param kmeans            labels (per prepared row), centroids (prepared units), WCSS, sizes
 * @param silhouette        mean silhouette, exact or estimated on a seeded sample
 * @param segmentOfRow      per dataset row the 0-based segment, -1 where the row was not segmented
 * @param centroidsOriginal k x features centroids in original units (indicators as shares)
 * @param profiles          one profile per segment, with the automatic name
 */
public record SegmentationResult(SegmentationSpec spec, PreparedFeatures features, KMeansResult kmeans,
                                 SilhouetteScore silhouette, int[] segmentOfRow, double[] centroidsOriginal,
                                 List<SegmentProfile> profiles) {
    public SegmentationResult {
        profiles = List.copyOf(profiles);
    }

    public int k() {
        return kmeans.k();
    }

    public double wcss() {
        return kmeans.wcss();
    }

    /** The automatic names, segment 0 first. */
    public List<String> names() {
        return profiles.stream().map(SegmentProfile::name).toList();
    }
}
