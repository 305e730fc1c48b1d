package io.segmenta.serve;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code segmenta serve} runs.
 *
 * @param model      the model file (watched: a changed, valid file replaces the model)
 * @param host       the address to bind; loopback unless the user says otherwise
 * @param port       the port; 0 picks a free one
 * @param token      the bearer token every request needs, or null (only allowed on loopback)
 * @param maxBody    the largest request body in bytes
 * @param timeout    how long one prediction may take; also the idle time of a connection
 * @param corsOrigin the one browser origin allowed to call the API from another site, or null
 * @param watchEvery how often the model file is looked at
 * @param log        where the log lines go
 */
public record ServeOptions(Path model, String host, int port, String token, long maxBody, Duration timeout,
                           String corsOrigin, Duration watchEvery, PrintStream log) {
    public static final long DEFAULT_MAX_BODY = 16L << 20;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WATCH = Duration.ofSeconds(1);

    public ServeOptions {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(watchEvery, "watchEvery");
        Objects.requireNonNull(log, "log");
    }

    /** Loopback, port {@code port}, no token, the default limits, log to {@code log}. */
    public static ServeOptions local(Path model, int port, PrintStream log) {
        return new ServeOptions(model, "127.0.0.1", port, null, DEFAULT_MAX_BODY, DEFAULT_TIMEOUT, null, DEFAULT_WATCH,
                log);
    }

    public ServeOptions withToken(String t) {
        return new ServeOptions(model, host, port, t, maxBody, timeout, corsOrigin, watchEvery, log);
    }

    public ServeOptions withHost(String h) {
        return new ServeOptions(model, h, port, token, maxBody, timeout, corsOrigin, watchEvery, log);
    }

    public ServeOptions withLimits(long body, Duration time) {
        return new ServeOptions(model, host, port, token, body, time, corsOrigin, watchEvery, log);
    }

    public ServeOptions withCors(String origin) {
        return new ServeOptions(model, host, port, token, maxBody, timeout, origin, watchEvery, log);
    }

    public ServeOptions withWatchEvery(Duration every) {
        return new ServeOptions(model, host, port, token, maxBody, timeout, corsOrigin, every, log);
    }
}
