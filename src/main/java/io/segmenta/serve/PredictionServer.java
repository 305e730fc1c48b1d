package io.segmenta.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.SegmentModel;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.CancelledException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code segmenta serve}: a model behind HTTP, on Javalin (Jetty 12). See {@link Routes} for what it
 * answers. Safe by default: loopback unless told otherwise, and anything else only with a bearer
 * token; request bodies and prediction times are limited; no CORS unless an origin is given; one log
 * line per request without customer values. The model file is watched ({@link ModelWatcher}).
 * {@link #close} stops taking connections, lets the requests in flight finish (up to the time
 * limit) and stops.
 */
public final class PredictionServer implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The request attribute with the answer's size (before any compression), for the log. */
    private static final String BYTES_OUT = "segmenta.bytesOut";
    /** Paths anyone may fetch: the web form's static files, which hold nothing about the model. */
    private static final Set<String> OPEN = Set.of("/", "/index.html", "/app.js", "/app.css");
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /** Threads accepting connections and selectors watching them: Jetty's own choice (one each on two cores). */
    private static final int ACCEPTORS = Math.max(1, Math.min(4, CORES / 8));
    private static final int SELECTORS = Math.max(1, Math.min(4, CORES / 2));

    private final ServeOptions options;
    private final ServerLog log;
    private final ModelWatcher watcher;
    private final byte[] tokenDigest;
    private final Javalin app;
    private final ScheduledExecutorService background;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private final GracefulHandler graceful = new GracefulHandler();

    private PredictionServer(ServeOptions options) {
        this.options = options;
        this.log = new ServerLog(options.log());
        refuseUnsafeHost(options);
        this.tokenDigest = options.token() == null ? null : sha256(options.token());
        this.watcher = new ModelWatcher(options.model(), log);
        Routes routes = new Routes(this);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = options.maxBody();
            c.http.prefer405over404 = true;
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(options.timeout().toMillis());
                server.setHandler(graceful);
            });
            c.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
            c.jetty.threadPool = threadPool();
            c.jetty.addConnector((server, http) -> {
                ServerConnector sc = new ServerConnector(server, ACCEPTORS, SELECTORS, new HttpConnectionFactory(http));
                sc.setHost(options.host());
                sc.setPort(options.port());
                sc.setIdleTimeout(options.timeout().toMillis());
                return sc;
            });
            if (options.corsOrigin() != null) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    rule.allowHost(options.corsOrigin());
                    rule.exposeHeader("WWW-Authenticate");
                }));
            }
            c.requestLogger.http((ctx, ms) -> {
                Long out = ctx.attribute(BYTES_OUT);
                log.request(ctx.method().name(), ctx.path(), ctx.statusCode(), Math.max(0,
                        ctx.req().getContentLengthLong()), out == null ? 0 : out, ms);
            });
            c.routes.before(this::before);
            routes.register(c.routes);
            c.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e));
            c.routes.exception(CancelledException.class, (e, ctx) -> problem(ctx, new Problem(503,
                    "Service Unavailable", "The request took longer than the server's limit of "
                    + options.timeout().toSeconds() + " s. Send fewer customers at a time.")));
            c.routes.exception(AnswerNotSent.class, (e, ctx) -> log.event("Request " + ctx.method().name()
                    + " " + ctx.path() + ": the answer could not be sent (" + e.getCause().getClass().getSimpleName()
                    + "; the client may have gone)."));
            c.routes.exception(Exception.class, (e, ctx) -> {
                log.event("Request " + ctx.method().name() + " " + ctx.path() + " failed: "
                        + e.getClass().getSimpleName());
                problem(ctx, new Problem(500, "Internal Server Error", "The server could not answer this request."));
            });
            c.routes.error(404, ctx -> {
                if (!Problem.MEDIA_TYPE.equals(ctx.res().getContentType())) {
                    problem(ctx, new Problem(404, "Not Found", "There is no " + ctx.path() + " here. See /openapi.json "
                            + "for what this server answers."));
                }
            });
            c.routes.error(405, ctx -> problem(ctx, new Problem(405, "Method Not Allowed", ctx.method().name()
                    + " is not allowed on " + ctx.path() + ". See /openapi.json.")));
        });
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segmenta-serve-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The threads that work on requests: two per core (at least four), not Jetty's usual 200. A
     * prediction takes a tenth of a millisecond of CPU, so more threads than cores only take turns:
     * with a thread per busy connection (16 under the benchmark's load on two cores) the kernel
     * preempts requests half-way and one waits a whole scheduling round of several milliseconds, the
     * size of the answers' 99th percentile (9 ms) while the server's own time stayed near 0.3 ms. With
     * few threads the requests wait in Jetty's queue in the order they came and each runs to its end.
     * Idle keep-alive connections hold no thread; a slow upload or a large CSV batch holds one.
     */
    private static QueuedThreadPool threadPool() {
        int threads = Math.max(4, 2 * CORES) + ACCEPTORS + SELECTORS;
        QueuedThreadPool pool = new QueuedThreadPool(threads, threads, 60_000);
        pool.setReservedThreads(0);
        pool.setName("segmenta-http");
        return pool;
    }

    /**
     * Reads the model and starts serving.
     *
     * @throws SegmentaException when the model cannot be read, the host is not loopback and there is
     *                           no token, or the address cannot be bound
     */
    public static PredictionServer start(ServeOptions options) {
        PredictionServer s = new PredictionServer(options);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.background.shutdownNow();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SegmentaException("Cannot listen on " + options.host() + ":" + options.port() + ": "
                    + cause.getMessage() + ". Choose another --port, or stop what uses it.", e);
        }
        long every = options.watchEvery().toMillis();
        s.background.scheduleWithFixedDelay(s.log::flush, 200, 200, TimeUnit.MILLISECONDS);
        s.background.scheduleWithFixedDelay(s.watcher::poll, every, every, TimeUnit.MILLISECONDS);
        SegmentModel m = s.watcher.current().model();
        s.log.event("Serving " + s.watcher.file().getFileName() + " (" + m.algorithm().label() + ", k = " + m.k()
                + ", inputs " + String.join(", ", m.columns()) + ") at " + s.uri() + (options.token() != null
                ? " (bearer token required)" : "") + (options.corsOrigin() != null ? "; CORS for "
                + options.corsOrigin() : ""));
        return s;
    }

    /** The port listened on (the one picked when the options said 0). */
    public int port() {
        return app.port();
    }

    /** http://host:port/ */
    public URI uri() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return URI.create("http://" + h + ":" + port() + "/");
    }

    ServeOptions options() {
        return options;
    }

    ModelWatcher watcher() {
        return watcher;
    }

    boolean closing() {
        return closing;
    }

    /** Requests the server has taken and not yet answered (what a stop waits for). */
    long requestsInFlight() {
        return graceful.getCurrentRequestCount();
    }

    /** Stops taking requests, lets those in flight finish (up to the time limit), stops. Idempotent. */
    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) {
            return;
        }
        closing = true;
        log.event("Stopping: finishing the requests in flight.");
        app.stop();
        background.shutdownNow();
        log.event("Stopped.");
        log.flush();
        stopped.countDown();
    }

    /** Waits until {@link #close} has finished. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Refuses a host other than loopback without a token. */
    private static void refuseUnsafeHost(ServeOptions o) {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(o.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new SegmentaException("Cannot serve on --host " + o.host() + ": no such address.");
        }
        if (!loopback && o.token() == null) {
            throw new SegmentaException("Refusing to serve on " + o.host() + " without --token-file: anyone who can "
                    + "reach this machine could use the model. Give --token-file FILE (a file holding a long random "
                    + "token; clients send \"Authorization: Bearer TOKEN\"), or serve on 127.0.0.1.");
        }
    }

    /** Every request: the token (except the web form's static files and CORS preflights), the body size. */
    private void before(Context ctx) {
        if (tokenDigest != null && !OPEN.contains(ctx.path()) && ctx.method() != HandlerType.OPTIONS) {
            String auth = ctx.header("Authorization");
            boolean ok = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(tokenDigest, sha256(auth.substring(7).trim()));
            if (!ok) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"segmenta\"");
                throw new Problem(401, "Unauthorized", auth == null ? "This server needs \"Authorization: Bearer "
                        + "TOKEN\" with the token it was started with." : "The bearer token is not the server's.");
            }
        }
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxBody()) {
            throw tooLarge();
        }
    }

    Problem tooLarge() {
        return new Problem(413, "Content Too Large", String.format(Locale.ROOT, "The request body is larger than the "
                + "server's limit of %,d bytes. Send fewer customers at a time, or start the server with a larger "
                + "--max-body.", options.maxBody()));
    }

    /** The body, at most the size limit (a 413 beyond it, also without a Content-Length). */
    byte[] body(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            long declared = ctx.req().getContentLengthLong();
            if (declared >= 0 && declared <= options.maxBody()) {
                byte[] b = in.readNBytes((int) declared);
                if (b.length < declared) {
                    throw Problem.badRequest("The request body ended after " + b.length + " of its " + declared
                            + " bytes.");
                }
                return b;
            }
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBody() + 1));
            if (b.length > options.maxBody()) {
                throw tooLarge();
            }
            return b;
        } catch (IOException e) {
            throw Problem.badRequest("The request body could not be read: " + e.getMessage());
        }
    }

    /** The body parsed as JSON; a 400 naming the line and column where it breaks. */
    JsonNode json(Context ctx) {
        byte[] b = body(ctx);
        if (b.length == 0) {
            throw Problem.badRequest("The request has no body. Send a JSON object (one customer) or array.");
        }
        try {
            return JSON.readTree(b);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw Problem.badRequest("The body is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() + ")") + ": " + e.getOriginalMessage().lines().findFirst()
                    .orElse("") + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops long work after the time limit. */
    CancellationToken deadline() {
        long end = System.nanoTime() + options.timeout().toNanos();
        return () -> System.nanoTime() - end > 0;
    }

    static void send(Context ctx, int status, String type, byte[] body) {
        ctx.status(status);
        ctx.contentType(type);
        ctx.attribute(BYTES_OUT, (long) body.length);
        try {
            // Straight into Javalin's (compressing) stream: ctx.result(bytes) would copy through a new 8 KB buffer.
            ctx.outputStream().write(body);
        } catch (IOException e) {
            throw new AnswerNotSent(e);
        }
    }

    /** Writes an answer straight into the response (a large CSV); {@code body} returns how many bytes it wrote. */
    static void stream(Context ctx, int status, String type, Body body) {
        ctx.status(status);
        ctx.contentType(type);
        try {
            ctx.attribute(BYTES_OUT, body.writeTo(ctx.outputStream()));
        } catch (IOException e) {
            throw new AnswerNotSent(e);
        }
    }

    /** An answer written into a stream. */
    interface Body {
        long writeTo(OutputStream out) throws IOException;
    }

    static void sendJson(Context ctx, Object node) {
        try {
            send(ctx, 200, "application/json", JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    void problem(Context ctx, Problem p) {
        try {
            send(ctx, p.status(), Problem.MEDIA_TYPE, JSON.writeValueAsBytes(p.toJson(ctx.path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Writing the answer failed: the connection is gone, so there is no one to answer. */
    private static final class AnswerNotSent extends RuntimeException {
        AnswerNotSent(IOException cause) {
            super(cause);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
