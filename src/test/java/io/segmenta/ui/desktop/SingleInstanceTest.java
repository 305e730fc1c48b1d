package io.segmenta.ui.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.AppDirs;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Segmenta per user: the second launch hands its files to the first, in this JVM and from another process. */
class SingleInstanceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final List<SingleInstance> opened = new ArrayList<>();
    private final BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();

    @AfterEach
    void closeAll() {
        opened.forEach(SingleInstance::close);
    }

    private SingleInstance primary() {
        SingleInstance.Claim claim = SingleInstance.claim(dir, List.of(), PATIENCE);
        SingleInstance instance = assertInstanceOf(SingleInstance.Primary.class, claim, claim::toString).instance();
        opened.add(instance);
        return instance;
    }

    @Test
    void aSecondLaunchHandsItsFilesToTheFirst() throws Exception {
        primary().onRequest(received::add);
        Path csv = dir.resolve("Mall Customers (2024).csv");
        SingleInstance.Claim second = SingleInstance.claim(dir, List.of(csv), PATIENCE);
        assertEquals(new SingleInstance.HandedOff(1), second);
        assertEquals(List.of(csv), received.poll(10, TimeUnit.SECONDS));

        assertEquals(new SingleInstance.HandedOff(0), SingleInstance.claim(dir, List.of(), PATIENCE),
                "a launch without a file asks the running window to come forward");
        assertEquals(List.of(), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void requestsBeforeTheWindowIsReadyAreKeptInOrder() throws Exception {
        SingleInstance first = primary();
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(dir, List.of(a), PATIENCE));
        assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(dir, List.of(b), PATIENCE));
        first.onRequest(received::add);
        assertEquals(List.of(a), received.poll(1, TimeUnit.SECONDS));
        assertEquals(List.of(b), received.poll(1, TimeUnit.SECONDS));
    }

    @Test
    void afterTheFirstClosesTheNextLaunchTakesOver() throws Exception {
        SingleInstance first = primary();
        first.close();
        opened.remove(first);
        assertTrue(Files.notExists(first.socket()), "the socket is removed");
        primary().onRequest(received::add);
        assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(dir, List.of(dir.resolve("x.csv")), PATIENCE));
        assertEquals(List.of(dir.resolve("x.csv")), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aSocketLeftByACrashDoesNotStopTheNextLaunch() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(SingleInstance.SOCKET_FILE), "left over");
        primary().onRequest(received::add);
        assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(dir, List.of(dir.resolve("y.csv")), PATIENCE));
        assertEquals(List.of(dir.resolve("y.csv")), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void somethingElseTalkingOnTheSocketIsIgnored() throws Exception {
        SingleInstance first = primary();
        first.onRequest(received::add);
        try (SocketChannel stranger = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            stranger.connect(UnixDomainSocketAddress.of(first.socket()));
            stranger.write(ByteBuffer.wrap("GET / HTTP/1.0\n\n".getBytes(StandardCharsets.UTF_8)));
            ByteBuffer answer = ByteBuffer.allocate(64);
            assertEquals(-1, stranger.read(answer), "closed without an answer");
        }
        assertInstanceOf(SingleInstance.HandedOff.class, SingleInstance.claim(dir, List.of(dir.resolve("z.csv")), PATIENCE));
        assertEquals(List.of(dir.resolve("z.csv")), received.poll(10, TimeUnit.SECONDS), "and it still serves Segmenta");
    }

    @Test
    void aFolderThatCannotBeCreatedMeansRunningAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertInstanceOf(SingleInstance.Standalone.class, SingleInstance.claim(file.resolve("sub"), List.of(), PATIENCE));
    }

    /** The real thing: another process starts Segmenta's launcher with a CSV while this JVM is the running window. */
    @Test
    void aLauncherInAnotherProcessHandsOverAndExitsAtOnce() throws Exception {
        primary().onRequest(received::add);
        Path csv = Files.writeString(dir.resolve("customers.csv"), "CustomerID,Age\n1,30\n"); // only existing files are handed over
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + AppDirs.PROPERTY + "=" + dir,
                "io.segmenta.Launcher", csv.toString()).redirectErrorStream(true);
        pb.environment().remove("DISPLAY"); // were the hand-off to fail, no window could open by mistake
        long t0 = System.nanoTime();
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the second launch exits");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("Segmenta is already running: opened " + csv), out);
        assertEquals(List.of(csv), received.poll(10, TimeUnit.SECONDS));
        System.out.println("Second launch handed its file over and exited after " + millis + " ms");
    }
}
