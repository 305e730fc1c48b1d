package io.segmenta.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.segmenta.core.model.InputCheck;
import io.segmenta.core.model.ModelInput;
import io.segmenta.core.model.SegmentModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the server answers:
 * <ul>
 *   <li>{@code POST /api/v1/predict}: a JSON object (one customer) gets one prediction, a JSON array
 *       an array in the same order (a customer whose values cannot be used gets its row and errors,
 *       the others are placed), {@code text/csv} gets the CSV {@code segmenta predict --in --out} writes;</li>
 *   <li>{@code POST /invocations}: MLflow's request shapes, answered {@code {"predictions": [...]}};</li>
 *   <li>{@code GET /api/v1/model}, {@code /health}, {@code /ready}, {@code /openapi.json};</li>
 *   <li>{@code GET /}: the web form (static files from the jar; the page builds its fields from
 *       {@code /api/v1/model}).</li>
 * </ul>
 */
final class Routes {
    private static final String RESOURCES = "/io/segmenta/serve/";
    /** The page may load only its own files and talk only to this server. */
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private final PredictionServer server;
    private final byte[] index;
    private final byte[] script;
    private final byte[] style;
    private final byte[] openapi;

    Routes(PredictionServer server) {
        this.server = server;
        this.index = resource("index.html");
        this.script = resource("app.js");
        this.style = resource("app.css");
        this.openapi = resource("openapi.json");
    }

    void register(RoutesConfig r) {
        r.get("/", ctx -> page(ctx, "text/html; charset=utf-8", index));
        r.get("/index.html", ctx -> page(ctx, "text/html; charset=utf-8", index));
        r.get("/app.js", ctx -> page(ctx, "text/javascript; charset=utf-8", script));
        r.get("/app.css", ctx -> page(ctx, "text/css; charset=utf-8", style));
        r.get("/openapi.json", ctx -> PredictionServer.send(ctx, 200, "application/json", openapi));
        r.get("/health", ctx -> PredictionServer.sendJson(ctx, Map.of("status", "ok")));
        r.get("/ready", this::ready);
        r.get("/api/v1/model", ctx -> PredictionServer.sendJson(ctx, ModelJson.of(server.watcher().current(),
                server.watcher().file().getFileName().toString())));
        r.post("/api/v1/predict", this::predict);
        r.post("/api/v1/check", this::check);
        r.post("/invocations", this::invocations);
    }

    private static void page(Context ctx, String type, byte[] body) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        PredictionServer.send(ctx, 200, type, body);
    }

    private void ready(Context ctx) {
        ModelWatcher.Loaded m = server.watcher().current();
        if (server.closing()) {
            ctx.header("Retry-After", "1");
            server.problem(ctx, new Problem(503, "Service Unavailable", "The server is stopping."));
            return;
        }
        ObjectNode n = PredictionServer.JSON.createObjectNode();
        n.put("status", "ready");
        n.put("model", server.watcher().file().getFileName().toString());
        n.put("generation", m.generation());
        PredictionServer.sendJson(ctx, n);
    }

    private void predict(Context ctx) {
        String type = mediaType(ctx, List.of("application/json", "text/csv"));
        SegmentModel m = server.watcher().current().model();
        if (type.equals("text/csv")) {
            try (CsvBatch batch = CsvBatch.predict(m, server.body(ctx), server.deadline())) {
                ctx.header("X-Segmenta-Rows", Integer.toString(batch.predictions().rows()));
                ctx.header("X-Segmenta-Failed", Integer.toString(batch.predictions().failed()));
                PredictionServer.stream(ctx, 200, "text/csv; charset=utf-8", batch::writeTo);
            }
            return;
        }
        JsonNode root = server.json(ctx);
        if (root.isObject()) {
            PredictionServer.sendJson(ctx, Answers.one(m, RequestRows.customer(root)));
        } else if (root.isArray()) {
            PredictionServer.sendJson(ctx, Answers.many(m, RequestRows.objects(root, "the array"), server.deadline()));
        } else {
            throw Problem.badRequest("The body is " + RequestRows.kind(root) + "; send a JSON object (one customer) or "
                    + "an array of objects.");
        }
    }

    /**
     * The form's checks as the user types: for each input named in a JSON object, the core's
     * {@link io.segmenta.core.model.ModelInput#check} ({level: ok | warning | error, message}).
     */
    private void check(Context ctx) {
        mediaType(ctx, List.of("application/json"));
        JsonNode root = server.json(ctx);
        if (!root.isObject()) {
            throw Problem.badRequest("Send a JSON object of column names and values.");
        }
        Map<String, String> values = RequestRows.customer(root);
        ObjectNode fields = PredictionServer.JSON.createObjectNode();
        for (ModelInput in : server.watcher().current().model().inputs()) {
            String v = values.get(in.column());
            if (v == null || RequestRows.NESTED.equals(v)) {
                continue;
            }
            InputCheck c = in.check(v);
            ObjectNode f = fields.putObject(in.column());
            f.put("level", c.level().name().toLowerCase(Locale.ROOT));
            f.put("message", c.message());
        }
        ObjectNode n = PredictionServer.JSON.createObjectNode();
        n.set("fields", fields);
        PredictionServer.sendJson(ctx, n);
    }

    private void invocations(Context ctx) {
        mediaType(ctx, List.of("application/json"));
        SegmentModel m = server.watcher().current().model();
        List<Map<String, String>> rows = RequestRows.mlflow(server.json(ctx), m.columns());
        ObjectNode n = PredictionServer.JSON.createObjectNode();
        n.set("predictions", Answers.many(m, rows, server.deadline()));
        PredictionServer.sendJson(ctx, n);
    }

    /** The request's media type if it is one of {@code accepted} (JSON also as {@code +json}); else a 415. */
    private static String mediaType(Context ctx, List<String> accepted) {
        String raw = ctx.contentType();
        String type = raw == null ? "" : raw.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.endsWith("+json")) {
            type = "application/json";
        }
        if (!accepted.contains(type)) {
            ctx.header("Accept-Post", String.join(", ", accepted));
            throw new Problem(415, "Unsupported Media Type", (raw == null ? "The request has no Content-Type"
                    : "Content-Type " + type + " is not accepted here") + "; send " + String.join(" or ", accepted)
                    + ".");
        }
        return type;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Routes.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
