package io.segmenta.core.model;

import io.segmenta.core.SegmentaException;
import java.nio.file.Path;

/**
 * The model file, for callers: {@link ModelFileWriter} writes it and {@link ModelFileReader} reads
 * and checks it. The fields are listed in the package documentation ({@code package-info.java}).
 */
public final class ModelFile {
    private ModelFile() {
    }

    /** Writes the model to {@code file}, replacing it in one step (a failure leaves no partial file). */
    public static void write(SegmentModel model, Path file) {
        ModelFileWriter.write(model, file);
    }

    /** The model as the text of a model file: pretty-printed JSON, number lists on one line. */
    public static String toJson(SegmentModel model) {
        return ModelFileWriter.toJson(model);
    }

    /**
     * Reads a model file.
     *
     * @throws SegmentaException when the file cannot be read
     * @throws ModelFormatException when it is not a usable model (naming the file and the field)
     */
    public static SegmentModel read(Path file) {
        return ModelFileReader.read(file);
    }

    /** Reads a model from the text of a model file; {@code shown} names it in messages. */
    public static SegmentModel fromJson(String text, String shown) {
        return ModelFileReader.fromJson(text, shown);
    }
}
