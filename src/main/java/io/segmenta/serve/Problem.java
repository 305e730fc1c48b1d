package io.segmenta.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A request the server cannot answer, as an RFC 9457 problem ({@code application/problem+json}):
 * the status, a short title, a detail sentence naming what is wrong and where, and for customers
 * that cannot be used, one entry per bad value ({@code errors: [{row, field, detail}]}). Never a stack
 * trace, never a customer's value beyond what the detail sentence needs.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final String MEDIA_TYPE = "application/problem+json";

    /** One customer value that cannot be used: row (0-based index in the request, -1 for one customer), field. */
    record FieldError(int row, String field, String detail) {
    }

    private final int status;
    private final String title;
    private final transient List<FieldError> errors;

    Problem(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    Problem(int status, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    int status() {
        return status;
    }

    /** The problem document; {@code instance} is the request path. */
    ObjectNode toJson(String instance) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("type", "about:blank");
        n.put("title", title);
        n.put("status", status);
        n.put("detail", getMessage());
        n.put("instance", instance);
        if (!errors.isEmpty()) {
            ArrayNode list = n.putArray("errors");
            for (FieldError e : errors) {
                ObjectNode o = list.addObject();
                if (e.row() >= 0) {
                    o.put("row", e.row());
                }
                if (e.field() == null) {
                    o.putNull("field");
                } else {
                    o.put("field", e.field());
                }
                o.put("detail", e.detail());
            }
        }
        return n;
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "Bad Request", detail);
    }

    static Problem unprocessable(String detail, List<FieldError> errors) {
        return new Problem(422, "Unprocessable Content", detail, errors);
    }
}
