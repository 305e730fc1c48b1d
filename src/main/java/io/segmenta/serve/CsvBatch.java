package io.segmenta.serve;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.CsvRecords;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.model.BatchPredictions;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A CSV request, placed as {@code segmenta predict --in --out} places a file: read by the core's
 * {@link CsvImporter}, placed by {@link BatchPredictor#predict}, written by
 * {@link SegmentedCsvWriter} with {@link BatchPredictor#columns}, so the answer is the text that
 * command writes (every column of the request plus Segment, Segment name, Distance or Probability,
 * Distance percentile, Warning, Error), only into the response instead of a file. The body is written
 * to a folder only the server's user can read, read once ({@link CsvImporter#readKeepingRecords}: the
 * answer's copies of the request's cells come from that read), and deleted when the batch is closed.
 */
final class CsvBatch implements AutoCloseable {
    private final Path dir;
    private final Dataset data;
    private final CsvRecords records;
    private final BatchPredictions predictions;
    private final SegmentModel model;

    private CsvBatch(Path dir, Dataset data, CsvRecords records, BatchPredictions predictions, SegmentModel model) {
        this.dir = dir;
        this.data = data;
        this.records = records;
        this.predictions = predictions;
        this.model = model;
    }

    /** Reads and places the customers of {@code body}; a 422 when the body is no usable table. */
    static CsvBatch predict(SegmentModel model, byte[] body, CancellationToken deadline) {
        Path dir = null;
        try {
            dir = privateFolder();
            Path in = dir.resolve("request.csv");
            Files.write(in, body);
            try {
                CsvImporter.WithRecords read = CsvImporter.readKeepingRecords(in, ProgressListener.NONE, deadline);
                BatchPredictions p = BatchPredictor.predict(model, read.data(), ProgressListener.NONE, deadline);
                CsvBatch batch = new CsvBatch(dir, read.data(), read.records(), p, model);
                dir = null;
                return batch;
            } catch (SegmentaException e) {
                String detail = e.getMessage().replace(in.toString(), "the request body").replace(dir + "/", "");
                throw new Problem(422, "Unprocessable Content", detail);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    BatchPredictions predictions() {
        return predictions;
    }

    /**
     * Writes the answer to {@code out} (left open) and returns its size in bytes. Once placed, the batch
     * is written whole: the time limit is not checked while writing, so an answer never stops halfway.
     */
    long writeTo(OutputStream out) throws IOException {
        Counting counted = new Counting(out);
        SegmentedCsvWriter.write(data, records, BatchPredictor.columns(model, predictions), counted,
                ProgressListener.NONE, CancellationToken.NONE);
        return counted.bytes;
    }

    @Override
    public void close() {
        delete(dir);
    }

    /** Counts the bytes on their way to the response, for the access log. */
    private static final class Counting extends FilterOutputStream {
        private long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
    }

    private static Path privateFolder() throws IOException {
        try {
            return Files.createTempDirectory("segmenta-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("segmenta-serve-");
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            dir.toFile().deleteOnExit();
        }
    }
}
