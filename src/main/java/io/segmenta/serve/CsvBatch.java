package io.segmenta.serve;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.BatchPredictor;
import io.segmenta.core.model.BatchSummary;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A CSV request: placed by the core's {@link BatchPredictor#run}, exactly as {@code segmenta predict
 * --in --out} does, so the answer is the file that command writes (every column of the request plus
 * Segment, Segment name, Distance or Probability, Distance percentile, Warning, Error). The body goes
 * to a folder only the server's user can read, and the folder is deleted before the answer is sent.
 */
final class CsvBatch {
    /** The answer and what the run did. */
    record Result(byte[] csv, BatchSummary summary) {
    }

    private CsvBatch() {
    }

    static Result run(SegmentModel model, byte[] body, CancellationToken deadline) {
        Path dir = null;
        try {
            dir = privateFolder();
            Path in = dir.resolve("request.csv");
            Path out = dir.resolve("answer.csv");
            Files.write(in, body);
            try {
                BatchSummary s = BatchPredictor.run(model, in, out, ProgressListener.NONE, deadline);
                return new Result(Files.readAllBytes(out), s);
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
