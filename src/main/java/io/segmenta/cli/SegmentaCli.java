package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancelledException;
import java.io.File;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The headless command line: {@code segmenta <command> ...}. It calls the same core pipeline as the
 * window, so the same spec gives the same figures. Errors go to stderr as one plain message with a
 * non-zero exit code (1 bad input or choice, 2 bad usage, 130 cancelled, 70 unexpected).
 */
@Command(name = "segmenta", mixinStandardHelpOptions = true, versionProvider = SegmentaCli.Version.class,
        description = "Customer segmentation from the command line. Without a command, Segmenta opens its window.",
        footer = {"", "FILE is a CSV, Excel (.xlsx) or Parquet file, or @sample for the built-in sample table; --db JDBC_URL --query SQL reads a database instead (password from $SEGMENTA_DB_PASSWORD or asked).",
                "Run 'segmenta help <command>' or 'segmenta <command> --help' for a command's options."})
public final class SegmentaCli implements Runnable {
    /** Exit code for bad input or an impossible choice (the message says which). */
    public static final int EXIT_INPUT = 1;
    /** Exit code when work was cancelled (Ctrl+C). */
    public static final int EXIT_CANCELLED = 130;
    /** Exit code for bad usage: an unknown command or option (picocli's own code for it). */
    public static final int EXIT_USAGE = 2;
    /** Exit code for an unexpected failure (a bug: please report it). */
    public static final int EXIT_UNEXPECTED = 70;

    /** The commands, in the order {@code segmenta --help} lists them. */
    static final List<String> COMMANDS = List.of("inspect", "describe", "sweep", "cluster", "predict", "serve",
            "report", "rfm", "bench", "help");
    private static final Set<String> COMMAND_WORDS = commandWords();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The command line with every command, or, when {@code only} names one, with that one alone: picocli builds
     * each command's model from its annotations when it is added, and running one command does not need the
     * others' (building all ten took about 0.1 s of every run's start).
     */
    static CommandLine commandLine(String only) {
        CommandLine cmd = new CommandLine(new SegmentaCli());
        for (String name : COMMANDS) {
            if (only == null || only.equals(name)) {
                cmd.addSubcommand(new CommandLine(command(name))); // built on its own, so its model transformer runs
            }
        }
        return cmd;
    }

    /** The commands and the options that ask for the command line without one. */
    private static Set<String> commandWords() {
        Set<String> words = new HashSet<>(COMMANDS);
        words.addAll(List.of("--help", "-h", "--version", "-V"));
        return Set.copyOf(words);
    }

    private static Object command(String name) {
        return switch (name) {
            case "inspect" -> new InspectCommand();
            case "describe" -> new DescribeCommand();
            case "sweep" -> new SweepCommand();
            case "cluster" -> new ClusterCommand();
            case "predict" -> new PredictCommand();
            case "serve" -> new ServeCommand();
            case "report" -> new ReportCommand();
            case "rfm" -> new RfmCommand();
            case "bench" -> new BenchCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** True when {@code arg} asks for the command line rather than the window. */
    public static boolean isCommand(String arg) {
        return COMMAND_WORDS.contains(arg);
    }

    /**
     * What to say about {@code word}, given where the window would open a file ({@code path}), when
     * it is neither a command nor an existing file: a mistyped command (with picocli's suggestion),
     * a command this version does not have, or a file that is not there; then the commands.
     * The launcher prints it and exits with {@link #EXIT_USAGE}.
     */
    public static String notACommandOrFile(String word, Path path) {
        CommandLine cmd = commandLine(null);
        List<String> suggestions = List.of();
        try {
            cmd.parseArgs(word);
        } catch (CommandLine.UnmatchedArgumentException unmatched) {
            suggestions = unmatched.getSuggestions();
        } catch (CommandLine.ParameterException other) {
            // no suggestion
        }
        boolean looksLikeFile = word.contains("/") || word.contains(File.separator) || word.contains(".");
        StringBuilder text = new StringBuilder("segmenta: ");
        if (looksLikeFile) {
            text.append(Files.isDirectory(path) ? path + " is a folder, not a file"
                    : "there is no file " + path).append(" (and '").append(word).append("' is not a command).");
        } else {
            text.append("unknown command '").append(word).append("'");
            String near = suggestions.stream().filter(c -> typo(word, c)).findFirst().orElse(null);
            text.append(near == null ? "." : ". Did you mean '" + near + "'?");
        }
        List<String> commands = new ArrayList<>(cmd.getSubcommands().keySet());
        text.append(System.lineSeparator()).append("Commands: ").append(String.join(", ", commands))
                .append(". 'segmenta --help' explains them; 'segmenta FILE.csv' opens a file in the window.");
        return text.toString();
    }

    /**
     * Whether {@code typed} is a typo of {@code command}: at most one edit per three letters
     * (commons-text's Levenshtein distance). picocli's suggestions are looser (commands that merely
     * share letters), and a wrong guess misleads more than none.
     */
    static boolean typo(String typed, String command) {
        int limit = Math.max(1, command.length() / 3);
        return new LevenshteinDistance(limit).apply(typed.toLowerCase(Locale.ROOT), command) >= 0;
    }

    /** Runs the command line with the process's standard streams. */
    public static int run(String... args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command line with the given streams (tests capture them). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        // one command's run builds that command alone ('help' lists and explains them all)
        boolean one = args.length > 0 && COMMANDS.contains(args[0]) && !args[0].equals("help");
        CommandLine cmd = commandLine(one ? args[0] : null);
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof SegmentaException) {
                e.println("segmenta: " + ex.getMessage());
                return EXIT_INPUT;
            }
            if (ex instanceof CancelledException) {
                e.println("segmenta: cancelled.");
                return EXIT_CANCELLED;
            }
            e.println("segmenta: unexpected error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage()
                    + ". This is a bug in Segmenta; please report it with the command you ran.");
            return EXIT_UNEXPECTED;
        });
        // numbers print the same on every machine (a decimal point, as in the JSON and the window), not
        // half in the system's locale: "WCSS 65,5684, silhouette 0.5547" on a German system
        // (PrintWriter.printf follows the general default locale, String.format the FORMAT one: set both)
        Locale before = Locale.getDefault();
        Locale beforeFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale beforeDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(Locale.ROOT);
        try {
            int code = cmd.execute(args);
            o.flush();
            e.flush();
            return code;
        } catch (OutOfMemoryError tooLarge) {
            e.printf(Locale.ROOT, "segmenta: not enough memory: the table and the work on it do not fit in the %,d MB the Java heap may "
                    + "use. Give it more: java -Xmx4g -jar segmenta.jar ..., or JAVA_TOOL_OPTIONS=-Xmx4g segmenta ... "
                    + "(the installed launcher).%n", Runtime.getRuntime().maxMemory() >> 20);
            e.flush();
            return EXIT_INPUT;
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, beforeFormat);
            Locale.setDefault(Locale.Category.DISPLAY, beforeDisplay);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** "0.3.0" from the jar manifest, or "development build" when run from classes. */
    static String versionText() {
        String v = SegmentaCli.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** Version from the jar manifest (or "development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SegmentaCli.class.getPackage().getImplementationVersion();
            return new String[] {"Segmenta " + (v == null ? "(development build)" : v)};
        }
    }
}
