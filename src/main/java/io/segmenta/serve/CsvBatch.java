package io.segmenta.serve;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.export.SegmentedCsvWriter;
import io.segmenta.core.model.BatchPredictions;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * Distance percentile, Warning, Error), only into memory instead of a file. The body is kept in a
 * folder only the server's user can read, deleted before the answer is sent.
 */
final class CsvBatch {
    /** The answer and what the run did. */
    record Result(byte[] csv, BatchPredictions predictions) {
    }

    private CsvBatch() {
    }

    static Result run(SegmentModel model, byte[] body, CancellationToken deadline) {
        Path dir = null;
        try {
            dir = privateFolder();
            Path in = dir.resolve("request.csv");
            Files.write(in, body);
            try {
                Dataset data = CsvImporter.read(in, ProgressListener.NONE, deadline);
                BatchPredictions p = BatchPredictor.predict(model, data, ProgressListener.NONE, deadline);
                ByteArrayOutputStream out = new ByteArrayOutputStream(body.length * 3 + 4096);
                SegmentedCsvWriter.write(data, BatchPredictor.columns(model, p), out, ProgressListener.NONE,
                        deadline);
                return new Result(out.toByteArray(), p);
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
