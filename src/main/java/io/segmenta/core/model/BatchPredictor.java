package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.CsvRecords;
import io.segmenta.core.data.CsvSource;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Importers;
import io.segmenta.core.export.AppendedColumn;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.prep.FittedPreparation;
import io.segmenta.core.prep.OutlierRule;
import io.segmenta.core.text.Texts;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.Parallel;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Places every customer of a CSV file with a model and writes the file back with the segments.
 *
 * <p>Columns are matched by name ({@link ColumnMatch}); a column the model needs and the file lacks
 * stops the run with a message naming it. Extra columns are kept. A row with a cell that cannot be
 * read (not a number, not a date, empty where the model needs a value) gets no segment and an
 * {@code Error} cell saying why; every other row is still placed. The output holds every input row
 * and column unchanged plus {@code Segment} (1..k; empty for noise and failed rows),
 * {@code Segment name} ("Noise" for DBSCAN noise), {@code Distance} (to the own segment's centre,
 * prepared units) or, for a Gaussian mixture, {@code Probability} (of the own segment),
 * {@code Distance percentile} (among the segment's training customers: low is typical),
 * {@code Warning} and {@code Error}. It is written to a temporary file and moved into place; the
 * input file is never written. Progress is reported and cancellation polled throughout.
 */
public final class BatchPredictor {
    /** Failed rows listed with their file line in a summary (all are counted). */
    public static final int ERRORS_LISTED = 1000;
    private static final int CHUNK = 8192;
    private static final String NOISE_WARNING = "Noise: no core customer of any segment within eps.";

    private BatchPredictor() {
    }

    /**
     * Reads {@code input}, places every row, writes {@code output}.
     *
     * @throws SegmentaException when the file cannot be read, lacks a column the model needs, or the
     *                           output cannot be written (or is the input)
     * @throws io.segmenta.core.work.CancelledException when cancelled (no output is left behind)
     */
    public static BatchSummary run(SegmentModel model, Path input, Path output, ProgressListener progress,
                                   CancellationToken cancel) {
        long start = System.nanoTime();
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (in.equals(out) || Files.exists(out) && sameFile(in, out)) {
            throw new SegmentaException("Segmenta never overwrites the file it reads: " + out + " is the input file. "
                    + "Choose another file name for the result.");
        }
        progress.progress(0, "Reading " + in.getFileName());
        CsvImporter.WithRecords read = Importers.readKeepingRecords(in, progress.range(0, 0.4), cancel);
        return write(model, read.data(), read.records(), in.toString(), in.getFileName().toString(), out, start,
                progress.range(0.4, 1), cancel);
    }

    /**
     * Places every row of a table already read (a database query: {@code segmenta predict --db}) and
     * writes {@code output}, as {@link #run(SegmentModel, Path, Path, ProgressListener, CancellationToken)}
     * does for a file.
     *
     * @throws SegmentaException when the table lacks a column the model needs, or the output cannot be
     *                           written (or is the file the table came from)
     */
    public static BatchSummary run(SegmentModel model, Dataset data, Path output, ProgressListener progress,
                                   CancellationToken cancel) {
        return write(model, data, null, data.name(), data.name(), output.toAbsolutePath().normalize(),
                System.nanoTime(), progress, cancel);
    }

    private static BatchSummary write(SegmentModel model, Dataset data, CsvRecords records, String input,
                                      String inputName, Path out, long start, ProgressListener progress,
                                      CancellationToken cancel) {
        cancel.throwIfCancelled();
        BatchPredictions p = predict(model, data, progress.range(0, 0.25), cancel);
        List<RowError> errors = errors(data, records, p, cancel);
        SegmentedCsvWriter.write(data, records, columns(model, p), out, progress.range(0.25, 1), cancel);
        List<String> notes = new ArrayList<>(data.warnings());
        notes.addAll(p.notes());
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.progress(1, String.format(Locale.ROOT, "Placed %,d of %,d customers; wrote %s", p.assigned(),
                p.rows(), out.getFileName()));
        return new BatchSummary(input, inputName, out, p.rows(), p.assigned(), p.noise(), p.failed(), p.warned(), p.counts(), errors,
                notes, millis);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Places every row of a table (no file is written).
     *
     * @throws SegmentaException when the table lacks a column the model needs
     */
    public static BatchPredictions predict(SegmentModel model, Dataset data, ProgressListener progress,
                                           CancellationToken cancel) {
        ColumnMatch match = ColumnMatch.of(model.columns(), data);
        RowReader reader = new RowReader(model, data, match);
        FittedPreparation prep = model.preparation();
        OutlierRule rule = prep.outlierRule();
        int[] used = prep.used();
        double[] center = prep.center();
        double[] scale = prep.scale();
        int rawCount = prep.rawFeatures().size();
        int d = used.length;
        int k = model.k();
        Assignment assignment = model.assignment();
        boolean mixture = model.hasProbabilities();
        List<ModelSegment> segments = model.segments();
        int n = data.rowCount();
        int[] segment = new int[n];
        double[] distance = new double[n];
        double[] probability = new double[n];
        double[] percentile = new double[n];
        String[] warning = new String[n];
        String[] error = new String[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        AtomicInteger done = new AtomicInteger();
        Parallel.forEach(chunks, ch -> {
            cancel.throwIfCancelled();
            double[] raw = new double[rawCount];
            double[] x = new double[d];
            double[] probs = new double[k];
            List<String> warnings = new ArrayList<>();
            for (int row = ch * CHUNK, end = Math.min(n, row + CHUNK); row < end; row++) {
                warnings.clear();
                distance[row] = Double.NaN;
                probability[row] = Double.NaN;
                percentile[row] = Double.NaN;
                String err = reader.read(row, raw, warnings);
                if (err != null) {
                    segment[row] = BatchPredictions.FAILED;
                    error[row] = err;
                    continue;
                }
                String reason = rule.reason(raw);
                if (reason != null) {
                    warnings.add("Outlier by the training rule: " + reason + ".");
                }
                for (int j = 0; j < d; j++) {
                    x[j] = (raw[used[j]] - center[j]) / scale[j];
                }
                int s = assignment.assign(x, 0, mixture ? probs : null);
                segment[row] = s;
                if (s == Assignment.NOISE) {
                    warnings.add(NOISE_WARNING);
                } else {
                    ModelSegment seg = segments.get(s);
                    double dist = Math.sqrt(seg.squaredDistance(x, 0));
                    distance[row] = dist;
                    percentile[row] = seg.distances().percentile(dist);
                    if (mixture) {
                        probability[row] = probs[s];
                    }
                    String unusual = model.unusual(seg, dist, percentile[row]);
                    if (unusual != null) {
                        warnings.add(unusual);
                    }
                }
                if (!warnings.isEmpty()) {
                    warning[row] = warnings.size() == 1 ? warnings.get(0) : String.join(" ", warnings);
                }
            }
            int finished = done.incrementAndGet();
            progress.progress((double) finished / chunks, String.format(Locale.ROOT, "Placing customers: %,d of %,d",
                    Math.min(n, (long) finished * CHUNK), n));
        });
        cancel.throwIfCancelled();
        int[] counts = new int[k];
        int noise = 0;
        int failed = 0;
        int warned = 0;
        for (int row = 0; row < n; row++) {
            int s = segment[row];
            if (s >= 0) {
                counts[s]++;
            } else if (s == Assignment.NOISE) {
                noise++;
            } else {
                failed++;
            }
            if (warning[row] != null) {
                warned++;
            }
        }
        List<String> notes = new ArrayList<>(match.notes());
        notes.addAll(reader.notes());
        return new BatchPredictions(segment, distance, probability, percentile, warning, error, counts, noise, failed,
                warned, notes);
    }

    /**
     * The columns a batch prediction appends to the table: Segment, Segment name, Distance (or
     * Probability), Distance percentile, Warning, Error.
     */
    public static List<AppendedColumn> columns(SegmentModel model, BatchPredictions p) {
        int[] seg = p.segment();
        List<String> names = model.segments().stream().map(ModelSegment::name).toList();
        List<AppendedColumn> out = new ArrayList<>();
        out.add(new AppendedColumn("Segment", row -> seg[row] >= 0 ? Integer.toString(seg[row] + 1) : ""));
        out.add(new AppendedColumn("Segment name", row -> seg[row] >= 0 ? names.get(seg[row])
                : seg[row] == Assignment.NOISE ? SegmentationResult.NOISE_NAME : ""));
        if (model.hasProbabilities()) {
            double[] prob = p.probability();
            out.add(new AppendedColumn("Probability", row -> Texts.fixed(prob[row], 4)));
        } else {
            double[] dist = p.distance();
            out.add(new AppendedColumn("Distance", row -> Texts.fixed(dist[row], 4)));
        }
        double[] pct = p.percentile();
        out.add(new AppendedColumn("Distance percentile", row -> Texts.fixed(pct[row], 1)));
        String[] warning = p.warning();
        String[] error = p.error();
        out.add(new AppendedColumn("Warning", row -> warning[row]));
        out.add(new AppendedColumn("Error", row -> error[row]));
        return out;
    }

    /**
     * The failed rows (the first {@link #ERRORS_LISTED}) with the file line each starts on: from the
     * records the import kept, else from a read of the source that stops after the last failed row.
     */
    static List<RowError> errors(Dataset data, CsvRecords records, BatchPredictions p, CancellationToken cancel) {
        String[] error = p.error();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < error.length && rows.size() < ERRORS_LISTED; row++) {
            if (error[row] != null) {
                rows.add(row);
            }
        }
        long[] lines = new long[rows.size()];
        if (records != null) {
            for (int i = 0; i < rows.size(); i++) {
                lines[i] = records.line(rows.get(i));
            }
        } else if (!rows.isEmpty() && data.source().isPresent()) {
            lines = lines(data.source().get(), rows, cancel);
        }
        List<RowError> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new RowError(rows.get(i), lines[i], error[rows.get(i)]));
        }
        return out;
    }

    /** Stops the record stream once the last wanted row is passed. */
    private static final class Enough extends IOException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null);
        }
    }

    private static long[] lines(CsvSource source, List<Integer> rows, CancellationToken cancel) {
        long[] lines = new long[rows.size()];
        int last = rows.get(rows.size() - 1);
        int[] next = {0};
        try {
            CsvImporter.forEachRecord(source, (row, cells, line) -> {
                if ((row & 0xFFFF) == 0) {
                    cancel.throwIfCancelled();
                }
                if (next[0] < rows.size() && row == rows.get(next[0])) {
                    lines[next[0]++] = line;
                }
                if (row >= last) {
                    throw new Enough();
                }
            });
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof Enough)) {
                throw e;
            }
        }
        return lines;
    }
}
