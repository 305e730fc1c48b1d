package io.segmenta.serve;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's log: one line per event and per request, UTC time first. Lines never hold a
 * customer's value or a stack trace: a request line has the method, path, status, body size and
 * time taken; an event line says what happened in words. Lines are buffered and written by
 * {@link #flush} (the server flushes several times a second and on stop), so a busy server does not
 * wait on its console.
 */
final class ServerLog {
    private final PrintStream out;
    private final StringBuilder pending = new StringBuilder(1 << 14);

    ServerLog(PrintStream out) {
        this.out = out;
    }

    /** An event: "model reloaded", "stopping"... */
    void event(String message) {
        line(message);
        flush();
    }

    /** One request: method, path (no query: it may hold values), status, bytes in and out, milliseconds. */
    void request(String method, String path, int status, long bytesIn, long bytesOut, double millis) {
        long hundredths = Math.round(millis * 100);
        long cents = hundredths % 100;
        line(method + " " + path + " " + status + " in=" + bytesIn + "B out=" + bytesOut + "B " + hundredths / 100
                + (cents < 10 ? ".0" : ".") + cents + "ms");
    }

    private void line(String text) {
        String stamp = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        synchronized (pending) {
            pending.append(stamp).append(' ').append(text).append('\n');
        }
    }

    void flush() {
        String text;
        synchronized (pending) {
            if (pending.length() == 0) {
                return;
            }
            text = pending.toString();
            pending.setLength(0);
        }
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }
}
