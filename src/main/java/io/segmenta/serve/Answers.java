package io.segmenta.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.InputCheck;
import io.segmenta.core.model.ModelInput;
import io.segmenta.core.model.PredictionJson;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places the customers of a request with the core's {@link SegmentModel#predict} (the same call as
 * {@code segmenta predict --value} and the window's Predict step) and answers with
 * {@link PredictionJson}. A customer whose values cannot be used is described by row and field.
 */
final class Answers {
    private Answers() {
    }

    /** One customer: its prediction, or a 422 problem naming the fields. */
    static ObjectNode one(SegmentModel m, Map<String, String> customer) {
        try {
            return PredictionJson.of(m, m.predict(checkNested(customer)));
        } catch (SegmentaException e) {
            List<Problem.FieldError> errors = fieldErrors(m, customer, -1, e);
            throw Problem.unprocessable(errors.size() == 1 ? errors.get(0).detail()
                    : "The customer's values cannot be used: " + String.join(" ", errors.stream()
                    .map(Problem.FieldError::detail).toList()), errors);
        }
    }

    /**
     * Several customers, answered in order; a customer whose values cannot be used gets
     * {@code {"row", "segment": null, "error", "errors": [{field, detail}]}} and the others are placed.
     */
    static ArrayNode many(SegmentModel m, List<Map<String, String>> rows, CancellationToken deadline) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if ((i & 1023) == 1023) {
                deadline.throwIfCancelled();
            }
            Map<String, String> c = rows.get(i);
            try {
                out.add(PredictionJson.of(m, m.predict(checkNested(c))));
            } catch (SegmentaException e) {
                ObjectNode bad = out.addObject();
                bad.put("row", i);
                bad.putNull("segment");
                List<Problem.FieldError> errors = fieldErrors(m, c, i, e);
                bad.put("error", String.join(" ", errors.stream().map(Problem.FieldError::detail).toList()));
                ArrayNode list = bad.putArray("errors");
                for (Problem.FieldError fe : errors) {
                    ObjectNode o = list.addObject();
                    if (fe.field() == null) {
                        o.putNull("field");
                    } else {
                        o.put("field", fe.field());
                    }
                    o.put("detail", fe.detail());
                }
            }
        }
        return out;
    }

    private static Map<String, String> checkNested(Map<String, String> customer) {
        if (customer.containsValue(RequestRows.NESTED)) {
            throw new SegmentaException("nested value");
        }
        return customer;
    }

    /** Which fields made {@code predict} fail: absent ones, nested ones, then each input's own check. */
    static List<Problem.FieldError> fieldErrors(SegmentModel m, Map<String, String> customer, int row,
                                               SegmentaException failure) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String where = row >= 0 ? " (row " + row + ")" : "";
        for (ModelInput in : m.inputs()) {
            List<String> keys = customer.keySet().stream().filter(k -> k.equals(in.column())).toList();
            if (keys.isEmpty()) {
                keys = customer.keySet().stream().filter(k -> k.trim().equalsIgnoreCase(in.column())).toList();
            }
            if (keys.isEmpty()) {
                errors.add(new Problem.FieldError(row, in.column(), in.column() + " is missing" + where + ": the model "
                        + "needs " + String.join(", ", m.columns()) + " (null or \"\" for a missing value)."));
                continue;
            }
            if (keys.size() > 1) {
                errors.add(new Problem.FieldError(row, in.column(), String.join(" and ", keys) + " all name the column "
                        + in.column() + where + ". Give it once."));
                continue;
            }
            String value = customer.get(keys.get(0));
            if (RequestRows.NESTED.equals(value)) {
                errors.add(new Problem.FieldError(row, in.column(), in.column() + where + " is an object or an array; "
                        + "give a number or a text."));
                continue;
            }
            InputCheck check = in.check(value);
            if (check.isError()) {
                errors.add(new Problem.FieldError(row, in.column(), check.message() + where));
            }
        }
        if (errors.isEmpty()) {
            errors.add(new Problem.FieldError(row, null, failure.getMessage() + where));
        }
        return errors;
    }
}
