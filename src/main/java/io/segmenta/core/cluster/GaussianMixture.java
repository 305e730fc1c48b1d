package io.segmenta.core.cluster;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.math.PrecisionCholesky;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Gaussian mixture fitted by EM, as scikit-learn's {@code GaussianMixture(covariance_type="full" or
 * "diag", reg_covar=1e-6, tol=1e-3, max_iter=100, init_params="kmeans", n_init=starts)}:
 *
 * <ul>
 *   <li>Each start runs Segmenta's k-means with one k-means++ start (scikit-learn uses
 *       {@code KMeans(n_init=1)}) and takes its segments as the initial responsibilities.</li>
 *   <li>EM: the E-step gives the mean log-likelihood per customer (scikit-learn's lower bound) and
 *       the responsibilities; the M-step re-estimates weights, means and covariances, adding
 *       {@link #REG_COVAR} to every variance. A start stops when the lower bound changes by less
 *       than {@link #TOL}, or after {@link #MAX_ITER} iterations.</li>
 *   <li>The start with the highest final lower bound is kept; a last E-step gives the membership
 *       probabilities, and the label of a customer is its most probable component.</li>
 *   <li>BIC = -2 logL + p ln(rows) and AIC = -2 logL + 2p, with p = k x d (means) + k x d(d+1)/2
 *       (full) or k x d (diagonal) covariance parameters + k - 1 weights.</li>
 * </ul>
 * Passes over the rows run in fixed chunks on all cores with partial sums combined in chunk order,
 * so the same seed gives the same result. Cancellation is polled per start, per iteration and per
 * chunk. Memory: the rows x k probabilities.
 */
public final class GaussianMixture {
    /** Added to every variance (scikit-learn's {@code reg_covar}). */
    public static final double REG_COVAR = 1e-6;
    /** Convergence threshold on the change of the mean log-likelihood (scikit-learn's {@code tol}). */
    public static final double TOL = 1e-3;
    /** EM iterations per start (scikit-learn's {@code max_iter}). */
    public static final int MAX_ITER = 100;
    /**
     * Automatic starts: at most this many. On the Mall data (200 customers) scikit-learn's
     * k-means-initialised EM reaches the best 4-component mixture from about 1 start in 20, so
     * small tables need many starts to find it reliably.
     */
    static final int MAX_AUTO_STARTS = 100;
    /** Work budget for automatic starts, in rows x k x (d + 1)^2 summed over starts. */
    static final double AUTO_STARTS_BUDGET = 1.0e8;
    private static final int CHUNK = BlockedData.CHUNK_ROWS;
    /** scikit-learn adds 10 x machine epsilon to every component's responsibility sum. */
    private static final double NK_EPS = 10 * Math.ulp(1.0);

    private GaussianMixture() {
    }

    /**
     * Starts used when {@code GmmSpec.starts} is 0: up to 100 where they cost about a second, fewer
     * on large tables, at least 1. Deterministic in its arguments (never timed), so results
     * reproduce. Examples: 200 x 2, k = 8: 100; 2,216 x 13, k = 5: 46; 100,000 x 6, k = 5: 4;
     * 1,000,000 x 6, k = 5: 1.
     */
    public static int autoStarts(int rows, int cols, int k) {
        double perStart = (double) rows * Math.max(1, k) * (cols + 1.0) * (cols + 1.0);
        return (int) Math.max(1, Math.min(MAX_AUTO_STARTS, Math.floor(AUTO_STARTS_BUDGET / perStart)));
    }

    /** Free parameters of a k-component mixture in d dimensions (scikit-learn's {@code _n_parameters}). */
    public static int parameters(int k, int d, Covariance covariance) {
        return k * covariance.parameters(d) + k * d + k - 1;
    }

    public static Clustering fit(DataMatrix x, GmmSpec spec, long seed, ProgressListener progress,
            CancellationToken cancel) {
        Objects.requireNonNull(spec, "spec");
        Checks.requireClusterable(x, "The Gaussian mixture");
        int n = x.rows();
        int d = x.cols();
        int k = spec.k();
        Checks.requireK(k, n);
        if (n < 2) {
            throw new SegmentaException("A Gaussian mixture needs at least 2 customers; the feature table has " + n
                    + ".");
        }
        int starts = spec.starts() == 0 ? autoStarts(n, d, k) : spec.starts();
        SplittableRandom root = new SplittableRandom(seed);
        Model best = null;
        for (int s = 0; s < starts; s++) {
            cancel.throwIfCancelled();
            long startSeed = root.split().nextLong();
            String label = "Start " + (s + 1) + " of " + starts;
            progress.progress((double) s / starts, label + ": k-means");
            KMeansResult init = KMeans.fit(x, new KMeans.Options(k, 1, startSeed, 300, 1e-4), ProgressListener.NONE,
                    cancel);
            Model m = run(x, k, spec.covariance(), init.labels(), progress.range((double) s / starts,
                    (s + 1.0) / starts), label, cancel);
            if (best == null || m.lowerBound > best.lowerBound) {
                best = m;
            }
        }
        Clustering c = best.result(spec, best.eStep(cancel), starts); // probabilities under the kept parameters
        progress.progress(1, "Gaussian mixture done: k = " + k + ", best of " + starts + " start"
                + (starts == 1 ? "" : "s"));
        return c;
    }

    /**
     * One start from given initial segments (what a k-means start gives {@link #fit}); lets tests
     * start from exactly the segments scikit-learn's k-means gave.
     */
    static Clustering fitFrom(DataMatrix x, GmmSpec spec, int[] initialLabels) {
        Checks.requireClusterable(x, "The Gaussian mixture");
        Model m = run(x, spec.k(), spec.covariance(), initialLabels, ProgressListener.NONE, "Start 1 of 1",
                CancellationToken.NONE);
        return m.result(spec, m.eStep(CancellationToken.NONE), 1);
    }

    /** EM from initial hard segments until the lower bound changes by less than {@link #TOL}. */
    private static Model run(DataMatrix x, int k, Covariance covariance, int[] initialLabels,
            ProgressListener progress, String label, CancellationToken cancel) {
        Model m = new Model(x, k, covariance);
        m.initialise(initialLabels, cancel);
        double lowerBound = Double.NEGATIVE_INFINITY;
        for (int it = 1; it <= MAX_ITER; it++) {
            cancel.throwIfCancelled();
            progress.progress(it / (it + 10.0), label + ", EM iteration " + it);
            double prev = lowerBound;
            lowerBound = m.eStep(cancel);
            m.mStep(cancel);
            m.iterations = it;
            if (Math.abs(lowerBound - prev) < TOL) {
                m.converged = true;
                break;
            }
        }
        m.lowerBound = lowerBound;
        return m;
    }

    /** One start's parameters and responsibilities. */
    private static final class Model {
        final DataMatrix x;
        final int n;
        final int d;
        final int k;
        final Covariance type;
        final boolean full;
        final double[] weights;
        final double[] means;
        /** k x d x d (full) or k x d (diagonal). */
        final double[] cov;
        /** Full: inverse of the Cholesky factor of each covariance, k x d x d lower triangular. Diagonal: 1/sd. */
        final double[] precChol;
        /** Per component, sum of log diag(precChol). */
        final double[] logDet;
        /** rows x k responsibilities. */
        final double[] resp;
        int iterations;
        boolean converged;
        double lowerBound;

        Model(DataMatrix x, int k, Covariance type) {
            this.x = x;
            this.n = x.rows();
            this.d = x.cols();
            this.k = k;
            this.type = type;
            this.full = type == Covariance.FULL;
            weights = new double[k];
            means = new double[k * d];
            cov = new double[full ? k * d * d : k * d];
            precChol = new double[full ? k * d * d : k * d];
            logDet = new double[k];
            resp = new double[n * k];
        }

        /** scikit-learn's {@code _initialize}: parameters from hard k-means responsibilities. */
        void initialise(int[] labels, CancellationToken cancel) {
            for (int i = 0; i < n; i++) {
                resp[i * k + labels[i]] = 1;
            }
            estimate(cancel);
            for (int c = 0; c < k; c++) {
                weights[c] /= n;
            }
        }

        void mStep(CancellationToken cancel) {
            estimate(cancel);
            double total = 0;
            for (int c = 0; c < k; c++) {
                total += weights[c];
            }
            for (int c = 0; c < k; c++) {
                weights[c] /= total;
            }
        }

        /**
         * scikit-learn's {@code _estimate_gaussian_parameters}: weights[] gets nk (unnormalised),
         * then means, covariances (+ reg_covar) and their Cholesky factors.
         */
        private void estimate(CancellationToken cancel) {
            final double[] v = x.values();
            final int chunks = Chunks.count(n, CHUNK);
            final int stride = k + k * d;
            final double[] partial = new double[chunks * stride];
            Chunks.forEach(chunks, ch -> {
                cancel.throwIfCancelled();
                int off = ch * stride;
                for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                    for (int c = 0; c < k; c++) {
                        double r = resp[i * k + c];
                        if (r == 0) {
                            continue;
                        }
                        partial[off + c] += r;
                        int o = off + k + c * d;
                        for (int j = 0; j < d; j++) {
                            partial[o + j] += r * v[i * d + j];
                        }
                    }
                }
            });
            double[] nk = new double[k];
            Arrays.fill(means, 0);
            for (int ch = 0; ch < chunks; ch++) {
                for (int c = 0; c < k; c++) {
                    nk[c] += partial[ch * stride + c];
                    for (int j = 0; j < d; j++) {
                        means[c * d + j] += partial[ch * stride + k + c * d + j];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                nk[c] += NK_EPS;
                weights[c] = nk[c];
                for (int j = 0; j < d; j++) {
                    means[c * d + j] /= nk[c];
                }
            }
            final int cs = full ? d * d : d;
            final double[] cp = new double[chunks * k * cs];
            Chunks.forEach(chunks, ch -> {
                cancel.throwIfCancelled();
                double[] diff = new double[d];
                for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                    for (int c = 0; c < k; c++) {
                        double r = resp[i * k + c];
                        if (r == 0) {
                            continue;
                        }
                        for (int j = 0; j < d; j++) {
                            diff[j] = v[i * d + j] - means[c * d + j];
                        }
                        int o = (ch * k + c) * cs;
                        if (full) {
                            for (int a = 0; a < d; a++) {
                                double ra = r * diff[a];
                                for (int b = 0; b <= a; b++) {
                                    cp[o + a * d + b] += ra * diff[b];
                                }
                            }
                        } else {
                            for (int j = 0; j < d; j++) {
                                cp[o + j] += r * diff[j] * diff[j];
                            }
                        }
                    }
                }
            });
            Arrays.fill(cov, 0);
            for (int ch = 0; ch < chunks; ch++) {
                for (int q = 0; q < k * cs; q++) {
                    cov[q] += cp[ch * k * cs + q];
                }
            }
            for (int c = 0; c < k; c++) {
                int o = c * cs;
                if (full) {
                    for (int a = 0; a < d; a++) {
                        for (int b = 0; b <= a; b++) {
                            double val = cov[o + a * d + b] / nk[c];
                            cov[o + a * d + b] = val;
                            cov[o + b * d + a] = val;
                        }
                        cov[o + a * d + a] += REG_COVAR;
                    }
                } else {
                    for (int j = 0; j < d; j++) {
                        cov[o + j] = cov[o + j] / nk[c] + REG_COVAR;
                    }
                }
            }
            precisionCholesky();
        }

        /** scikit-learn's {@code _compute_precision_cholesky}: inverse of the lower Cholesky factor. */
        private void precisionCholesky() {
            int failed = PrecisionCholesky.compute(full, cov, k, d, precChol, logDet);
            if (failed >= 0) {
                throw illDefined(failed);
            }
        }

        private SegmentaException illDefined(int component) {
            return new SegmentaException("The Gaussian mixture with k = " + k + " failed: a component collapsed onto"
                    + " customers that do not vary in every feature, so its covariance is singular. Choose fewer"
                    + " components, diagonal covariance, or other features.");
        }

        /**
         * E-step: responsibilities from the current parameters; returns the mean over customers of
         * the log of the mixture density (scikit-learn's lower bound, {@code mean(log_prob_norm)}).
         */
        double eStep(CancellationToken cancel) {
            final double[] v = x.values();
            final int chunks = Chunks.count(n, CHUNK);
            final double[] partial = new double[chunks];
            final double[] logWeights = new double[k];
            for (int c = 0; c < k; c++) {
                logWeights[c] = Math.log(weights[c]);
            }
            Chunks.forEach(chunks, ch -> {
                cancel.throwIfCancelled();
                double[] w = new double[k];
                double sum = 0;
                for (int i = ch * CHUNK, to = Math.min(n, i + CHUNK); i < to; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int c = 0; c < k; c++) {
                        w[c] = PrecisionCholesky.weightedLogDensity(full, precChol, logDet, logWeights, means, c, d,
                                v, i * d);
                        max = Math.max(max, w[c]);
                    }
                    double s = 0;
                    for (int c = 0; c < k; c++) {
                        s += Math.exp(w[c] - max);
                    }
                    double norm = Math.log(s) + max;
                    sum += norm;
                    for (int c = 0; c < k; c++) {
                        resp[i * k + c] = Math.exp(w[c] - norm);
                    }
                }
                partial[ch] = sum;
            });
            double total = 0;
            for (double p : partial) {
                total += p;
            }
            return total / n;
        }

        /** Labels by the most probable component, components renumbered by size. */
        Clustering result(GmmSpec spec, double meanLogLikelihood, int starts) {
            int[] raw = new int[n];
            for (int i = 0; i < n; i++) {
                int best = 0;
                for (int c = 1; c < k; c++) {
                    if (resp[i * k + c] > resp[i * k + best]) {
                        best = c;
                    }
                }
                raw[i] = best;
            }
            Relabel r = Relabel.of(x, raw, k);
            int[] oldOf = new int[k];
            for (int c = 0; c < k; c++) {
                oldOf[r.newId[c]] = c;
            }
            int cs = full ? d * d : d;
            double[] probs = new double[n * k];
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < k; s++) {
                    probs[i * k + s] = resp[i * k + oldOf[s]];
                }
            }
            double[] w = new double[k];
            double[] mu = new double[k * d];
            double[] sigma = new double[k * cs];
            double[] centroids = r.centroids.clone();
            for (int s = 0; s < k; s++) {
                int c = oldOf[s];
                w[s] = weights[c];
                System.arraycopy(means, c * d, mu, s * d, d);
                System.arraycopy(cov, c * cs, sigma, s * cs, cs);
                if (r.sizes[s] == 0) {
                    System.arraycopy(means, c * d, centroids, s * d, d);
                }
            }
            double logL = meanLogLikelihood * n;
            int p = parameters(k, d, type);
            double bic = -2 * logL + p * Math.log(n);
            double aic = -2 * logL + 2.0 * p;
            return new Clustering(spec, k, r.labels, r.sizes, centroids, Relabel.wcss(x, r.labels, centroids), 0,
                    new MixtureDetails(type, probs, w, mu, sigma, logL, p, bic, aic, iterations, converged, starts));
        }
    }
}
