package io.segmenta.core;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.Clustering;
import io.segmenta.core.cluster.MixtureDetails;
import io.segmenta.core.cluster.SilhouetteScore;
import io.segmenta.core.cluster.Validity;
import io.segmenta.core.prep.PreparedFeatures;
import io.segmenta.core.profile.SegmentProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finished segmentation, whatever the method.
 *
 * @param spec              what was asked
 * @param features          the prepared features it ran on
 * @param clustering        labels per prepared row (-1 = noise), sizes, centroids in prepared units,
 *                          WCSS and the method's specifics (tree, probabilities, BIC/AIC, core flags)
 * @param validity          WCSS, silhouette, Calinski-Harabasz, Davies-Bouldin (noise left out)
 * @param segmentOfRow      per dataset row the 0-based segment, {@link #NOISE} for DBSCAN noise, or
 *                          {@link #NOT_SEGMENTED} where the row was not segmented (e.g. missing values)
 * @param centroidsOriginal k x features centroids in original units (indicators as shares)
 * @param profiles          one profile per segment, with the automatic name; shares are of all
 *                          clustered customers, noise included
 * @param noiseProfile      the DBSCAN noise customers described like a segment (segment -1, name
 *                          "Noise"); null when there is no noise
 */
public record SegmentationResult(SegmentationSpec spec, PreparedFeatures features, Clustering clustering,
        Validity validity, int[] segmentOfRow, double[] centroidsOriginal, List<SegmentProfile> profiles,
        SegmentProfile noiseProfile) {
    /** {@link #segmentOfRow()} of a dataset row that was not clustered. */
    public static final int NOT_SEGMENTED = -1;
    /** {@link #segmentOfRow()} of a DBSCAN noise customer. */
    public static final int NOISE = -2;
    /** The name noise customers get in profiles and exports. */
    public static final String NOISE_NAME = "Noise";

    public SegmentationResult {
        Objects.requireNonNull(clustering, "clustering");
        profiles = List.copyOf(profiles);
    }

    /** Number of segments (noise not counted). */
    public int k() {
        return clustering.k();
    }

    public double wcss() {
        return clustering.wcss();
    }

    /** Mean silhouette, exact or estimated on a seeded sample (noise left out). */
    public SilhouetteScore silhouette() {
        return validity.silhouette();
    }

    /** DBSCAN noise customers (0 for the other methods). */
    public int noise() {
        return clustering.noise();
    }

    public Algorithm algorithm() {
        return spec.algorithm().algorithm();
    }

    /** Whether dataset row {@code row} is DBSCAN noise. */
    public boolean isNoise(int row) {
        return segmentOfRow[row] == NOISE;
    }

    /** The noise profile, when there is noise. */
    public Optional<SegmentProfile> noiseSegment() {
        return Optional.ofNullable(noiseProfile);
    }

    /**
     * The row of the prepared matrix (and of {@link Clustering#labels()}, and of the mixture's
     * probabilities) that dataset row {@code datasetRow} became, or -1 when it was not clustered.
     */
    public int preparedRow(int datasetRow) {
        int r = Arrays.binarySearch(features.datasetRows(), datasetRow);
        return r >= 0 ? r : -1;
    }

    /**
     * Membership probabilities of dataset row {@code datasetRow}, one per segment (Gaussian mixture);
     * empty for other methods and for rows that were not clustered.
     */
    public double[] probabilities(int datasetRow) {
        int r = preparedRow(datasetRow);
        if (r < 0 || clustering.mixture().isEmpty()) {
            return new double[0];
        }
        double[] p = new double[k()];
        for (int s = 0; s < p.length; s++) {
            p[s] = clustering.mixture().get().probability(r, s);
        }
        return p;
    }

    /** Gaussian mixture probabilities, BIC and AIC, when the method was a Gaussian mixture. */
    public Optional<MixtureDetails> mixture() {
        return clustering.mixture();
    }

    /** The automatic names, segment 0 first. */
    public List<String> names() {
        return profiles.stream().map(SegmentProfile::name).toList();
    }
}
