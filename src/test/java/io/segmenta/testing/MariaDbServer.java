package io.segmenta.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real, throwaway MariaDB server for the tests: Debian's {@code mariadb-server} (installed by
 * {@code .ci/run}) gets a data folder of its own in a temporary folder ({@code mariadb-install-db}),
 * and {@code mariadbd} listens on a free loopback port and a private socket until the test JVM exits,
 * without grant tables (any user connects; the server exists only for the test run). Run as root (as
 * CI does), it runs as root ({@code --user=root}). Where MariaDB is not installed the calling test is
 * skipped with the reason, except under {@code CI=true}, where it fails.
 */
public final class MariaDbServer {
    /** The database the tests' tables go in. */
    public static final String DATABASE = "shop";
    private static final List<Path> SERVER = List.of(Path.of("/usr/sbin/mariadbd"), Path.of("/usr/sbin/mysqld"));
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private static MariaDbServer running;
    private static String failure;

    private final Path dir;
    private final Process process;
    private final int port;

    private MariaDbServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    /** The server, started on first use; skips (or fails under CI=true) when MariaDB is missing. */
    public static synchronized MariaDbServer get() {
        if (running == null && failure == null) {
            try {
                running = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        return TestServers.runningOrSkip(running, "MariaDB could not be started for the database tests: " + failure);
    }

    /** JDBC URL of the {@value #DATABASE} database (no password in it). */
    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    private static MariaDbServer start() throws IOException, InterruptedException {
        Path server = SERVER.stream().filter(Files::isExecutable).findFirst().orElseThrow(() ->
                new IllegalStateException("no /usr/sbin/mariadbd (install Debian's mariadb-server package)"));
        if (!Files.isExecutable(INSTALL)) {
            throw new IllegalStateException("no " + INSTALL + " (install Debian's mariadb-server package)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("segmenta-mariadb");
        Path data = dir.resolve("data");
        List<String> install = new ArrayList<>(List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (root) {
            install.add("--user=root");
        }
        run(install);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path socket = dir.resolve("sock");
        List<String> command = new ArrayList<>(List.of(server.toString(), "--no-defaults", "--datadir=" + data,
                "--socket=" + socket, "--port=" + port, "--bind-address=127.0.0.1", "--skip-grant-tables",
                "--skip-log-bin", "--innodb-buffer-pool-size=16M", "--pid-file=" + dir.resolve("pid"),
                "--log-error=" + dir.resolve("log")));
        if (root) {
            command.add("--user=root");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out").toFile()).start();
        MariaDbServer s = new MariaDbServer(dir, p, port);
        Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException("mariadbd stopped: " + tail(dir.resolve("log")));
            }
            try {
                run(List.of("mariadb-admin", "--no-defaults", "--socket=" + socket, "ping"));
                break;
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("mariadbd did not answer within 60 s: " + tail(dir.resolve("log")));
                }
                Thread.sleep(200);
            }
        }
        run(List.of("mariadb", "--no-defaults", "--socket=" + socket, "-e", "CREATE DATABASE " + DATABASE));
        return s;
    }

    private void stop() {
        process.destroy(); // SIGTERM: mariadbd shuts down cleanly
        try {
            process.waitFor(20, TimeUnit.SECONDS);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the JVM is exiting; a temporary folder left behind is harmless
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                    + " failed: " + out.strip());
        }
    }
}
