package io.segmenta.ui.desktop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Measures how responsive the window is: a watcher thread hands the JavaFX thread a no-op every
 * {@value #PERIOD_MS} ms and times how long it waits to run. The window cannot paint a frame or
 * answer a click while the JavaFX thread is busy, so the longest wait is the longest frame the user
 * saw frozen. A wait that passes {@value #STALL_MS} ms is a stall: the watcher then looks at the
 * JavaFX thread's stack every {@value #SAMPLE_MS} ms and names the innermost Segmenta method that at
 * least half of the looks saw (the work the stall was spent in). When the watcher's own wait between
 * no-ops ends late, the whole JVM was held up (a garbage collection stops every thread, the window's
 * painting too) and that lateness counts as a wait as well: a pause while no no-op waited went unseen.
 *
 * <p>{@link #pause()} leaves out work the measurement itself asks of the JavaFX thread (a
 * screenshot); {@link #takeLongest()} gives the longest wait since the last call and starts over.
 */
public final class FxStallMonitor implements AutoCloseable {
    /** How often the JavaFX thread is asked to run the no-op. */
    public static final int PERIOD_MS = 20;
    /** How often the JavaFX thread's stack is looked at during a stall. */
    static final int SAMPLE_MS = 50;
    /** A wait longer than this is a stall. */
    public static final int STALL_MS = 100;

    /**
     * The longest wait of a period.
     *
     * @param millis the wait
     * @param stalls waits over {@value #STALL_MS} ms
     * @param where  what the JavaFX thread was doing in the longest stall, or "" when there was none
     */
    public record Longest(double millis, int stalls, String where) {
        /** "longest JavaFX-thread wait 12 ms" or "... 340 ms (2 stalls over 100 ms, the longest in X)". */
        public String describe() {
            String text = String.format(Locale.ROOT, "longest JavaFX-thread wait %.0f ms", millis);
            return stalls == 0 ? text : text + String.format(Locale.ROOT, " (%d over %d ms, the longest in %s)", stalls,
                    STALL_MS, where);
        }
    }

    /** What a stall is put down to when the watcher itself was held up. */
    static final String HELD_UP = "the whole JVM held up (a garbage collection, or the machine busy with other work)";

    /** How the watcher waits between no-ops. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    private final Sleeper sleeper;
    private final Thread watcher;
    private final Consumer<String> onStall;
    private volatile boolean running = true;
    private volatile boolean paused;
    private volatile Thread fxThread;
    private double longest;
    private int stalls;
    private String where = "";

    /**
     * Starts watching.
     *
     * @param onStall told every stall as it ends ("230 ms in io.segmenta...."), from the watcher thread
     */
    public FxStallMonitor(Consumer<String> onStall) {
        this(onStall, Thread::sleep);
    }

    /** As {@link #FxStallMonitor(Consumer)}, the watcher waiting between no-ops with {@code sleeper} (tests). */
    FxStallMonitor(Consumer<String> onStall, Sleeper sleeper) {
        this.onStall = onStall;
        this.sleeper = sleeper;
        Platform.runLater(() -> fxThread = Thread.currentThread());
        watcher = new Thread(this::watch, "segmenta-fx-stall-monitor");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void watch() {
        while (running) {
            CountDownLatch ran = new CountDownLatch(1);
            boolean counted = !paused;
            long posted = System.nanoTime();
            Platform.runLater(ran::countDown);
            List<List<String>> looks = new ArrayList<>();
            try {
                boolean done = ran.await(STALL_MS, TimeUnit.MILLISECONDS);
                while (!done) { // a stall: look at the JavaFX thread every so often until it runs the no-op
                    looks.add(frames(fxThread));
                    if (!running) {
                        return;
                    }
                    done = ran.await(SAMPLE_MS, TimeUnit.MILLISECONDS);
                }
                String cause = commonCause(looks);
                double waited = (System.nanoTime() - posted) / 1e6;
                if (counted && !paused) {
                    record(waited, cause);
                }
                // a pause of the whole JVM (a garbage collection) while no no-op waits holds up the watcher too:
                // its sleep ends late, and the window could not paint for as long
                long asleep = System.nanoTime();
                sleeper.sleep(PERIOD_MS);
                double late = (System.nanoTime() - asleep) / 1e6 - PERIOD_MS;
                if (late > 0 && counted && !paused) {
                    record(late, HELD_UP);
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void record(double waited, String cause) {
        if (waited > STALL_MS) {
            if (cause == null) { // it ended just as the watcher was about to look
                cause = "(ended before it could be looked at)";
            }
            stalls++;
            onStall.accept(String.format(Locale.ROOT, "%.0f ms in %s", waited, cause));
        }
        if (waited > longest) {
            longest = waited;
            where = waited > STALL_MS ? cause : "";
        }
    }

    /**
     * What a stall was spent in: the innermost frame that at least half of the looks at the JavaFX thread
     * saw (a Segmenta method where one was on the stack, else the top frame), with how many looks saw it;
     * "no one place" when none did; null when there was no look.
     */
    static String commonCause(List<List<String>> looks) {
        if (looks.isEmpty()) {
            return null;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> look : looks) {
            new LinkedHashSet<>(look).forEach(f -> seen.merge(f, 1, Integer::sum));
        }
        List<String> last = looks.get(looks.size() - 1);
        if (looks.size() == 1) {
            return last.get(0);
        }
        for (String f : last) { // innermost first
            if (seen.get(f) * 2 >= looks.size()) {
                return f + " (" + seen.get(f) + " of " + looks.size() + " looks)";
            }
        }
        // no method under half the looks: JavaFX's own layout and painting, or the whole JVM held up (garbage collection)
        return "no one place (" + looks.size() + " looks; the last in " + last.get(0) + ")";
    }

    /**
     * The Segmenta methods on the thread's stack, innermost first, or its top frame when none is; with
     * the thread's state when it was not running.
     */
    static List<String> frames(Thread t) {
        if (t == null) {
            return List.of("(the JavaFX thread has not started)");
        }
        Thread.State state = t.getState();
        StackTraceElement[] stack = t.getStackTrace();
        // a JavaFX thread that waits is idle (the machine's other work kept it from running) or blocked on a lock
        String waiting = state == Thread.State.RUNNABLE ? "" : " (" + state.toString().toLowerCase(Locale.ROOT) + ")";
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("io.segmenta.")) {
                out.add(e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber() + waiting);
            }
        }
        if (out.isEmpty()) {
            out.add((stack.length == 0 ? "(no stack)" : stack[0].getClassName() + "." + stack[0].getMethodName()) + waiting);
        }
        return out;
    }

    /** Leaves out what the JavaFX thread does from now until {@link #resume()}. */
    public void pause() {
        paused = true;
    }

    /** Counts waits again. */
    public void resume() {
        paused = false;
    }

    /** The longest wait since the previous call (or the start), and starts over. */
    public synchronized Longest takeLongest() {
        Longest l = new Longest(longest, stalls, where);
        longest = 0;
        stalls = 0;
        where = "";
        return l;
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
