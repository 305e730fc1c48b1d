package io.segmenta.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers of a JSON request, as column name to value text (null, "" or "NA" is missing),
 * whichever shape they came in: one object, an array of objects, or MLflow's
 * {@code dataframe_split} ({columns, data}), {@code dataframe_records} (objects), {@code instances}
 * and {@code inputs} (objects, arrays in the model's column order, or one object of columns).
 * A value that is an object or an array is kept as a marker that the prediction reports as an
 * error of that row and field.
 */
final class RequestRows {
    /** The text that stands for a value that is itself an object or an array. */
    static final String NESTED = "\u0000nested";

    private RequestRows() {
    }

    /** One customer from a JSON object. */
    static Map<String, String> customer(JsonNode object) {
        Map<String, String> c = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            c.put(f.getKey(), text(f.getValue()));
        }
        return c;
    }

    /** The customers of an array of objects (an element that is no object is a 400). */
    static List<Map<String, String>> objects(JsonNode array, String where) {
        List<Map<String, String>> rows = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode e = array.get(i);
            if (!e.isObject()) {
                throw Problem.badRequest(where + "[" + i + "] is " + kind(e) + "; each customer is a JSON object of "
                        + "column names and values.");
            }
            rows.add(customer(e));
        }
        return rows;
    }

    /** MLflow's request shapes at /invocations. */
    static List<Map<String, String>> mlflow(JsonNode root, List<String> modelColumns) {
        if (!root.isObject()) {
            throw Problem.badRequest("/invocations takes a JSON object with one of dataframe_split, dataframe_records, "
                    + "instances or inputs; this body is " + kind(root) + ".");
        }
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        List<String> known = keys.stream().filter(k -> List.of("dataframe_split", "dataframe_records", "instances",
                "inputs").contains(k)).toList();
        if (known.size() != 1) {
            throw Problem.badRequest("/invocations takes exactly one of dataframe_split, dataframe_records, instances "
                    + "or inputs; this body has " + (known.isEmpty() ? "none" : String.join(" and ", known)) + ".");
        }
        String key = known.get(0);
        JsonNode v = root.get(key);
        return switch (key) {
            case "dataframe_split" -> split(v);
            case "dataframe_records" -> {
                if (!v.isArray()) {
                    throw Problem.badRequest("dataframe_records is " + kind(v) + "; it is an array of objects.");
                }
                yield objects(v, key);
            }
            default -> tensors(key, v, modelColumns);
        };
    }

    private static List<Map<String, String>> split(JsonNode v) {
        JsonNode columns = v.path("columns");
        JsonNode data = v.path("data");
        if (!v.isObject() || !columns.isArray() || !data.isArray()) {
            throw Problem.badRequest("dataframe_split is {\"columns\": [names], \"data\": [[values], ...]}.");
        }
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.asText()));
        List<Map<String, String>> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            rows.add(row(data.get(i), names, "dataframe_split.data[" + i + "]"));
        }
        return rows;
    }

    private static List<Map<String, String>> tensors(String key, JsonNode v, List<String> modelColumns) {
        if (v.isObject()) {
            List<String> names = new ArrayList<>();
            v.fieldNames().forEachRemaining(names::add);
            int n = -1;
            for (String name : names) {
                JsonNode col = v.get(name);
                if (!col.isArray() || n >= 0 && col.size() != n) {
                    throw Problem.badRequest(key + " as an object holds one array per column, all of the same length; "
                            + key + "." + name + " " + (col.isArray() ? "has " + col.size() + " values, not " + n
                            : "is " + kind(col)) + ".");
                }
                n = col.size();
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 0; i < Math.max(n, 0); i++) {
                Map<String, String> c = new LinkedHashMap<>();
                for (String name : names) {
                    c.put(name, text(v.get(name).get(i)));
                }
                rows.add(c);
            }
            return rows;
        }
        if (!v.isArray()) {
            throw Problem.badRequest(key + " is " + kind(v) + "; it is an array of customers (objects, or arrays of "
                    + "values in the model's column order) or an object of columns.");
        }
        List<Map<String, String>> rows = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            rows.add(e.isObject() ? customer(e) : row(e, modelColumns, key + "[" + i + "]"));
        }
        return rows;
    }

    /** An array of values, named by {@code names} in order. */
    private static Map<String, String> row(JsonNode values, List<String> names, String where) {
        if (!values.isArray() || values.size() != names.size()) {
            throw Problem.badRequest(where + " is " + (values.isArray() ? "an array of " + values.size() + " values"
                    : kind(values)) + "; it needs " + names.size() + " values, in the order " + String.join(", ", names)
                    + ".");
        }
        Map<String, String> c = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) {
            c.put(names.get(j), text(values.get(j)));
        }
        return c;
    }

    /** A JSON value as the text a CSV cell would hold; null for JSON null. */
    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "";
        }
        if (v.isContainerNode()) {
            return NESTED;
        }
        return v.asText();
    }

    static String kind(JsonNode v) {
        return v.isObject() ? "an object" : v.isArray() ? "an array" : v.isTextual() ? "a string"
                : v.isNumber() ? "a number" : v.isBoolean() ? "a boolean" : "null";
    }
}
