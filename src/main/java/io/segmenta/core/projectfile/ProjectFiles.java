package io.segmenta.core.projectfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.export.AtomicFiles;
import io.segmenta.core.model.ModelFormatException;
import io.segmenta.core.model.SpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@code .segmenta} project files: JSON built with Jackson from plain records and
 * the model file's spec codec (no Java serialization, no class names, nothing executed on reading).
 * Writing goes through {@link AtomicFiles} (a temporary file in the same folder, forced to disk, then
 * moved over the target), so a crash while saving leaves the last good file in place. Reading checks
 * the format and version first: a project of a later format version is refused naming both versions.
 */
public final class ProjectFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final String ADVICE = " The project file is damaged or was not written by Segmenta.";

    private ProjectFiles() {
    }

    /** Writes {@code project} to {@code file} atomically; a SegmentaException says why it could not. */
    public static void write(Project project, Path file) {
        byte[] bytes = bytes(project);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The project as the file's bytes (UTF-8 JSON). */
    public static byte[] bytes(Project project) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Project.FORMAT);
        root.put("version", Project.VERSION);
        root.put("segmenta_version", project.segmentaVersion());
        root.put("saved", project.saved());
        root.set("source", MAPPER.valueToTree(project.source()));
        if (project.choices() != null) {
            root.set("choices", MAPPER.valueToTree(project.choices()));
        }
        ArrayNode runs = root.putArray("runs");
        for (ProjectRun r : project.runs()) {
            ObjectNode o = runs.addObject();
            o.put("number", r.number());
            o.set("spec", SpecJson.write(r.spec()));
            r.names().forEach(o.putArray("names")::add);
            r.descriptions().forEach(o.putArray("descriptions")::add);
        }
        root.put("selected_run", project.selectedRun());
        if (project.xAxis() != null) {
            root.put("x_axis", project.xAxis());
        }
        if (project.yAxis() != null) {
            root.put("y_axis", project.yAxis());
        }
        if (project.step() != null) {
            root.put("step", project.step());
        }
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    /**
     * Reads a project file. It never writes anything, neither the project nor its data file.
     *
     * @throws ProjectFormatException naming the file and the field when it is not a project this
     *                                Segmenta can open
     * @throws SegmentaException      when the file cannot be read
     */
    public static Project read(Path file) {
        String shown = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return parse(MAPPER.readTree(in), shown);
        } catch (JsonEOFException e) {
            throw new ProjectFormatException(null, shown + " ends too early" + at(e.getLocation())
                    + ": the file is cut short (saved or copied only in part). Use a complete copy.");
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(null, shown + " is not a valid JSON file" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ". Choose a project saved by Segmenta.");
        } catch (NoSuchFileException e) {
            throw new SegmentaException("The project " + shown + " does not exist (any more). Choose another file.");
        } catch (IOException e) {
            throw new SegmentaException("Could not read the project " + shown + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
        }
    }

    private static Project parse(JsonNode root, String shown) {
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ProjectFormatException(null, shown + " is not a Segmenta project: it holds no object with fields."
                    + " Choose a project saved by Segmenta (File > Save project).");
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !Project.FORMAT.equals(format.asText())) {
            throw new ProjectFormatException("format", shown + " is not a Segmenta project: its \"format\" field is "
                    + (format == null ? "missing" : format.toString()) + " where a project has \"" + Project.FORMAT
                    + "\". Choose a project saved by Segmenta (File > Save project).");
        }
        JsonNode v = root.get("version");
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber() || v.intValue() < 1) {
            throw fail(shown, "version", "must be a whole number from 1, but it is " + v);
        }
        int version = v.intValue();
        if (version > Project.VERSION) {
            JsonNode by = root.get("segmenta_version");
            throw new ProjectFormatException("version", shown + " is a project of format version " + version
                    + (by != null && by.isTextual() ? ", written by Segmenta " + by.asText() : ", written by a later Segmenta")
                    + "; this Segmenta reads project versions up to " + Project.VERSION + ". Update Segmenta to open it.");
        }
        TableSource source = value(root, "source", TableSource.class, shown);
        if (source == null) {
            throw fail(shown, "source", "is missing");
        }
        WindowChoices choices = value(root, "choices", WindowChoices.class, shown);
        List<ProjectRun> runs = new ArrayList<>();
        JsonNode runsNode = root.get("runs");
        if (runsNode != null && !runsNode.isArray()) {
            throw fail(shown, "runs", "must be a list");
        }
        if (runsNode != null) {
            for (int i = 0; i < runsNode.size(); i++) {
                runs.add(run(runsNode.get(i), "runs[" + i + "]", shown));
            }
        }
        int selected = root.path("selected_run").asInt(0);
        return new Project(text(root, "segmenta_version"), text(root, "saved"), source, choices, runs, selected,
                text(root, "x_axis"), text(root, "y_axis"), text(root, "step"));
    }

    private static ProjectRun run(JsonNode n, String path, String shown) {
        if (!n.isObject()) {
            throw fail(shown, path, "must be an object with fields");
        }
        JsonNode number = n.get("number");
        if (number == null || !number.isIntegralNumber() || number.intValue() < 1) {
            throw fail(shown, path + ".number", "must be a whole number from 1, but it is " + number);
        }
        JsonNode specNode = n.get("spec");
        if (specNode == null) {
            throw fail(shown, path + ".spec", "is missing");
        }
        SegmentationSpec spec;
        try {
            spec = SpecJson.read(shown, specNode, path + ".spec", ADVICE);
        } catch (ModelFormatException e) {
            throw new ProjectFormatException(e.field(), e.getMessage());
        }
        return new ProjectRun(number.intValue(), spec, texts(n, "names", path, shown), texts(n, "descriptions", path,
                shown));
    }

    private static List<String> texts(JsonNode n, String field, String path, String shown) {
        JsonNode list = n.get(field);
        List<String> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        if (!list.isArray()) {
            throw fail(shown, path + "." + field, "must be a list of texts");
        }
        for (JsonNode t : list) {
            if (!t.isTextual()) {
                throw fail(shown, path + "." + field, "must be a list of texts, but holds " + t);
            }
            out.add(t.asText());
        }
        return out;
    }

    private static <T> T value(JsonNode root, String field, Class<T> type, String shown) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(n, type);
        } catch (JsonMappingException e) {
            StringBuilder where = new StringBuilder(field);
            for (JsonMappingException.Reference r : e.getPath()) {
                where.append(r.getFieldName() != null ? "." + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE
                        .translate(r.getFieldName()) : "[" + r.getIndex() + "]");
            }
            throw fail(shown, where.toString(), "cannot be read: " + e.getOriginalMessage().lines().findFirst()
                    .orElse(""));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw fail(shown, field, "cannot be read: " + e.getMessage());
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n == null || !n.isTextual() ? null : n.asText();
    }

    private static ProjectFormatException fail(String shown, String field, String problem) {
        return new ProjectFormatException(field, shown + ": the field \"" + field + "\" " + problem + "." + ADVICE);
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                + ")";
    }
}
