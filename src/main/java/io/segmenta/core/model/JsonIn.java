package io.segmenta.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.segmenta.core.SegmentaException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads one node of a model file with the path that leads to it, so that every problem names the
 * file and the field ("segments[2].centroid[1] must be a number, but it is a string"). Only plain
 * JSON values are read: text, numbers, true/false, lists and objects; nothing in the file names a
 * class or is executed.
 */
final class JsonIn {
    static final String ADVICE = " The model file is damaged or was not written by Segmenta; save the model again "
            + "from the segmentation.";

    private final String file;
    private final JsonNode node;
    private final String path;
    /** The sentence that ends every problem: what to do about the file. */
    private final String advice;

    private JsonIn(String file, JsonNode node, String path, String advice) {
        this.file = file;
        this.node = node;
        this.path = path;
        this.advice = advice;
    }

    static JsonIn root(String file, JsonNode node) {
        return new JsonIn(file, node, "", ADVICE);
    }

    /** The node at {@code path} of another Segmenta file, whose problems end with {@code advice}. */
    static JsonIn at(String file, JsonNode node, String path, String advice) {
        return new JsonIn(file, node, path, advice);
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    private String child(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A field that must be there (and not null). */
    JsonIn get(String field) {
        requireObject();
        JsonNode n = node.get(field);
        if (n == null || n.isNull()) {
            throw new ModelFormatException(file, child(field), file + ": the field \"" + child(field)
                    + "\" is missing." + advice);
        }
        return new JsonIn(file, n, child(field), advice);
    }

    /** A field that may be absent or null (then null). */
    JsonIn optional(String field) {
        requireObject();
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : new JsonIn(file, n, child(field), advice);
    }

    boolean has(String field) {
        return optional(field) != null;
    }

    private void requireObject() {
        if (!node.isObject()) {
            throw wrongType("an object with fields");
        }
    }

    String text() {
        if (!node.isTextual()) {
            throw wrongType("text");
        }
        return node.textValue();
    }

    /** A text that must not be empty. */
    String name() {
        String t = text();
        if (t.isBlank()) {
            throw fail("must not be empty");
        }
        return t;
    }

    String text(String field) {
        return get(field).text();
    }

    /** An optional text field: null when absent or null. */
    String optionalText(String field) {
        JsonIn n = optional(field);
        return n == null ? null : n.text();
    }

    /** A finite number. */
    double number() {
        if (!node.isNumber()) {
            throw wrongType("a number");
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw fail("must be a finite number, but it is " + node.asText());
        }
        return v;
    }

    double number(String field) {
        return get(field).number();
    }

    /** An optional number: NaN when absent or null. */
    double optionalNumber(String field) {
        JsonIn n = optional(field);
        return n == null ? Double.NaN : n.number();
    }

    long longValue() {
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType("a whole number");
        }
        return node.longValue();
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw wrongType("a whole number");
        }
        return node.intValue();
    }

    int integer(String field) {
        return get(field).integer();
    }

    /** A whole number of at least {@code min}. */
    int integer(String field, int min) {
        JsonIn n = get(field);
        int v = n.integer();
        if (v < min) {
            throw n.fail("must be at least " + min + ", but it is " + v);
        }
        return v;
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw wrongType("true or false");
        }
        return node.booleanValue();
    }

    boolean bool(String field) {
        return get(field).bool();
    }

    /** The items of a list. */
    List<JsonIn> list() {
        if (!node.isArray()) {
            throw wrongType("a list");
        }
        List<JsonIn> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new JsonIn(file, node.get(i), path + "[" + i + "]", advice));
        }
        return out;
    }

    List<JsonIn> list(String field) {
        return get(field).list();
    }

    /** A list of finite numbers. */
    double[] numbers() {
        List<JsonIn> items = list();
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    /** A list of exactly {@code length} finite numbers. */
    double[] numbers(int length, String what) {
        double[] out = numbers();
        if (out.length != length) {
            throw fail("must hold " + length + " " + what + ", but it holds " + out.length);
        }
        return out;
    }

    double[] numbers(String field, int length, String what) {
        return get(field).numbers(length, what);
    }

    /** A list of {@code rows} lists of {@code cols} numbers each, row-major. */
    double[] matrix(int rows, int cols, String rowWhat, String what) {
        List<JsonIn> items = list();
        if (items.size() != rows) {
            throw fail("must hold " + rows + " " + rowWhat + ", but it holds " + items.size());
        }
        double[] out = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(items.get(r).numbers(cols, what), 0, out, r * cols, cols);
        }
        return out;
    }

    int[] integers() {
        List<JsonIn> items = list();
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).integer();
        }
        return out;
    }

    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (JsonIn item : list()) {
            out.add(item.text());
        }
        return out;
    }

    List<String> texts(String field) {
        return get(field).texts();
    }

    /** An object whose values are all text, in file order. */
    Map<String, String> textMap() {
        requireObject();
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), new JsonIn(file, e.getValue(), child(e.getKey()), advice).text());
        }
        return out;
    }

    /** An object whose values are all finite numbers, in file order. */
    Map<String, Double> numberMap() {
        requireObject();
        Map<String, Double> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), new JsonIn(file, e.getValue(), child(e.getKey()), advice).number());
        }
        return out;
    }

    /** The field names of an object, in file order. */
    List<String> fieldNames() {
        requireObject();
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * Builds a value from this node's content; a problem the constructor finds (an
     * IllegalArgumentException or a SegmentaException) becomes a message naming this field.
     */
    <T> T build(Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | SegmentaException e) {
            if (e instanceof ModelFormatException m) {
                throw m;
            }
            throw fail("cannot be used: " + e.getMessage());
        }
    }

    /** A problem with this field: "FILE: the field "PATH" PROBLEM. ADVICE". */
    ModelFormatException fail(String problem) {
        String where = path.isEmpty() ? file + " " : file + ": the field \"" + path + "\" ";
        String text = where + problem;
        if (!text.endsWith(".")) {
            text += ".";
        }
        return new ModelFormatException(file, path.isEmpty() ? null : path, text + advice);
    }

    private ModelFormatException wrongType(String expected) {
        return fail("must be " + expected + ", but it is " + describe(node));
    }

    /** "a string (\"abc\")", "a number (3)", "a list", "an object", "true/false", "null". */
    static String describe(JsonNode n) {
        if (n.isTextual()) {
            String t = n.textValue();
            return "text (\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\")";
        }
        if (n.isNumber()) {
            return "a number (" + n.asText() + ")";
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "an object";
        }
        return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
