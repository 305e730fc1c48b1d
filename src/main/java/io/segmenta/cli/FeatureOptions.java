package io.segmenta.cli;

import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.prep.Scaling;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that segment: features, scaling, seed, starts. */
final class FeatureOptions {
    @Option(names = "--features", required = true, split = ",", paramLabel = "A,B",
            description = "Feature columns, comma separated, as named in the CSV header "
                    + "(numeric as they are, categorical one-hot encoded).")
    List<String> features;

    @Option(names = "--scale", defaultValue = "standard", paramLabel = "standard|none",
            description = "Feature scaling: standard (z-score, population std, as scikit-learn) or none. "
                    + "Default: ${DEFAULT-VALUE}.")
    String scale;

    @Option(names = "--seed", defaultValue = "" + SegmentationSpec.DEFAULT_SEED,
            description = "Random seed of the k-means++ and Gaussian mixture starts; the same seed gives the same "
                    + "result. "
                    + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--starts", defaultValue = "0",
            description = "k-means++ starts (kmeans) or EM starts (gmm), the best is kept; 0 = automatic (more on "
                    + "small tables, fewer on large ones). "
                    + "Default: ${DEFAULT-VALUE}.")
    int starts;

    PrepSpec prep(Dataset data) {
        return new PrepSpec(Inputs.columns(data, features), Scaling.parse(scale));
    }
}
