package io.segmenta.core.model;

import java.util.Objects;

/**
 * One segment of a model.
 *
 * @param id          0-based segment id (users see id + 1); also the index into Segmenta's segment palette
 * @param name        the name (the analyst's, or the automatic one)
 * @param description a sentence on what sets the segment apart, from its training profile
 * @param colour      index into Segmenta's segment palette (the Okabe-Ito colours, {@code SegmentPalette})
 * @param size        training customers in the segment
 * @param share       size / segmented training customers
 * @param centroid    the segment's centre in prepared units (mean of its training customers)
 * @param distances   how far its training customers are from the centre
 */
public record ModelSegment(int id, String name, String description, int colour, int size, double share,
                           double[] centroid, DistanceProfile distances) {
    public ModelSegment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(distances, "distances");
        centroid = centroid.clone();
    }

    /** The number users see: id + 1. */
    public int number() {
        return id + 1;
    }

    /** A copy of the centre in prepared units. */
    @Override
    public double[] centroid() {
        return centroid.clone();
    }

    /** Squared Euclidean distance from {@code x[offset..offset+d)} to the centre. */
    double squaredDistance(double[] x, int offset) {
        double s = 0;
        for (int j = 0; j < centroid.length; j++) {
            double t = x[offset + j] - centroid[j];
            s += t * t;
        }
        return s;
    }
}
