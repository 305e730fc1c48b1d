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
 * A real, throwaway PostgreSQL server for the tests: Debian's binaries ({@code /usr/lib/postgresql/N/bin},
 * installed by {@code .ci/run}) initialise a cluster in a temporary folder with a password (SCRAM), and
 * the server listens on a free loopback port until the test JVM exits. Run as root (as CI does),
 * the server runs as the {@code postgres} user, since {@code initdb} refuses root. Where PostgreSQL is
 * not installed the calling test is skipped with the reason, except under {@code CI=true}, where it fails.
 */
public final class PostgresServer {
    public static final String USER = "segmenta";
    /** The test cluster's password (it exists only for the test run). */
    public static final String PASSWORD = "s3gm3nta-test";

    private static PostgresServer running;
    private static String failure;

    private final Path dir;
    private final Path bin;
    private final boolean asPostgres;
    private final int port;

    private PostgresServer(Path bin, Path dir, boolean asPostgres, int port) {
        this.bin = bin;
        this.dir = dir;
        this.asPostgres = asPostgres;
        this.port = port;
    }

    /** The server, started on first use; skips (or fails under CI=true) when PostgreSQL is missing. */
    public static synchronized PostgresServer get() {
        if (running == null && failure == null) {
            try {
                running = start();
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        return TestServers.runningOrSkip(running, "PostgreSQL could not be started for the database tests: " + failure);
    }

    /** JDBC URL of the {@code postgres} database (no password in it). */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static PostgresServer start() throws IOException, InterruptedException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("segmenta-pg");
        Path pw = dir.resolve("pw");
        Files.writeString(pw, PASSWORD + "\n");
        if (root) {
            run(List.of("chown", "-R", "postgres", dir.toString()), false);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, dir, root, port);
        server.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER,
                "--pwfile=" + pw, "-A", "scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync"));
        server.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    private void stop() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "stop"));
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // the JVM is exiting; a temporary folder left behind is harmless
        }
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no /usr/lib/postgresql (install Debian's postgresql package)");
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql"));
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean inTmp) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        if (inTmp) {
            b.directory(Path.of(System.getProperty("java.io.tmpdir")).toFile());
        }
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(4, command.size())))
                    + " failed: " + out.strip());
        }
    }
}
