package io.segmenta.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * MariaDB's JDBC driver jar for the tests of the drivers folder: the build copies it to
 * {@code target/test-drivers} (maven-dependency-plugin, execution {@code test-drivers}) and never puts
 * it on a class path, so a test that finds the driver found it through the folder. Missing (a build
 * that skipped the copy), the calling test is skipped with the reason, or fails under {@code CI=true}.
 */
public final class TestDrivers {
    private static final Path DIR = Path.of("target", "test-drivers");

    private TestDrivers() {
    }

    /** The MariaDB driver jar. */
    public static Path mariadb() {
        List<Path> jars;
        try (Stream<Path> files = Files.isDirectory(DIR) ? Files.list(DIR) : Stream.empty()) {
            jars = files.filter(f -> f.getFileName().toString().startsWith("mariadb-java-client-")).toList();
        } catch (IOException e) {
            jars = List.of();
        }
        if (jars.size() != 1) {
            String reason = "MariaDB's JDBC driver is not in " + DIR.toAbsolutePath()
                    + " (the build's test-drivers copy; run the tests through Maven)";
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(reason);
            }
            assumeTrue(false, reason);
        }
        return jars.get(0);
    }

    /** A drivers folder in {@code dir} holding the MariaDB driver jar. */
    public static Path folderWithMariaDb(Path dir) throws IOException {
        Path jar = mariadb();
        Path folder = Files.createDirectories(dir.resolve("drivers"));
        Files.copy(jar, folder.resolve(jar.getFileName()));
        return folder;
    }
}
