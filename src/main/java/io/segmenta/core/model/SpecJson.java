package io.segmenta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentationSpec;

/**
 * A {@link SegmentationSpec} as the JSON object the model file holds under {@code training.spec},
 * for other Segmenta files that record a segmentation's every choice (the project file). Reading
 * checks every field as the model file's reader does.
 */
public final class SpecJson {
    private SpecJson() {
    }

    /** The spec as JSON: {@code prep}, {@code algorithm} and {@code seed}, in the command line's words. */
    public static ObjectNode write(SegmentationSpec spec) {
        return SpecCodec.write(spec);
    }

    /**
     * Reads a spec written by {@link #write}.
     *
     * @param file   the file as shown to the user
     * @param path   the node's path in the file ("runs[2].spec")
     * @param advice the sentence that ends every problem (what to do about the file)
     * @throws ModelFormatException naming the file and the field at fault
     */
    public static SegmentationSpec read(String file, JsonNode node, String path, String advice) {
        return SpecCodec.read(JsonIn.at(file, node, path, advice));
    }
}
