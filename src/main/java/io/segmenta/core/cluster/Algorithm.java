package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/** The clustering methods Segmenta offers, for choosers in the window and the command line. */
public enum Algorithm {
    KMEANS("k-means", "kmeans", true),
    HIERARCHICAL("hierarchical", "hierarchical", true),
    DBSCAN("DBSCAN", "dbscan", false),
    GMM("Gaussian mixture", "gmm", true);

    private final String label;
    private final String key;
    private final boolean usesK;

    Algorithm(String label, String key, boolean usesK) {
        this.label = label;
        this.key = key;
        this.usesK = usesK;
    }

    /** The name users see, e.g. "Gaussian mixture". */
    public String label() {
        return label;
    }

    /** The command-line and JSON name: kmeans, hierarchical, dbscan, gmm. */
    public String key() {
        return key;
    }

    /** Whether the user chooses the number of segments (DBSCAN finds it from eps and min samples). */
    public boolean usesK() {
        return usesK;
    }

    /** Parses kmeans, hierarchical, dbscan or gmm (case-insensitive; "k-means" is accepted too). */
    public static Algorithm parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace("-", "");
        for (Algorithm a : values()) {
            if (a.key.equals(t)) {
                return a;
            }
        }
        throw new SegmentaException("Unknown algorithm \"" + text + "\". Choose kmeans, hierarchical, dbscan or gmm.");
    }
}
