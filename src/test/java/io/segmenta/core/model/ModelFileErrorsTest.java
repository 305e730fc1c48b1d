package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.GmmSpec;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.Datasets;
import io.segmenta.core.prep.OutlierPolicy;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a model file can be unusable gets its own message naming the file and the field. */
class ModelFileErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "customers-model.json";

    @TempDir
    Path dir;

    /** A k-means model of the built-in sample (needs no shared data): Gender, Age, income, spending. */
    static SegmentModel sampleModel() {
        Dataset data = Datasets.sample();
        SegmentationResult r = Segmenter.segment(data, new SegmentationSpec(PrepSpec.standard(
                List.of("Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)")), KMeansSpec.of(4), 42),
                ProgressListener.NONE, CancellationToken.NONE);
        return ModelBuilder.build(data, r, null, Instant.parse("2026-01-15T10:30:00Z"), "test");
    }

    static SegmentModel sampleMixture() {
        Dataset data = Datasets.sample();
        SegmentationResult r = Segmenter.segment(data, new SegmentationSpec(PrepSpec.standard(
                List.of("Annual Income (k$)", "Spending Score (1-100)")), GmmSpec.of(3), 42),
                ProgressListener.NONE, CancellationToken.NONE);
        return ModelBuilder.build(data, r, null, Instant.parse("2026-01-15T10:30:00Z"), "test");
    }

    private static String mutated(SegmentModel model, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(ModelFile.toJson(model));
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    private static ModelFormatException fails(String text) {
        return assertThrows(ModelFormatException.class, () -> ModelFile.fromJson(text, FILE));
    }

    private static void assertMessage(ModelFormatException e, String field, String... parts) {
        assertEquals(FILE, e.file());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "\"" + p + "\" not in: " + e.getMessage());
        }
    }

    @Test
    void aCompleteFileReadsBack() {
        SegmentModel m = sampleModel();
        SegmentModel back = ModelFile.fromJson(ModelFile.toJson(m), FILE);
        assertEquals(ModelFile.toJson(m), ModelFile.toJson(back));
        assertEquals(List.of("Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)"), back.columns());
    }

    @Test
    void truncatedFile() {
        String text = ModelFile.toJson(sampleModel());
        for (int cut : new int[] {text.length() / 3, text.length() / 2, text.length() - 3}) {
            assertMessage(fails(text.substring(0, cut)), null, "ends too early", "truncated", "line ");
        }
    }

    @Test
    void notJsonEmptyOrNotAnObject() throws Exception {
        assertMessage(fails(""), null, "is empty");
        assertMessage(fails("   \n"), null, "is empty");
        assertMessage(fails("Segment,Age\n1,30\n"), null, "is not a valid JSON file", "line 1");
        assertMessage(fails("[1, 2, 3]"), null, "is not a Segmenta model", "a list");
        assertMessage(fails("{\"format\": \"segmenta-model\", \"version\": 1} trailing"), null,
                "is not a valid JSON file");
        // Java serialization bytes are refused as what they are not: JSON
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.ArrayList<>(List.of("x")));
        }
        Path serialized = dir.resolve("model.ser");
        Files.write(serialized, bytes.toByteArray());
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(serialized));
        assertTrue(e.getMessage().contains("is not a valid JSON file"), e.getMessage());
    }

    @Test
    void duplicateFieldsAreRefused() {
        String text = ModelFile.toJson(sampleModel()).replaceFirst("\"version\" : 1,", "\"version\" : 1, \"version\" : 1,");
        assertMessage(fails(text), null, "is not a valid JSON file", "Duplicate field 'version'");
    }

    @Test
    void otherFormatsAndVersions() throws Exception {
        SegmentModel m = sampleModel();
        assertMessage(fails(mutated(m, r -> r.put("format", "segmenta-session"))), "format", "is not a Segmenta model",
                "\"segmenta-session\"", "File > Save model");
        assertMessage(fails(mutated(m, r -> r.remove("format"))), "format", "is not a Segmenta model", "is missing");
        assertMessage(fails(mutated(m, r -> r.put("version", 2))), "version", "format version 2",
                "written by a later Segmenta", "reads version 1", "Update Segmenta");
        assertMessage(fails(mutated(m, r -> r.put("version", 0))), "version", "must be 1 or more");
        assertMessage(fails(mutated(m, r -> r.remove("version"))), "version", "the field \"version\" is missing");
    }

    @Test
    void wrongTypes() throws Exception {
        SegmentModel m = sampleModel();
        assertMessage(fails(mutated(m, r -> r.put("version", "one"))), "version",
                "the field \"version\" must be a whole number, but it is text (\"one\")");
        assertMessage(fails(mutated(m, r -> r.put("version", 1.5))), "version", "must be a whole number",
                "a number (1.5)");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("assignment").get("centroids").get(1)).set(0, "x"))),
                "assignment.centroids[1][0]", "must be a number, but it is text (\"x\")");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("segments").get(2)).put("name", 7))),
                "segments[2].name", "must be text, but it is a number (7)");
        assertMessage(fails(mutated(m, r -> r.put("inputs", "Age"))), "inputs", "must be a list");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("inputs").get(0)).put("kind", "colour"))),
                "inputs[0].kind", "must be number, date or category", "\"colour\"");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("preparation")).put("scaling", "log"))),
                "preparation.scaling", "Unknown scaling \"log\"");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("training")).put("date", "yesterday"))),
                "training.date", "must be a date and time");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("segments").get(0).get("distances"))
                .put("exact", "yes"))), "segments[0].distances.exact", "must be true or false");
    }

    @Test
    void missingFields() throws Exception {
        SegmentModel m = sampleModel();
        assertMessage(fails(mutated(m, r -> r.remove("segments"))), "segments", "the field \"segments\" is missing",
                "save the model again");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("assignment")).remove("centroids"))),
                "assignment.centroids", "is missing");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("inputs").get(1)).remove("column"))),
                "inputs[1].column", "is missing");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("training").get("spec").get("algorithm"))
                .remove("k"))), "training.spec.algorithm.k", "is missing");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("preparation")).putNull("center"))),
                "preparation.center", "is missing");
    }

    @Test
    void partsThatDoNotFitTogether() throws Exception {
        SegmentModel m = sampleModel();
        // 5 prepared features (Gender=Male, Age, income, spending ... ) per centroid
        int d = m.preparation().cols();
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("assignment").get("centroids").get(0)).add(0.5))),
                "assignment.centroids[0]", "must hold " + d + " numbers (one per feature), but it holds " + (d + 1));
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("segments")).remove(3))), "assignment.centroids",
                "must hold 3 rows (one per segment), but it holds 4");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("preparation").get("scale")).set(1, 0.0))),
                "preparation.scale", "must not hold 0");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("preparation").get("used")).set(0, 17))),
                "preparation.used", "feature positions from 0 to");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("segments").get(1)).put("id", 7))), "segments[1].id",
                "must be 2");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("inputs").get(0).get("indicators")).set(0, "Robot"))),
                "inputs[0].indicators", "\"Robot\"");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("preparation").get("raw_features")).set(0, "Sex"))),
                "preparation.raw_features", "must list the features the inputs make");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("segments").get(0).get("distances").get("values"))
                .set(0, 99.0))), "segments[0].distances.values", "ascending order");
        assertMessage(fails(mutated(m, r -> ((ObjectNode) r.get("training").get("spec").get("algorithm"))
                .put("k", 0))), "training.spec.algorithm", "k must be at least 1");
    }

    @Test
    void aCovarianceThatIsNotPositiveDefinite() throws Exception {
        SegmentModel m = sampleMixture();
        String text = mutated(m, r -> {
            ArrayNode first = (ArrayNode) r.get("assignment").get("covariances").get(0);
            ((ArrayNode) first.get(0)).set(0, -1.0);
        });
        assertMessage(fails(text), "assignment.covariances", "the covariance of component 1 is not positive definite");
        String asymmetric = mutated(m, r -> {
            ArrayNode first = (ArrayNode) r.get("assignment").get("covariances").get(1);
            ((ArrayNode) first.get(0)).set(1, 5.0);
        });
        assertMessage(fails(asymmetric), "assignment.covariances", "component 2 is not symmetric");
        assertMessage(fails(mutated(m, r -> ((ArrayNode) r.get("assignment").get("weights")).set(2, -0.1))),
                "assignment.covariances", "weight of component 3");
    }

    @Test
    void aBrokenIsolationForest() throws Exception {
        Dataset data = Datasets.sample();
        SegmentationResult r = Segmenter.segment(data, new SegmentationSpec(PrepSpec.standard(
                List.of("Age", "Annual Income (k$)", "Spending Score (1-100)"))
                .withOutliers(OutlierPolicy.isolationForest(0.05, 42)), KMeansSpec.of(4), 42),
                ProgressListener.NONE, CancellationToken.NONE);
        SegmentModel m = ModelBuilder.build(data, r, null, Instant.parse("2026-01-15T10:30:00Z"), "test");
        assertEquals(ModelFile.toJson(m), ModelFile.toJson(ModelFile.fromJson(ModelFile.toJson(m), FILE)));
        String cut = mutated(m, root -> {
            ObjectNode tree = (ObjectNode) root.get("preparation").get("outliers").get("trees").get(0);
            ((ArrayNode) tree.get("feature")).remove(tree.get("feature").size() - 1);
            ((ArrayNode) tree.get("value")).remove(tree.get("value").size() - 1);
        });
        assertMessage(fails(cut), "preparation.outliers.trees[0]",
                "it ends before every inner node has two children");
        assertMessage(fails(mutated(m, root -> ((ArrayNode) root.get("preparation").get("outliers").get("trees")
                .get(3).get("feature")).set(0, 9))), "preparation.outliers.trees",
                "tree 4 splits on feature 9, but features run from 0 to 2");
        assertMessage(fails(mutated(m, root -> ((ArrayNode) root.get("preparation").get("outliers").get("trees")
                .get(1).get("value")).remove(0))), "preparation.outliers.trees[1].value", "(one per node)");
        assertMessage(fails(mutated(m, root -> ((ArrayNode) root.get("preparation").get("outliers").get("trees"))
                .removeAll())), "preparation.outliers.trees", "must hold at least 1 tree");
        assertMessage(fails(mutated(m, root -> ((ObjectNode) root.get("preparation").get("outliers"))
                .remove("threshold"))), "preparation.outliers.threshold", "is missing");
        ObjectNode spec = (ObjectNode) JSON.readTree(ModelFile.toJson(m)).get("training").get("spec");
        assertTrue(spec.get("prep").get("outliers").get("choices") == null, "no choices, no field");
        assertMessage(fails(mutated(m, root -> ((ObjectNode) root.get("training").get("spec").get("prep")
                .get("outliers")).putObject("choices").put("first", "keep"))), "training.spec.prep.outliers.choices",
                "must name table rows by number from 0, but it names \"first\"");
        assertMessage(fails(mutated(m, root -> ((ObjectNode) root.get("training").get("spec").get("prep")
                .get("outliers")).putObject("choices").put("12", "drop"))), "training.spec.prep.outliers.choices");
    }

    @Test
    void unknownFieldsAreIgnoredAndNothingNamesAClass() throws Exception {
        SegmentModel m = sampleModel();
        String text = mutated(m, r -> {
            r.put("@class", "java.lang.ProcessBuilder");
            ((ObjectNode) r.get("training")).put("comment", "made in a test");
        });
        SegmentModel back = ModelFile.fromJson(text, FILE);
        assertEquals(ModelFile.toJson(m), ModelFile.toJson(back));
    }

    @Test
    void filesThatCannotBeRead() {
        Path none = dir.resolve("missing.json");
        SegmentaException e = assertThrows(SegmentaException.class, () -> ModelFile.read(none));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        SegmentaException folder = assertThrows(SegmentaException.class, () -> ModelFile.read(dir));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
    }

    @Test
    void writingIsAtomicAndNeverLeavesATemporaryFile() throws Exception {
        Path target = dir.resolve("model.json");
        Files.writeString(target, "old content");
        ModelFile.write(sampleModel(), target);
        assertTrue(Files.readString(target).startsWith("{\n  \"format\" : \"segmenta-model\",\n  \"version\" : 1,"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
        SegmentaException e = assertThrows(SegmentaException.class,
                () -> ModelFile.write(sampleModel(), dir.resolve("no-such-folder").resolve("model.json")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
