package io.segmenta.cli;

import io.segmenta.core.cluster.Algorithm;
import io.segmenta.core.cluster.AlgorithmSpec;
import io.segmenta.core.cluster.Covariance;
import io.segmenta.core.cluster.DbscanSpec;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.HierarchicalSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.cluster.Linkage;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The clustering method and its parameters, shared by {@code cluster} and {@code sweep}. Options
 * that do not apply to the chosen method are refused with a message rather than ignored.
 */
final class AlgorithmOptions {
    static final int DEFAULT_MIN_SAMPLES = DbscanSpec.DEFAULT_MIN_SAMPLES;

    @Option(names = "--algorithm", defaultValue = "kmeans", paramLabel = "kmeans|hierarchical|dbscan|gmm",
            description = "Clustering method: kmeans, hierarchical (agglomerative), dbscan (density, finds the "
                    + "number of segments and marks noise) or gmm (Gaussian mixture). Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--linkage", paramLabel = "ward|complete|average|single",
            description = "Hierarchical: how groups are compared. Default: ward.")
    String linkage;

    @Option(names = "--height", paramLabel = "H",
            description = "Hierarchical: cut the tree at this height instead of --k (SciPy's fcluster criterion "
                    + "'distance'; Ward heights are sqrt(2 x increase in WCSS)).")
    Double height;

    @Option(names = "--eps", paramLabel = "EPS",
            description = "DBSCAN: neighbourhood radius in prepared (e.g. standardized) units; a customer at exactly "
                    + "EPS counts. Required for dbscan; 'sweep --algorithm dbscan' suggests one.")
    Double eps;

    @Option(names = "--min-samples", paramLabel = "N",
            description = "DBSCAN: neighbours within EPS that make a core customer, the customer itself included "
                    + "(scikit-learn's min_samples). Default: " + DEFAULT_MIN_SAMPLES + ".")
    Integer minSamples;

    @Option(names = "--covariance", paramLabel = "full|diag",
            description = "Gaussian mixture: full or diagonal covariance per component. Default: full.")
    String covariance;

    Algorithm method() {
        return Algorithm.parse(algorithm);
    }

    /** The method for {@code cluster}: checks that --k, --height and --eps fit the method. */
    AlgorithmSpec spec(CommandSpec cmd, Integer k, int starts) {
        Algorithm a = method();
        refuseOthers(cmd, a);
        switch (a) {
            case KMEANS:
                return new KMeansSpec(requireK(cmd, k, a), starts);
            case GMM:
                return new GmmSpec(requireK(cmd, k, a), covariance(), starts);
            case HIERARCHICAL:
                if ((k == null) == (height == null)) {
                    throw new CommandLine.ParameterException(cmd.commandLine(), "Hierarchical clustering needs either"
                            + " --k (number of segments) or --height (where to cut the tree), not " + (k == null
                            ? "neither" : "both") + ".");
                }
                return k != null ? HierarchicalSpec.byK(linkage(), k) : HierarchicalSpec.byHeight(linkage(), height);
            default:
                if (k != null) {
                    throw new CommandLine.ParameterException(cmd.commandLine(), "DBSCAN finds the number of segments"
                            + " itself: leave out --k and give --eps (and --min-samples). 'segmenta sweep FILE"
                            + " --algorithm dbscan' suggests an eps.");
                }
                if (eps == null) {
                    throw new CommandLine.ParameterException(cmd.commandLine(), "DBSCAN needs --eps, the neighbourhood"
                            + " radius in prepared units. 'segmenta sweep FILE --algorithm dbscan' suggests one.");
                }
                return new DbscanSpec(eps, minSamples());
        }
    }

    /** The method for {@code sweep}: k is set per point of the sweep; DBSCAN gives the k-distance chart. */
    AlgorithmSpec template(CommandSpec cmd, int kMin, int starts) {
        Algorithm a = method();
        refuseOthers(cmd, a);
        if (height != null) {
            throw new CommandLine.ParameterException(cmd.commandLine(), "--height cuts one tree; a sweep cuts it at"
                    + " every k from --k-min to --k-max. Use 'cluster --height' instead.");
        }
        if (eps != null) {
            throw new CommandLine.ParameterException(cmd.commandLine(), "A DBSCAN sweep draws the k-distance chart"
                    + " that suggests an eps, so it takes no --eps. Use 'cluster --algorithm dbscan --eps' to segment.");
        }
        return switch (a) {
            case KMEANS -> new KMeansSpec(kMin, starts);
            case GMM -> new GmmSpec(kMin, covariance(), starts);
            case HIERARCHICAL -> HierarchicalSpec.byK(linkage(), kMin);
            case DBSCAN -> new DbscanSpec(1, minSamples());
        };
    }

    private void refuseOthers(CommandSpec cmd, Algorithm a) {
        List<String> wrong = new ArrayList<>();
        if (a != Algorithm.HIERARCHICAL && linkage != null) {
            wrong.add("--linkage");
        }
        if (a != Algorithm.HIERARCHICAL && height != null) {
            wrong.add("--height");
        }
        if (a != Algorithm.DBSCAN && eps != null) {
            wrong.add("--eps");
        }
        if (a != Algorithm.DBSCAN && minSamples != null) {
            wrong.add("--min-samples");
        }
        if (a != Algorithm.GMM && covariance != null) {
            wrong.add("--covariance");
        }
        if (!wrong.isEmpty()) {
            throw new CommandLine.ParameterException(cmd.commandLine(), String.join(", ", wrong)
                    + (wrong.size() == 1 ? " does" : " do") + " not apply to " + a.key() + ". Options per method:"
                    + " hierarchical --linkage --height, dbscan --eps --min-samples, gmm --covariance.");
        }
    }

    private static int requireK(CommandSpec cmd, Integer k, Algorithm a) {
        if (k == null) {
            throw new CommandLine.ParameterException(cmd.commandLine(), "--k is required for " + a.key()
                    + ": give the number of segments, e.g. --k 5 ('segmenta sweep' helps choose it).");
        }
        return k;
    }

    private Linkage linkage() {
        return linkage == null ? Linkage.WARD : Linkage.parse(linkage);
    }

    private Covariance covariance() {
        return covariance == null ? Covariance.FULL : Covariance.parse(covariance);
    }

    private int minSamples() {
        return minSamples == null ? DEFAULT_MIN_SAMPLES : minSamples;
    }
}
