package io.segmenta.bench;

import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.cluster.KMeans;
import io.segmenta.core.cluster.KMeansResult;
import io.segmenta.core.cluster.KSweep;
import io.segmenta.core.cluster.Silhouette;
import io.segmenta.core.cluster.SilhouetteScore;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.ColumnType;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.NumericColumn;
import io.segmenta.core.data.RowSort;
import io.segmenta.core.data.TextColumn;
import io.segmenta.core.prep.IsolationForest;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times Segmenta's clustering kernels, and the Data step's row sort, on a seeded synthetic customer
 * table (JavaFX-free).
 *
 * <p>The table: {@code rows} customers, {@code cols} features, drawn from {@code segments}
 * Gaussian segments of unequal size (35/25/20/12/8 % for five) and unequal spread, then
 * standardised per column as Segmenta's preparation step does. Each measurement is run
 * {@code warmups} times untimed (JIT), then {@code runs} times; the median is reported. Run
 * {@code i} of a k-means measurement uses seed {@code seed + i}, so the median is over different
 * random starts, as it would be for users.
 *
 * <p>Hook for callers (the command line adds CSV loading): {@link #run} returns the timings as a
 * mutable list; time more work with {@link #measure} and append it, print with
 * {@link Timing#toLine()}. {@code bench/sklearn_bench.py} at the repository root times scikit-learn
 * on the same table, written with {@code --npy FILE} (which writes it and stops).
 */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * @param rows      customers in the synthetic table
     * @param cols      features
     * @param segments  planted segments
     * @param k         k of the single fits and the silhouette
     * @param kMax      the sweep runs k = 1..kMax
     * @param warmups   untimed runs before each measurement
     * @param runs      timed runs of the fast measurements
     * @param sweepRuns timed runs of the sweep (the slowest measurement)
     * @param seed      seed of the table and of the first k-means run
     */
    public record Options(int rows, int cols, int segments, int k, int kMax, int warmups, int runs, int sweepRuns,
            long seed) {
        /** 1,000,000 x 6, five segments, k = 5, sweep 1..10, 2 warm-ups, 5 runs (3 for the sweep). */
        public static Options defaults() {
            return new Options(1_000_000, 6, 5, 5, 10, 2, 5, 3, 42);
        }
    }

    /**
     * One measurement.
     *
     * @param name    what was timed
     * @param seconds every timed run, in order
     * @param detail  what the last run produced (for checking), e.g. WCSS and iterations
     */
    public record Timing(String name, double[] seconds, String detail) {
        public double median() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            int n = s.length;
            return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
        }

        public double min() {
            return Arrays.stream(seconds).min().orElse(Double.NaN);
        }

        /** One aligned line: name, median, min, number of runs, detail. */
        public String toLine() {
            return String.format(Locale.ROOT, "%-44s median %8.3f s   min %8.3f s   (%d runs)   %s", name, median(),
                    min(), seconds.length, detail);
        }
    }

    /**
     * The ratio Segmenta / scikit-learn of every measurement both benchmarks made, from the lines
     * {@code bench/sklearn_bench.py} printed ({@code NAME median SECONDS s ...}): one line each, e.g.
     * {@code k-means k = 5, 1 start  0.104 s / 0.210 s = 0.50}. Measurements pair by what they time
     * (a single fit, the fit with several starts, the sweep, the silhouette, the Isolation Forest).
     */
    public static List<String> ratios(List<Timing> timings, List<String> sklearnLines) {
        Map<String, Double> sk = new LinkedHashMap<>();
        Pattern line = Pattern.compile("^(.+?)\\s+median\\s+([0-9.]+) s\\b.*");
        for (String l : sklearnLines) {
            Matcher m = line.matcher(l);
            if (m.matches() && kind(m.group(1).strip()) != null) {
                sk.put(kind(m.group(1).strip()), Double.parseDouble(m.group(2)));
            }
        }
        List<String> out = new ArrayList<>();
        for (Timing t : timings) {
            Double other = sk.get(kind(t.name()));
            if (other != null) {
                out.add(String.format(Locale.ROOT, "%-46s %s / %s = %.2f", t.name(), seconds(t.median()),
                        seconds(other), t.median() / other));
            }
        }
        return out;
    }

    /** Seconds for a ratio line: milliseconds below 0.1 s, where three decimals of a second say too little. */
    private static String seconds(double s) {
        return s < 0.1 ? String.format(Locale.ROOT, "%7.2f ms", s * 1e3) : String.format(Locale.ROOT, "%8.3f s", s);
    }

    /** What a measurement of either benchmark times, for pairing them; null for one without a counterpart. */
    static String kind(String name) {
        if (name.contains("Lloyd iteration")) { // bench/lloyd.c's lines: the one on every core pairs
            return name.endsWith(", 1 thread") ? null : "Lloyd iteration";
        }
        if (name.startsWith("k-means")) {
            return name.endsWith(", 1 start") ? "fit, 1 start" : "fit, several starts";
        }
        for (String k : new String[] {"k sweep", "silhouette", "Isolation Forest"}) {
            if (name.startsWith(k)) {
                return k;
            }
        }
        return null;
    }

    public static void main(String[] args) {
        Options o = Options.defaults();
        Path npy = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--rows" -> o = new Options(Integer.parseInt(v), o.cols(), o.segments(), o.k(), o.kMax(),
                        o.warmups(), o.runs(), o.sweepRuns(), o.seed());
                case "--cols" -> o = new Options(o.rows(), Integer.parseInt(v), o.segments(), o.k(), o.kMax(),
                        o.warmups(), o.runs(), o.sweepRuns(), o.seed());
                case "--runs" -> o = new Options(o.rows(), o.cols(), o.segments(), o.k(), o.kMax(), o.warmups(),
                        Integer.parseInt(v), o.sweepRuns(), o.seed());
                case "--sweep-runs" -> o = new Options(o.rows(), o.cols(), o.segments(), o.k(), o.kMax(),
                        o.warmups(), o.runs(), Integer.parseInt(v), o.seed());
                case "--seed" -> o = new Options(o.rows(), o.cols(), o.segments(), o.k(), o.kMax(), o.warmups(),
                        o.runs(), o.sweepRuns(), Long.parseLong(v));
                case "--npy" -> npy = Path.of(v);
                default -> {
                    System.err.println("Unknown option " + a + ". Options: --rows N --cols N --runs N --sweep-runs N"
                            + " --seed N --npy FILE (write the table as a NumPy .npy file for bench/sklearn_bench.py"
                            + " and bench/lloyd.c, and stop)");
                    System.exit(2);
                }
            }
            i++;
        }
        if (npy != null) { // the table for the other tools: seconds, where the whole benchmark takes minutes
            writeNpy(generate(o), npy);
            System.out.println("Wrote " + npy.toAbsolutePath());
            return;
        }
        run(System.out, o);
    }

    /** Generates the table, runs every measurement, prints each line as it finishes; returns the list. */
    public static List<Timing> run(PrintStream out, Options o) {
        out.printf(Locale.ROOT, "Segmenta benchmark: %,d x %d synthetic customers (%d segments), Java %s, %d cores,"
                + " max heap %d MB%n", o.rows(), o.cols(), o.segments(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        DataMatrix x = generate(o);
        List<Timing> timings = new ArrayList<>();
        int k = o.k();
        ProgressListener quiet = ProgressListener.NONE;
        CancellationToken never = CancellationToken.NONE;

        timings.add(measure("k-means k = " + k + ", 1 start", o.warmups(), o.runs(), seed -> {
            KMeansResult r = KMeans.fit(x, new KMeans.Options(k, 1, o.seed() + seed, 300, 1e-4), quiet, never);
            return describe(r);
        }));
        out.println(timings.get(timings.size() - 1).toLine());

        // one Lloyd iteration (assign every row, move the centres): a fit that runs to convergence less one
        // stopped after its first iteration, per extra iteration; the copy into blocks, the seeding and the
        // final assignment are in both and cancel out. bench/lloyd.c times the same iteration in C.
        int converged = KMeans.fit(x, new KMeans.Options(k, 1, o.seed(), 300, 0), quiet, never).iterations();
        if (converged > 1) {
            timings.add(lloydIteration(x, k, converged, o));
            out.println(timings.get(timings.size() - 1).toLine());
        }

        int auto = KMeans.autoStarts(x.rows(), x.cols(), k);
        timings.add(measure("k-means k = " + k + ", automatic starts (" + auto + ")", o.warmups(), o.runs(), seed -> {
            KMeansResult r = KMeans.fit(x, KMeans.Options.of(k, o.seed() + seed), quiet, never);
            return describe(r);
        }));
        out.println(timings.get(timings.size() - 1).toLine());

        timings.add(measure("k sweep 1.." + o.kMax() + ", automatic starts", Math.min(1, o.warmups()), o.sweepRuns(),
                seed -> {
                    SweepResult s = KSweep.run(x, 1, o.kMax(), 0, o.seed() + seed, quiet, never);
                    return "recommended k = " + s.recommendedK() + ", elbow k = " + s.kneeK();
                }));
        out.println(timings.get(timings.size() - 1).toLine());

        int[] labels = KMeans.fit(x, KMeans.Options.of(k, o.seed()), quiet, never).labels();
        timings.add(measure("silhouette k = " + k + (x.rows() > Silhouette.EXACT_LIMIT ? " (sampled)" : " (exact)"),
                o.warmups(), o.runs(), seed -> {
                    SilhouetteScore s = Silhouette.score(x, labels, k, o.seed() + seed);
                    return String.format(Locale.ROOT, "%.4f on %,d rows", s.value(), s.sampleSize());
                }));
        out.println(timings.get(timings.size() - 1).toLine());

        // the Prepare step's Isolation Forest: grow 100 trees, score every customer
        double[][] columns = new double[x.cols()][x.rows()];
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                columns[j][i] = x.get(i, j);
            }
        }
        timings.add(measure("Isolation Forest, " + IsolationForest.TREES + " trees, fit and score", o.warmups(),
                o.runs(), seed -> {
                    IsolationForest f = IsolationForest.fit(columns, x.rows(), o.seed() + seed, never);
                    double[] scores = f.score(columns, x.rows(), never);
                    return String.format(Locale.ROOT, "highest score %.3f",
                            Arrays.stream(scores).max().orElse(Double.NaN));
                }));
        out.println(timings.get(timings.size() - 1).toLine());

        // the Data step's sort of the row table: every value distinct, so no radix pass is skipped
        double[] first = new double[x.rows()];
        for (int i = 0; i < first.length; i++) {
            first[i] = x.get(i, 0);
        }
        Dataset table = new Dataset("bench", List.of(new NumericColumn("f1", first)), null);
        timings.add(measure(String.format(Locale.ROOT, "sort %,d rows by a numeric column", x.rows()), o.warmups(),
                o.runs(), run -> {
                    int[] order = RowSort.sort(table, List.of(new RowSort.Key(0, false)), quiet, never);
                    return String.format(Locale.ROOT, "smallest %.4f, largest %.4f", first[order[0]],
                            first[order[order.length - 1]]);
                }));
        out.println(timings.get(timings.size() - 1).toLine());

        // and by a text column of distinct customer ids in shuffled order ("C0012345"): the merge sort
        String[] ids = new String[x.rows()];
        SplittableRandom shuffle = new SplittableRandom(o.seed());
        for (int i = 0; i < ids.length; i++) {
            ids[i] = String.format(Locale.ROOT, "C%07d", i);
        }
        for (int i = ids.length - 1; i > 0; i--) {
            int j = shuffle.nextInt(i + 1);
            String t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
        Dataset idTable = new Dataset("bench", List.of(new TextColumn("id", ColumnType.IDENTIFIER, ids)), null);
        timings.add(measure(String.format(Locale.ROOT, "sort %,d rows by a text column (distinct ids)", x.rows()),
                o.warmups(), o.runs(), run -> {
                    int[] order = RowSort.sort(idTable, List.of(new RowSort.Key(0, false)), quiet, never);
                    return "first " + ids[order[0]] + ", last " + ids[order[order.length - 1]];
                }));
        out.println(timings.get(timings.size() - 1).toLine());
        return timings;
    }

    /** Median seconds of one Lloyd iteration, from fits of {@code iterations} and of 1 iteration per run. */
    private static Timing lloydIteration(DataMatrix x, int k, int iterations, Options o) {
        double[] perIteration = new double[o.runs()];
        for (int r = -o.warmups(); r < o.runs(); r++) {
            long t0 = System.nanoTime();
            KMeans.fit(x, new KMeans.Options(k, 1, o.seed(), 1, 0), ProgressListener.NONE, CancellationToken.NONE);
            long t1 = System.nanoTime();
            KMeans.fit(x, new KMeans.Options(k, 1, o.seed(), iterations, 0), ProgressListener.NONE,
                    CancellationToken.NONE);
            long t2 = System.nanoTime();
            if (r >= 0) {
                perIteration[r] = Math.max(0, (t2 - t1) - (t1 - t0)) / 1e9 / (iterations - 1);
            }
        }
        Timing t = new Timing("k-means k = " + k + ", one Lloyd iteration", perIteration, "");
        return new Timing(t.name(), perIteration, String.format(Locale.ROOT, "%.2f ms: a fit of %d iterations less a fit "
                + "of 1, per iteration", t.median() * 1e3, iterations));
    }

    /**
     * Runs {@code task} {@code warmups} times untimed, then {@code runs} times timed; the task gets
     * the run number (0-based, warm-ups negative) and returns a short description of its result.
     */
    public static Timing measure(String name, int warmups, int runs, LongFunction<String> task) {
        for (int w = 0; w < warmups; w++) {
            task.apply(-1 - w);
        }
        double[] seconds = new double[runs];
        String detail = "";
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            detail = task.apply(r);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        return new Timing(name, seconds, detail);
    }

    private static String describe(KMeansResult r) {
        return String.format(Locale.ROOT, "WCSS %.6e, %d iterations, sizes %s", r.wcss(), r.iterations(),
                Arrays.toString(r.sizes()));
    }

    /** The seeded synthetic table (standardised columns). */
    public static DataMatrix generate(Options o) {
        final int n = o.rows();
        final int d = o.cols();
        final int g = o.segments();
        SplittableRandom rng = new SplittableRandom(o.seed());
        double[] weight = new double[g];
        double total = 0;
        for (int s = 0; s < g; s++) {
            weight[s] = g == 5 ? new double[] {35, 25, 20, 12, 8}[s] : 1 + rng.nextInt(4);
            total += weight[s];
        }
        double[] centre = new double[g * d];
        double[] spread = new double[g * d];
        for (int q = 0; q < g * d; q++) {
            centre[q] = rng.nextDouble(-2, 2);
            spread[q] = rng.nextDouble(0.5, 1.0);
        }
        double[] v = new double[n * d];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble() * total;
            int s = 0;
            while (s < g - 1 && u >= weight[s]) {
                u -= weight[s];
                s++;
            }
            for (int j = 0; j < d; j++) {
                v[i * d + j] = centre[s * d + j] + spread[s * d + j] * gaussian(rng);
            }
        }
        for (int j = 0; j < d; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += v[i * d + j];
            }
            mean /= n;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double t = v[i * d + j] - mean;
                var += t * t;
            }
            double sd = Math.sqrt(var / n);
            for (int i = 0; i < n; i++) {
                v[i * d + j] = (v[i * d + j] - mean) / sd;
            }
        }
        return new DataMatrix(n, d, v);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    /** Writes the matrix as a NumPy {@code .npy} file (float64, C order) for the scikit-learn side. */
    public static void writeNpy(DataMatrix m, Path file) {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + m.rows() + ", " + m.cols() + "), }";
        int unpadded = 10 + dict.length() + 1;
        int pad = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(pad) + "\n";
        try (OutputStream os = Files.newOutputStream(file)) {
            ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            head.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
            head.putShort((short) header.length());
            os.write(head.array());
            os.write(header.getBytes(StandardCharsets.US_ASCII));
            ByteBuffer body = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (double value : m.values()) {
                if (!body.hasRemaining()) {
                    os.write(body.array(), 0, body.position());
                    body.clear();
                }
                body.putDouble(value);
            }
            os.write(body.array(), 0, body.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
