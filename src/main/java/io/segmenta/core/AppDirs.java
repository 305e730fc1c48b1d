package io.segmenta.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;

/**
 * Where Segmenta keeps per-user files that are not preferences (the single-instance lock and socket,
 * crash recovery, the {@code drivers} folder of JDBC drivers): {@code $XDG_CONFIG_HOME/segmenta}
 * (default {@code ~/.config/segmenta}) on Linux, {@code ~/Library/Application Support/Segmenta} on
 * macOS, {@code %LOCALAPPDATA%\Segmenta} on Windows. The system property {@value #PROPERTY} overrides
 * it (tests use a temporary folder). In the core, since the window and the command line both read the
 * drivers folder.
 */
public final class AppDirs {
    /** System property naming the folder to use instead of the platform's. */
    public static final String PROPERTY = "segmenta.config.dir";

    private AppDirs() {
    }

    /** The configuration folder for this user on this system (not created). */
    public static Path config() {
        return config(System.getProperty(PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."), System.getenv());
    }

    /** The folder for the given override, operating system name, home folder and environment. */
    static Path config(String override, String osName, String home, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String base = firstSet(env.get("LOCALAPPDATA"), env.get("APPDATA"));
            return base != null ? Path.of(base, "Segmenta") : Path.of(home, "AppData", "Local", "Segmenta");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "Segmenta");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // the XDG spec: a relative XDG_CONFIG_HOME is invalid and must be ignored
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "segmenta");
        }
        return Path.of(home, ".config", "segmenta");
    }

    /** Creates {@code dir} if needed; a folder it creates is private to the user where the file system allows. */
    public static Path ensure(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is already private
        }
        return dir;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
