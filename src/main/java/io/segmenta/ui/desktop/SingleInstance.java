package io.segmenta.ui.desktop;

import io.segmenta.core.AppDirs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * One Segmenta per user: a second launch (a CSV double-clicked while Segmenta runs) hands its files
 * to the running one and exits.
 *
 * <p>The running instance holds an exclusive lock on {@value #LOCK_FILE} in the user's
 * configuration folder (the operating system drops it when the process ends, even on a crash) and
 * listens on the Unix domain socket {@value #SOCKET_FILE} beside it (Linux, macOS, Windows 10 and
 * later; only the user can reach it). A later launch that cannot take the lock connects, sends
 * {@value #HELLO} and one file URI per line, ends with an empty line and waits for {@value #OK}
 * (also ended by an empty line).
 * When no single instance can be arranged (a read-only folder, a socket path too long for the
 * system) each launch simply runs on its own.
 *
 * <p>JavaFX-free: the launcher calls {@link #claim} before starting the toolkit, so a hand-off
 * costs only a JVM start.
 */
public final class SingleInstance implements AutoCloseable {
    static final String LOCK_FILE = "instance.lock";
    static final String SOCKET_FILE = "instance.sock";
    static final String HELLO = "SEGMENTA-OPEN 1";
    static final String OK = "OK";
    private static final Duration READ_LIMIT = Duration.ofSeconds(3);
    private static final int MAX_MESSAGE = 1 << 20;
    /** Lock files held by this JVM: a second channel on one of them would drop the OS lock when closed. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    /** What {@link #claim} arranged. */
    public sealed interface Claim {
    }

    /** This process is the running instance; later launches send their files to it. */
    public record Primary(SingleInstance instance) implements Claim {
    }

    /** The files went to the running instance: this launch should exit. */
    public record HandedOff(int files) implements Claim {
    }

    /** No single instance could be arranged; this launch runs on its own. */
    public record Standalone(String reason) implements Claim {
    }

    private final Path lockPath;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path socketPath;
    private final ServerSocketChannel server;
    private final Thread acceptor;
    private final List<List<Path>> pending = new ArrayList<>();
    private Consumer<List<Path>> receiver;

    private SingleInstance(Path lockPath, FileChannel lockChannel, FileLock lock, Path socketPath,
            ServerSocketChannel server) {
        this.lockPath = lockPath;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.socketPath = socketPath;
        this.server = server;
        this.acceptor = new Thread(this::acceptLoop, "segmenta-single-instance");
        this.acceptor.setDaemon(true);
    }

    /**
     * Becomes the running instance for {@code dir}, or hands {@code files} (absolute paths) to the
     * one already running. Waits up to {@code patience} for a running instance that is still
     * starting to answer.
     */
    public static Claim claim(Path dir, List<Path> files, Duration patience) {
        Objects.requireNonNull(files, "files");
        try {
            AppDirs.ensure(dir);
        } catch (IOException | RuntimeException e) {
            return new Standalone("cannot create " + dir + ": " + e);
        }
        Path lockPath = dir.resolve(LOCK_FILE).toAbsolutePath().normalize();
        Path socketPath = dir.resolve(SOCKET_FILE).toAbsolutePath().normalize();
        long deadline = System.nanoTime() + patience.toNanos();
        String lastProblem = "no answer";
        while (true) {
            Claim mine;
            try {
                mine = tryToBecomePrimary(lockPath, socketPath);
            } catch (IOException | RuntimeException e) {
                return new Standalone("cannot use " + lockPath + ": " + e);
            }
            if (mine != null) {
                return mine;
            }
            try {
                send(socketPath, files, deadline);
                return new HandedOff(files.size());
            } catch (IOException | RuntimeException e) {
                lastProblem = e.toString();
            }
            if (System.nanoTime() > deadline) {
                return new Standalone("another Segmenta holds " + lockPath + " but did not answer on " + socketPath
                        + " (" + lastProblem + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Standalone("interrupted while waiting for the running Segmenta");
            }
        }
    }

    /** A Primary or Standalone claim when this process got the lock, null when another process holds it. */
    private static Claim tryToBecomePrimary(Path lockPath, Path socketPath) throws IOException {
        if (!HELD.add(lockPath)) {
            return null;
        }
        FileChannel channel = null;
        FileLock lock = null;
        try {
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD.remove(lockPath);
                return null;
            }
        } catch (IOException | OverlappingFileLockException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(lockPath);
            if (e instanceof OverlappingFileLockException) {
                return null;
            }
            throw (IOException) e;
        }
        ServerSocketChannel server = null;
        try {
            // a socket file left by an instance that crashed: we hold the lock, so nobody serves it
            Files.deleteIfExists(socketPath);
            server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socketPath));
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            lock.release();
            channel.close();
            HELD.remove(lockPath);
            return new Standalone("cannot listen on " + socketPath + ": " + e);
        }
        SingleInstance instance = new SingleInstance(lockPath, channel, lock, socketPath, server);
        instance.acceptor.start();
        return new Primary(instance);
    }

    /** Sends {@code files} to the instance listening on {@code socket}; throws when it does not confirm. */
    private static void send(Path socket, List<Path> files, long deadline) throws IOException {
        StringBuilder message = new StringBuilder(HELLO).append('\n');
        for (Path f : files) {
            message.append(f.toAbsolutePath().normalize().toUri()).append('\n');
        }
        message.append('\n');
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            writeFully(channel, message.toString());
            long readDeadline = Math.max(deadline, System.nanoTime() + READ_LIMIT.toNanos());
            List<String> answer = readLines(channel, readDeadline);
            if (answer.isEmpty() || !OK.equals(answer.get(0))) {
                throw new IOException("unexpected answer " + answer);
            }
        }
    }

    /**
     * Sets who receives the files of later launches (an empty list: a launch without files, which
     * asks to show the window). Called on this class's listener thread; requests that arrived
     * before are delivered at once, in order, on the calling thread.
     */
    public void onRequest(Consumer<List<Path>> receiver) {
        List<List<Path>> earlier;
        synchronized (pending) {
            this.receiver = Objects.requireNonNull(receiver, "receiver");
            earlier = List.copyOf(pending);
            pending.clear();
        }
        earlier.forEach(receiver);
    }

    /** The socket later launches connect to. */
    public Path socket() {
        return socketPath;
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                List<Path> files = readRequest(client);
                if (files != null) {
                    writeFully(client, OK + "\n\n");
                    deliver(files);
                }
            } catch (ClosedChannelException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                System.err.println("Segmenta: ignored a request from another launch: " + e);
            }
        }
    }

    /** The files of one request, or null when it is not a Segmenta request. */
    private static List<Path> readRequest(SocketChannel client) throws IOException {
        List<String> lines = readLines(client, System.nanoTime() + READ_LIMIT.toNanos());
        if (lines.isEmpty() || !HELLO.equals(lines.get(0))) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            files.add(Path.of(URI.create(line)));
        }
        return files;
    }

    private void deliver(List<Path> files) {
        Consumer<List<Path>> to;
        synchronized (pending) {
            to = receiver;
            if (to == null) {
                pending.add(List.copyOf(files));
                return;
            }
        }
        to.accept(List.copyOf(files));
    }

    /** Reads lines up to an empty line or the end of the stream, giving up at {@code deadline} (System.nanoTime). */
    private static List<String> readLines(SocketChannel channel, long deadline) throws IOException {
        channel.configureBlocking(false);
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                String text = bytes.toString(StandardCharsets.UTF_8);
                int end = text.startsWith("\n") ? 0 : text.indexOf("\n\n");
                if (end >= 0) {
                    return lines(text.substring(0, end));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IOException("no complete message within the time limit");
                }
                selector.select(Math.max(1, left / 1_000_000));
                buffer.clear();
                int n = channel.read(buffer);
                if (n < 0) {
                    return lines(bytes.toString(StandardCharsets.UTF_8));
                }
                bytes.write(buffer.array(), 0, n);
                if (bytes.size() > MAX_MESSAGE) {
                    throw new IOException("message longer than " + MAX_MESSAGE + " bytes");
                }
            }
        }
    }

    /** Writes all of {@code text} (a few hundred bytes: the socket buffer takes it at once). */
    private static void writeFully(SocketChannel channel, String text) throws IOException {
        ByteBuffer out = StandardCharsets.UTF_8.encode(text);
        int idle = 0;
        while (out.hasRemaining()) {
            if (channel.write(out) == 0 && ++idle > 1000) {
                throw new IOException("the other side does not read");
            }
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Stops listening, removes the socket and releases the lock; a later launch becomes the running instance. */
    @Override
    public void close() {
        try {
            server.close();
            acceptor.join(2000);
            Files.deleteIfExists(socketPath);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            System.err.println("Segmenta: could not clean up " + socketPath + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            HELD.remove(lockPath);
        }
    }
}
