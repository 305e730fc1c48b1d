package io.segmenta.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.Segmenter;
import io.segmenta.core.cluster.KMeansSpec;
import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.prep.PrepSpec;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import io.segmenta.testing.SharedData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The drivers and warnings of the training segmentation travel in the model file (the optional
 * "explanation" field), and a file without them, or with a warning kind this Segmenta does not know,
 * still reads. Driver figures: ExplainTest's numpy references for Mall k = 5.
 */
class ModelExplanationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "mall-model.json";

    private static SegmentModel model(Dataset d, PrepSpec prep, int k) {
        SegmentationResult r = Segmenter.segment(d, new SegmentationSpec(prep, KMeansSpec.of(k), 42),
                ProgressListener.NONE, CancellationToken.NONE);
        return ModelBuilder.build(d, r, null, Instant.parse("2026-01-15T10:30:00Z"), "test");
    }

    private static SegmentModel mall() {
        return model(CsvImporter.read(SharedData.dataset(SharedData.MALL)), PrepSpec.standard(
                List.of("Annual Income (k$)", "Spending Score (1-100)")), 5);
    }

    @Test
    void theDriversAreSavedAndReadBack() throws Exception {
        SegmentModel m = mall();
        JsonNode drivers = JSON.readTree(ModelFile.toJson(m)).path("explanation").path("drivers");
        assertEquals("Spending Score (1-100)", drivers.get(0).path("feature").asText());
        assertEquals("eta_squared", drivers.get(0).path("measure").asText());
        assertEquals(0.8782475204231108, drivers.get(0).path("value").asDouble(), 1e-12);
        assertEquals(0.793910438798305, drivers.get(1).path("value").asDouble(), 1e-12);
        SegmentModel back = ModelFile.fromJson(ModelFile.toJson(m), FILE);
        assertEquals(m.explanation(), back.explanation());
        assertEquals(List.of(), back.explanation().warnings());
        assertEquals("What separates the segments most (0 to 1): Spending Score (1-100) (eta squared 0.88), Annual"
                + " Income (k$) (eta squared 0.79).", back.explanation().driversSentence());
    }

    @Test
    void theWarningsTravelWithTheModel() {
        Dataset marketing = CsvImporter.read(SharedData.dataset(SharedData.MARKETING));
        SegmentModel m = model(marketing, PrepSpec.standard(List.of("Income", "Recency")), 4);
        SegmentModel back = ModelFile.fromJson(ModelFile.toJson(m), FILE);
        ModelExplanation.Warning skewed = back.explanation().warnings().stream()
                .filter(w -> w.kind().equals("skewed_amount")).findFirst().orElseThrow();
        assertEquals("Income", skewed.subject());
        assertTrue(skewed.message().startsWith("Income is strongly skewed (skewness 6.76, over 2)"), skewed.message());
        // log-transformed, the warning is gone from the model too
        SegmentModel logged = model(marketing, PrepSpec.standard(List.of("Income", "Recency"))
                .withLogged(List.of("Income")), 4);
        assertTrue(logged.explanation().warnings().stream().noneMatch(w -> w.kind().equals("skewed_amount")),
                logged.explanation().toString());
    }

    @Test
    void aFileWrittenBeforeTheExplanationReadsAndPredictsAlike() throws Exception {
        SegmentModel m = mall();
        ObjectNode root = (ObjectNode) JSON.readTree(ModelFile.toJson(m));
        root.remove("explanation");
        SegmentModel old = ModelFile.fromJson(JSON.writeValueAsString(root), FILE);
        assertEquals(ModelExplanation.NONE, old.explanation());
        assertTrue(old.explanation().isEmpty());
        assertEquals("", old.explanation().driversSentence());
        Map<String, String> customer = Map.of("Annual Income (k$)", "80", "Spending Score (1-100)", "85");
        assertEquals(m.predict(customer).segment(), old.predict(customer).segment());
        assertEquals(m.predict(customer).distance(), old.predict(customer).distance(), 0);
    }

    @Test
    void aWarningKindFromALaterSegmentaIsKeptAndABadDriverIsNamed() throws Exception {
        SegmentModel m = mall();
        ObjectNode root = (ObjectNode) JSON.readTree(ModelFile.toJson(m));
        ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("explanation").get("warnings")).addObject()
                .put("kind", "something_new").put("message", "A later warning.");
        SegmentModel back = ModelFile.fromJson(JSON.writeValueAsString(root), FILE);
        assertEquals(List.of(new ModelExplanation.Warning("something_new", "", "A later warning.")),
                back.explanation().warnings());

        ObjectNode bad = (ObjectNode) JSON.readTree(ModelFile.toJson(m));
        ((ObjectNode) bad.get("explanation").get("drivers").get(1)).put("measure", "gini");
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelFile.fromJson(JSON.writeValueAsString(bad), FILE));
        assertEquals("explanation.drivers[1].measure", e.field());
        assertTrue(e.getMessage().contains("must be eta_squared or cramers_v, but it is \"gini\""), e.getMessage());

        ObjectNode big = (ObjectNode) JSON.readTree(ModelFile.toJson(m));
        ((ObjectNode) big.get("explanation").get("drivers").get(0)).put("value", 1.5);
        ModelFormatException e2 = assertThrows(ModelFormatException.class,
                () -> ModelFile.fromJson(JSON.writeValueAsString(big), FILE));
        assertEquals("explanation.drivers[0].value", e2.field());
        assertEquals(Driver.Kind.ETA_SQUARED, m.explanation().drivers().get(0).kind());
    }
}
