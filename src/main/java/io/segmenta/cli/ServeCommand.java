package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.serve.PredictionServer;
import io.segmenta.serve.ServeOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code segmenta serve --model model.json}: the model behind HTTP (a JSON and CSV prediction API,
 * MLflow's request shapes, a web form) until Ctrl+C or SIGTERM, which let the requests in flight finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a saved model over HTTP until Ctrl+C: POST /api/v1/predict (JSON or CSV), "
                + "POST /invocations (MLflow's shapes), GET /api/v1/model, /health, /ready, /openapi.json, "
                + "and a web form at /.",
                "Listens on 127.0.0.1 unless --host says otherwise; any other address needs --token-file.",
                "The model file is watched: a changed, valid file replaces the model between requests."})
final class ServeCommand implements Callable<Integer> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    @Option(names = "--model", required = true, paramLabel = "MODEL.json", description = "The model file (made with "
            + "'cluster ... --model' or the window's Predict step).")
    Path model;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS", description = "Address to listen "
            + "on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 listens on every network; it needs "
            + "--token-file.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default: "
            + "${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the token every request must "
            + "send as \"Authorization: Bearer TOKEN\" (the page at / asks for it).")
    Path tokenFile;

    @Option(names = "--max-body", defaultValue = "16MB", paramLabel = "SIZE", description = "Largest request body, "
            + "e.g. 512KB, 16MB (default: ${DEFAULT-VALUE}); larger ones get 413.")
    String maxBody;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Longest time for one "
            + "request, and for an idle connection (default: ${DEFAULT-VALUE} s).")
    int timeoutSeconds;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Let web pages from this origin (e.g. "
            + "https://crm.example.com) call the API from the browser. None by default.")
    String cors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535, not " + port + ".");
        }
        if (timeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1 second.");
        }
        ServeOptions options = new ServeOptions(model, host, port, tokenFile == null ? null : token(tokenFile),
                size(maxBody), Duration.ofSeconds(timeoutSeconds), cors, ServeOptions.DEFAULT_WATCH,
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
        PredictionServer server = PredictionServer.start(options);
        Thread hook = new Thread(server::close, "segmenta-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        server.awaitStop();
        return 0;
    }

    /** The token in a file: its first line, trimmed; at least 16 characters. */
    static String token(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SegmentaException("Cannot read the token file " + file + ": " + e.getMessage() + ".");
        }
        String token = text.lines().findFirst().orElse("").trim();
        if (token.length() < 16) {
            throw new SegmentaException("The token in " + file + " is " + (token.isEmpty() ? "empty" : "too short ("
                    + token.length() + " characters)") + ": use at least 16 random characters, e.g. the output of "
                    + "'openssl rand -hex 32'.");
        }
        return token;
    }

    /** "16MB" as bytes. */
    static long size(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new SegmentaException("Cannot read --max-body " + text + ": write a size such as 512KB or 16MB.");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long bytes = switch (unit) {
            case "KB" -> n << 10;
            case "MB" -> n << 20;
            case "GB" -> n << 30;
            default -> n;
        };
        if (bytes < 1024 || bytes > (1L << 31) - 1024) {
            throw new SegmentaException("--max-body " + text + " is out of range: give 1KB to 2047MB.");
        }
        return bytes;
    }
}
