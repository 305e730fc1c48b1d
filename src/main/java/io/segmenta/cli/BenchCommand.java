package io.segmenta.cli;

import io.segmenta.bench.Benchmark;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.cluster.DataMatrix;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta bench}: a rerunnable benchmark on a seeded synthetic table (1,000,000 x 6 by
 * default): median times of CSV load, one k-means fit, the k = 1..10 sweep, the silhouette and the
 * Data step's sort of a million rows by a numeric column.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time CSV loading, k-means, the k sweep, the silhouette and a row sort on a seeded synthetic "
                + "table (written to a temporary CSV and deleted afterwards). Prints the median of several runs.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "Customers. Default: ${DEFAULT-VALUE}.")
    int rows;

    @Option(names = "--cols", defaultValue = "6", description = "Features. Default: ${DEFAULT-VALUE}.")
    int cols;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per measurement (median reported). "
            + "Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--sweep-runs", defaultValue = "3", description = "Timed runs of the k sweep. "
            + "Default: ${DEFAULT-VALUE}.")
    int sweepRuns;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the table and the runs. "
            + "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--sklearn", paramLabel = "FILE", description = "What bench/sklearn_bench.py (or bench/lloyd.c, "
            + "the C reference for a Lloyd iteration) printed for the same table: then the ratio Segmenta / that tool "
            + "of each measurement is printed as well. Repeatable.")
    List<Path> sklearn = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (rows < 10 || cols < 1 || runs < 1 || sweepRuns < 1) {
            throw new SegmentaException("bench needs --rows of at least 10, --cols, --runs and --sweep-runs of at least 1.");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> sklearnLines = null;
        for (Path file : sklearn) {
            try {
                sklearnLines = sklearnLines == null ? new ArrayList<>() : sklearnLines;
                sklearnLines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new SegmentaException("Could not read the reference results " + file + ": " + e.getMessage()
                        + ". Give the file bench/sklearn_bench.py's (or bench/lloyd.c's) output was saved to.");
            }
        }
        Benchmark.Options o = new Benchmark.Options(rows, cols, 5, 5, 10, 2, runs, sweepRuns, seed);
        Path csv = Files.createTempFile("segmenta-bench-", ".csv");
        try {
            writeCsv(Benchmark.generate(o), csv);
            List<Benchmark.Timing> timings = new ArrayList<>();
            timings.add(Benchmark.measure(String.format(Locale.ROOT, "CSV load (%,d MB)", Files.size(csv) >> 20),
                    o.warmups(), runs, run -> {
                        Dataset d = CsvImporter.read(csv);
                        return String.format(Locale.ROOT, "%,d rows x %d columns", d.rowCount(), d.columnCount());
                    }));
            out.println(timings.get(0).toLine());
            out.flush();
            PrintStream ps = new PrintStream(new OutputStream() {
                @Override
                public void write(int b) {
                    out.write(b);
                }

                @Override
                public void flush() {
                    out.flush();
                }
            }, true, StandardCharsets.UTF_8);
            timings.addAll(Benchmark.run(ps, o));
            ps.flush();
            out.println();
            out.println("Median times:");
            for (Benchmark.Timing t : timings) {
                out.printf(Locale.ROOT, "  %-46s %8.4f s%n", t.name(), t.median());
            }
            if (sklearnLines != null) {
                out.println();
                out.println("Segmenta / scikit-learn, and a Lloyd iteration / C (median times; below 1 Segmenta is "
                        + "faster):");
                for (String line : Benchmark.ratios(timings, sklearnLines)) {
                    out.println("  " + line);
                }
            }
        } finally {
            Files.deleteIfExists(csv);
        }
        return 0;
    }

    private static void writeCsv(DataMatrix x, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int j = 0; j < x.cols(); j++) {
                w.write(j == 0 ? "" : ",");
                w.write("f" + (j + 1));
            }
            w.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < x.rows(); i++) {
                line.setLength(0);
                for (int j = 0; j < x.cols(); j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    line.append(String.format(Locale.ROOT, "%.5f", x.get(i, j)));
                }
                line.append('\n');
                w.append(line);
            }
        }
    }
}
