package io.segmenta.ui.charts;

import io.segmenta.core.chart.ScatterData;
import io.segmenta.ui.charts.export.ChartExport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Frame-time benchmark of the 2D and 3D scatter with the real rendering pipeline: shows N points
 * (five Gaussian segments), then moves the view every frame (pan and zoom in 2D, rotation in 3D)
 * for a number of frames and prints milliseconds per frame, measured between animation pulses
 * (each pulse waits for the previous frame to be rendered). Run it on a display, e.g. under Xvfb:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -s "-screen 0 1400x900x24" java -Djavafx.animation.fullspeed=true -Dprism.vsync=false \
 *     -Dprism.forceGPU=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     io.segmenta.ui.charts.RenderBenchmark 3d 100000 120 [shot.png]
 * </pre>
 *
 * Modes: {@code 2d} (zooming in and out, as while the view moves), {@code 2d-rest} (a full repaint
 * of every point each frame, as when the view comes to rest), {@code 3d} (rotating, all points drawn)
 * and {@code 3d-moving} (rotating with the moving preview the view switches to on slow renderers).
 *
 * Not a unit test: it needs a display and prints figures for a person to read.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "2d";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int frames = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        Path shot = args.length > 3 ? Path.of(args[3]) : null;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> report = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                run(mode, n, frames, shot, report, done);
            } catch (RuntimeException e) {
                e.printStackTrace();
                done.countDown();
            }
        });
        done.await();
        System.out.println(report.get());
        Platform.exit();
    }

    private static void run(String mode, int n, int frames, Path shot, AtomicReference<String> report,
                            CountDownLatch done) {
        double[][] xyz = blobs(n);
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = i % 5;
        }
        double[] centres = new double[15];
        for (int s = 0; s < 5; s++) {
            centres[3 * s] = CX[s];
            centres[3 * s + 1] = CY[s];
            centres[3 * s + 2] = CZ[s];
        }
        Region view;
        Runnable step;
        String pipeline = com.sun.prism.GraphicsPipeline.getPipeline().getClass().getSimpleName();
        if (mode.startsWith("3d")) {
            Scatter3DView v = new Scatter3DView();
            v.dataProperty().set(new Scatter3DData(xyz[0], xyz[1], xyz[2], group, centres, "PC1", "PC2", "PC3"));
            if (mode.equals("3d-moving")) {
                v.setPreviewWhileMoving(true);
                v.setMoving(true);
            }
            view = v;
            step = () -> v.rotate(-22, v.angleY() + 1.5);
            if (!v.is3d()) {
                report.set("3D is not supported by the " + pipeline + " pipeline; nothing measured.");
                done.countDown();
                return;
            }
        } else {
            ScatterCanvas c = new ScatterCanvas();
            double[] cx = java.util.Arrays.copyOf(CX, 5);
            double[] cy = java.util.Arrays.copyOf(CY, 5);
            c.setData(new ScatterData(xyz[0], xyz[1], group, cx, cy, "PC1", "PC2"));
            view = c;
            int[] frame = {0};
            double[] paint = {0, Double.POSITIVE_INFINITY};
            boolean rest = mode.equals("2d-rest");
            step = () -> {
                frame[0]++;
                paint[0] += c.lastPaintMillis();
                if (frame[0] > 1) {
                    paint[1] = Math.min(paint[1], c.lastPaintMillis());
                }
                if (rest) {
                    // a full repaint of every point, as after the view comes to rest
                    c.hiddenSegmentsProperty().set(frame[0] % 2 == 0 ? java.util.Set.of() : java.util.Set.of(99));
                } else {
                    c.zoom(frame[0] % 40 < 20 ? 1.02 : 1 / 1.02);
                }
            };
            paintTotal = paint;
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 1000, 700));
        stage.show();
        long[] times = new long[frames + 1];
        int warmup = 10;
        new AnimationTimer() {
            private int i = -warmup;

            @Override
            public void handle(long now) {
                if (i >= 0) {
                    times[i] = System.nanoTime();
                }
                i++;
                if (i > frames) {
                    stop();
                    double ms = (times[frames] - times[0]) / 1e6 / frames;
                    double[] each = new double[frames];
                    for (int f = 0; f < frames; f++) {
                        each[f] = (times[f + 1] - times[f]) / 1e6;
                    }
                    java.util.Arrays.sort(each);
                    String extra = "";
                    if (view instanceof Scatter3DView v3) {
                        int row = v3.firstDrawnRow();
                        double[] mine = v3.screenPosition(row);
                        javafx.geometry.Point2D fx = v3.javafxScreenPosition(row);
                        extra = String.format(Locale.ROOT, "; picking projection of a customer (%.1f, %.1f) vs JavaFX's "
                                + "(%.1f, %.1f); %s; %d faces", mine[0], mine[1], fx.getX(), fx.getY(),
                                v3.noteProperty().get().isEmpty() ? "all points drawn" : v3.noteProperty().get(),
                                v3.faceCount());
                    } else if (view instanceof ScatterCanvas c) {
                        extra = String.format(Locale.ROOT, "; painting %.1f ms/frame on the FX thread (fastest %.1f); %s",
                                paintTotal[0] / (frames + warmup), paintTotal[1],
                                c.noteProperty().get().isEmpty() ? "vector circles" : c.noteProperty().get());
                    }
                    report.set(String.format(Locale.ROOT, "%s scatter, %,d points, %s pipeline: %.1f ms/frame over %d "
                            + "frames (%.0f frames/s; median %.1f, fastest %.1f ms)%s", mode, n, pipeline, ms, frames,
                            1000 / ms, each[frames / 2], each[0], extra));
                    if (shot != null) {
                        ChartExport.writePng(ChartExport.render(view, 1000, 700, 1), shot);
                    }
                    done.countDown();
                    return;
                }
                step.run();
            }
        }.start();
    }

    private static double[] paintTotal = {0};

    private static final double[] CX = {-2.5, 0, 2.5, -1.2, 1.4};
    private static final double[] CY = {0, 2.2, 0.3, -2, -1.8};
    private static final double[] CZ = {0.5, -1, 1.2, -1.5, 0.2};

    /** Five Gaussian blobs in 3D, point i in blob i % 5. */
    static double[][] blobs(int n) {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            int s = i % 5;
            x[i] = CX[s] + 0.7 * rnd.nextGaussian();
            y[i] = CY[s] + 0.7 * rnd.nextGaussian();
            z[i] = CZ[s] + 0.7 * rnd.nextGaussian();
        }
        return new double[][] {x, y, z};
    }
}
