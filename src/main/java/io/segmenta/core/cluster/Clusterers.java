package io.segmenta.core.cluster;

import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Objects;

/** Runs any {@link AlgorithmSpec}: the one entry point the pipeline uses for every method. */
public final class Clusterers {
    private Clusterers() {
    }

    /**
     * Clusters the rows of {@code x}.
     *
     * @param seed     random seed of k-means++ and of the Gaussian mixture's k-means starts (ignored
     *                 by hierarchical clustering and DBSCAN, which are deterministic)
     * @param progress may be called from worker threads
     * @param cancel   polled between units of work; {@link io.segmenta.core.work.CancelledException}
     *                 when it fires
     * @throws io.segmenta.core.SegmentaException for input or parameters the method cannot use
     */
    public static Clustering fit(DataMatrix x, AlgorithmSpec spec, long seed, ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(spec, "spec");
        if (spec instanceof KMeansSpec km) {
            return Clustering.of(km, KMeans.fit(x, new KMeans.Options(km.k(), km.starts(), seed, 300, 1e-4), progress,
                    cancel));
        }
        if (spec instanceof HierarchicalSpec h) {
            return Hierarchical.fit(x, h, progress, cancel);
        }
        if (spec instanceof DbscanSpec db) {
            return Dbscan.fit(x, db, progress, cancel);
        }
        return GaussianMixture.fit(x, (GmmSpec) spec, seed, progress, cancel);
    }
}
