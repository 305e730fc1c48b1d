package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import java.util.Locale;

/** The clustering methods Segmenta offers, for choosers in the window and the command line. */
public enum Algorithm {
    KMEANS("k-means", "kmeans"),
    HIERARCHICAL("hierarchical", "hierarchical"),
    DBSCAN("DBSCAN", "dbscan"),
    GMM("Gaussian mixture", "gmm");

    private final String label;
    private final String key;

    Algorithm(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The name users see, e.g. "Gaussian mixture". */
    public String label() {
        return label;
    }

    /** The command-line and JSON name: kmeans, hierarchical, dbscan, gmm. */
    public String key() {
        return key;
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
