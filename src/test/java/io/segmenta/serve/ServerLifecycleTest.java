package io.segmenta.serve;

import static io.segmenta.serve.Served.INCOME;
import static io.segmenta.serve.Served.SPENDING;
import static io.segmenta.serve.Served.get;
import static io.segmenta.serve.Served.json;
import static io.segmenta.serve.Served.postJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.model.ModelFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token rules, many connections on a few threads, the model file swapped under running requests,
 * and the graceful stop.
 */
class ServerLifecycleTest {
    private static final String TOKEN = "3f9c2a7e51b84d06a1e2c3b4d5e6f708";
    private static final String CUSTOMER = "{\"" + INCOME + "\": 70, \"" + SPENDING + "\": 50}";

    @TempDir
    static Path dir;
    static Served.Trained five;
    static Served.Trained three;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PredictionServer server;

    @BeforeAll
    static void train() {
        five = Served.mall(dir, 5, "five");
        three = Served.mall(dir, 3, "three");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ServeOptions options(Path model) {
        return ServeOptions.local(model, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void anAddressBeyondLoopbackNeedsAToken() {
        SegmentaException e = assertThrows(SegmentaException.class, () -> server = PredictionServer.start(
                options(five.model()).withHost("0.0.0.0")));
        assertTrue(e.getMessage().contains("without --token-file"), e.getMessage());
        String[] cli = Served.cli("serve", "--model", five.model().toString(), "--host", "0.0.0.0", "--port", "0");
        assertEquals("1", cli[0], cli[2]);
        assertTrue(cli[2].contains("Refusing to serve on 0.0.0.0 without --token-file"), cli[2]);
    }

    @Test
    void aShortOrMissingTokenFileIsRefused() throws Exception {
        Path shortToken = Files.writeString(dir.resolve("short.txt"), "secret\n");
        String[] cli = Served.cli("serve", "--model", five.model().toString(), "--token-file", shortToken.toString());
        assertEquals("1", cli[0], cli[2]);
        assertTrue(cli[2].contains("too short (6 characters)"), cli[2]);
        String[] none = Served.cli("serve", "--model", five.model().toString(), "--token-file",
                dir.resolve("none.txt").toString());
        assertTrue(none[2].contains("Cannot read the token file"), none[2]);
    }

    @Test
    void withATokenEveryApiRequestNeedsIt() throws Exception {
        server = PredictionServer.start(options(five.model()).withHost("127.0.0.1").withToken(TOKEN));
        for (String path : List.of("api/v1/model", "health", "ready", "openapi.json")) {
            HttpResponse<String> r = get(server, path);
            assertEquals(401, r.statusCode(), path);
            assertEquals("Bearer realm=\"segmenta\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals(401, get(server, "api/v1/model", "Authorization", "Bearer " + TOKEN + "x").statusCode());
        assertEquals(401, get(server, "api/v1/model", "Authorization", "Basic " + TOKEN).statusCode());
        assertEquals(401, Served.post(server, "api/v1/predict", "application/json", CUSTOMER).statusCode());
        assertEquals(200, get(server, "api/v1/model", "Authorization", "Bearer " + TOKEN).statusCode());
        assertEquals(200, Served.post(server, "api/v1/predict", "application/json", CUSTOMER, "Authorization",
                "bearer " + TOKEN).statusCode());
        assertEquals(200, get(server, "").statusCode(), "the page itself holds nothing about the model");
        assertEquals(200, get(server, "app.js").statusCode());
        assertTrue(!log.toString(StandardCharsets.UTF_8).contains(TOKEN), "the token reached the log");
    }

    @Test
    void sixteenBusyConnectionsAndACsvBatchAreAllAnsweredByAFewThreads() throws Exception {
        server = PredictionServer.start(options(five.model()));
        StringBuilder csv = new StringBuilder(INCOME + "," + SPENDING + "\n");
        for (int r = 0; r < 20_000; r++) {
            csv.append(15 + r % 120).append(',').append(1 + r % 99).append('\n');
        }
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 17; t++) {
            boolean batch = t == 0;
            Thread c = new Thread(() -> {
                for (int i = 0; i < (batch ? 2 : 40); i++) {
                    try {
                        HttpResponse<String> r = batch
                                ? Served.post(server, "api/v1/predict", "text/csv", csv.toString())
                                : postJson(server, "api/v1/predict", CUSTOMER);
                        (r.statusCode() == 200 ? answered : failures).incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            c.start();
            clients.add(c);
        }
        int most = 0;
        while (clients.stream().anyMatch(Thread::isAlive)) {
            most = Math.max(most, (int) Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("segmenta-http")).count());
            Thread.sleep(5);
        }
        for (Thread c : clients) {
            c.join();
        }
        assertEquals(0, failures.get());
        assertEquals(16 * 40 + 2, answered.get());
        int cores = Runtime.getRuntime().availableProcessors();
        int expected = Math.max(4, 2 * cores) + Math.max(1, Math.min(4, cores / 8))
                + Math.max(1, Math.min(4, cores / 2));
        assertTrue(most > 0 && most <= expected, most + " request threads, expected at most " + expected);
    }

    @Test
    void aChangedModelFileReplacesTheModelWhileRequestsRunAndABrokenOneIsRefused() throws Exception {
        Path served = dir.resolve("served.json");
        Files.copy(five.model(), served, StandardCopyOption.REPLACE_EXISTING);
        server = PredictionServer.start(options(served).withWatchEvery(Duration.ofMillis(50)));
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger sawFive = new AtomicInteger();
        AtomicInteger sawThree = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            Thread c = new Thread(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = postJson(server, "api/v1/predict", CUSTOMER);
                        int k = json(r).path("distances").size();
                        if (r.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else if (k == 5) {
                            sawFive.incrementAndGet();
                        } else if (k == 3) {
                            sawThree.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
            c.start();
            clients.add(c);
        }
        waitFor(() -> sawFive.get() > 20);
        ModelFile.write(ModelFile.read(three.model()), served);
        waitFor(() -> sawThree.get() > 20);
        assertEquals(2, json(get(server, "ready")).path("generation").asInt());
        assertEquals(3, json(get(server, "api/v1/model")).path("k").asInt());

        Files.writeString(served, "{\"format\": \"segmenta-model\", \"version\": 1");
        waitFor(() -> log.toString(StandardCharsets.UTF_8).contains("refused"));
        int before = sawThree.get();
        waitFor(() -> sawThree.get() > before + 20);
        running.set(false);
        for (Thread c : clients) {
            c.join(10_000);
        }
        assertEquals(0, failures.get(), "requests failed during the swaps");
        assertEquals(3, json(get(server, "api/v1/model")).path("k").asInt(), "the broken file was not used");
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Model reloaded from " + served + ": k-means, k = 3"), text);
        assertTrue(text.contains("Model file changed but was refused, the previous model keeps serving: "), text);

        ModelFile.write(ModelFile.read(five.model()), served);
        waitFor(() -> {
            try {
                return json(get(server, "api/v1/model")).path("k").asInt() == 5;
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void stoppingLetsTheRequestInFlightFinishAndThenRefusesConnections() throws Exception {
        server = PredictionServer.start(options(five.model()));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        byte[] body = CUSTOMER.getBytes(StandardCharsets.UTF_8);
        InputStream slow = new InputStream() {
            private int i;

            @Override
            public int read() throws IOException {
                if (i == 10) {
                    sending.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                return i < body.length ? body[i++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        HttpRequest req = HttpRequest.newBuilder(server.uri().resolve("api/v1/predict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> slow),
                        body.length)).build();
        CompletableFuture<HttpResponse<String>> inFlight = Served.HTTP.sendAsync(req,
                HttpResponse.BodyHandlers.ofString());
        assertTrue(sending.await(20, TimeUnit.SECONDS));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.requestsInFlight() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertEquals(1, server.requestsInFlight(), "the server never took the slow request");
        var uri = server.uri();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        Thread.sleep(300);
        assertTrue(!stopping.isDone(), "the server stopped with a request in flight");
        release.countDown();
        HttpResponse<String> r = inFlight.get(20, TimeUnit.SECONDS);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(5, json(r).path("distances").size());
        stopping.get(20, TimeUnit.SECONDS);
        Exception refused = assertThrows(Exception.class, () -> Served.HTTP.send(HttpRequest.newBuilder(
                uri.resolve("health")).build(), HttpResponse.BodyHandlers.ofString()));
        assertTrue(refused instanceof ConnectException || refused.getCause() instanceof ConnectException,
                refused.toString());
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.indexOf("Stopping") < text.indexOf("POST /api/v1/predict 200"), text);
        assertTrue(text.trim().endsWith("Stopped."), text);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
    }
}
