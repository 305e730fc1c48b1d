package io.segmenta.ui.desktop;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The window's command line: {@code segmenta [FILE.csv | P.segmenta] [--smoke-test] [--startup-timing] [--new-instance]}.
 *
 * @param files         the table files named (CSV, .xlsx, .parquet; absolute paths; {@code file:} URIs are accepted as
 *                      desktops pass them); the window opens the first, or the built-in sample
 * @param smokeTest     open the window on the file or sample, wait for the first painted frame
 *                      with the table, print a line, build every step's page and exit 0 (1 on
 *                      failure); never joins a running instance and never saves window preferences
 * @param startupTiming print how long the first painted frame took after the process started
 * @param newInstance   open a window of its own even when Segmenta is already running
 * @param ignored       options this version does not know and names this system cannot represent,
 *                      reported and otherwise ignored (macOS may add {@code -psn_...} when Finder
 *                      starts an application)
 * @param words         the words of the command line that became {@code files}, as typed, in the same order
 */
public record LaunchOptions(List<Path> files, boolean smokeTest, boolean startupTiming, boolean newInstance,
        List<String> ignored, List<String> words) {
    public static final String SMOKE_TEST = "--smoke-test";
    public static final String STARTUP_TIMING = "--startup-timing";
    public static final String NEW_INSTANCE = "--new-instance";

    public LaunchOptions {
        files = List.copyOf(files);
        ignored = List.copyOf(ignored);
        words = List.copyOf(words);
        if (words.size() != files.size()) {
            throw new IllegalArgumentException("one word per file");
        }
    }

    /** Parses the arguments, resolving relative file names against {@code workingDir}. */
    public static LaunchOptions parse(List<String> args, Path workingDir) {
        List<Path> files = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean smoke = false;
        boolean timing = false;
        boolean fresh = false;
        for (String a : args) {
            switch (a) {
                case SMOKE_TEST -> smoke = true;
                case STARTUP_TIMING -> timing = true;
                case NEW_INSTANCE -> fresh = true;
                default -> {
                    if (a.startsWith("-")) {
                        ignored.add(a);
                    } else if (!a.isBlank()) {
                        try {
                            files.add(toPath(a, workingDir));
                            words.add(a);
                        } catch (InvalidPathException notAPath) {
                            ignored.add(a);
                        }
                    }
                }
            }
        }
        return new LaunchOptions(files, smoke, timing, fresh, ignored, words);
    }

    /** Parses the arguments against the process's working directory. */
    public static LaunchOptions parse(List<String> args) {
        return parse(args, Path.of("").toAbsolutePath());
    }

    /** Whether this launch should look for a running instance first. */
    public boolean joinsRunningInstance() {
        return !smokeTest && !newInstance;
    }

    /** A word of the command line that names no existing file, and where the window would have looked. */
    public record NotAFile(String word, Path path) {
    }

    /**
     * The first word that names no existing file (a mistyped command such as {@code clsuter}, a
     * command this version does not have, or a file that is not there), or null when every file
     * exists. Only existing files go to the window or to a running Segmenta.
     */
    public NotAFile firstNotAFile() {
        for (int i = 0; i < files.size(); i++) {
            if (!Files.isRegularFile(files.get(i))) {
                return new NotAFile(words.get(i), files.get(i));
            }
        }
        return null;
    }

    /** The file to open first, or null for the built-in sample. */
    public Path firstFile() {
        return files.isEmpty() ? null : files.get(0);
    }

    private static Path toPath(String arg, Path workingDir) {
        if (arg.toLowerCase(Locale.ROOT).startsWith("file:")) {
            try {
                return Path.of(URI.create(arg)).toAbsolutePath().normalize();
            } catch (IllegalArgumentException | FileSystemNotFoundException notAFileUri) {
                // not a usable file URI: fall through and treat it as a name
            }
        }
        return workingDir.resolve(arg).toAbsolutePath().normalize();
    }
}
