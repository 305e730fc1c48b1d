package io.segmenta.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.AppDirs;
import io.segmenta.core.projectfile.Project;
import io.segmenta.core.projectfile.ProjectFiles;
import io.segmenta.testing.SharedData;
import io.segmenta.ui.project.Recovery;
import io.segmenta.ui.task.FxTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Projects in the window: File > Save project and File > Open project, and a session that did not
 * end cleanly (a real Segmenta process, killed) offered back at the next start.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectWindowTest {
    @TempDir
    static Path tmp;

    private UiFixture fixture;
    private MainViewModel vm;
    private MainView view;
    private final List<String> asked = new ArrayList<>();
    private boolean restoreAnswer = true;

    @Start
    void start(Stage stage) {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        view = MainWindow.show(stage, vm, new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                return SharedData.dataset(SharedData.MALL);
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                return null;
            }

            @Override
            public Path chooseProjectTarget(Window owner, Path initialDirectory, String suggestedName) {
                asked.add("save as " + suggestedName);
                return tmp.resolve(suggestedName);
            }

            @Override
            public Path chooseProjectToOpen(Window owner, Path initialDirectory) {
                return tmp.resolve("Mall_Customers.segmenta");
            }

            @Override
            public LeaveTable askBeforeLeavingTable(Window owner, String message) {
                asked.add("leave");
                return LeaveTable.DISCARD;
            }

            @Override
            public boolean askAboutProject(Window owner, String header, String message, String yes, String no) {
                asked.add(header + " " + message);
                return restoreAnswer;
            }
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 120);
    }

    @Test
    void saveAndOpenThroughTheFileMenu(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.start(List.of(SharedData.dataset(SharedData.MALL).toString())));
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().kProperty().set(5));
        robot.clickOn("#nav-segment");
        robot.clickOn(".button.accent");
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().rename(1, "Big spenders"));
        int[] segments = vm.segmentStep().result().segmentOfRow().clone();

        robot.clickOn("File").clickOn("Save project");
        waitIdle();
        Path file = tmp.resolve("Mall_Customers.segmenta");
        assertEquals(List.of("save as Mall_Customers.segmenta"), asked, "no file yet: Save asks where");
        assertTrue(Files.isRegularFile(file), () -> "not saved: " + vm.notices().current());
        assertEquals(file, vm.project().fileProperty().get());

        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().rename(1, "Renamed after saving"));
        robot.clickOn("File").clickOn("Save project");
        waitIdle();
        assertEquals(1, asked.size(), "saved again to the same file without asking");
        assertEquals("Renamed after saving", ProjectFiles.read(file).runs().get(0).names().get(1));

        robot.clickOn("Sample");
        waitIdle();
        assertEquals(2, asked.size(), "asked before leaving the runs");
        assertTrue(vm.segmentStep().runs().isEmpty());
        assertEquals(null, vm.project().fileProperty().get(), "another table is another analysis");

        robot.clickOn("File").clickOn("Open project…");
        waitIdle();
        assertEquals("Mall_Customers.csv", vm.data().dataset().name(), () -> "" + vm.notices().current());
        assertEquals(1, vm.segmentStep().runs().size());
        assertEquals("Renamed after saving", vm.segmentStep().segmentNames().get(1));
        assertTrue(java.util.Arrays.equals(segments, vm.segmentStep().result().segmentOfRow()), "same segments");
        assertEquals(file, vm.project().fileProperty().get());
        assertTrue(vm.notices().current().text().contains("Opened the project"), vm.notices().current().text());
    }

    /**
     * A real Segmenta (the launcher, on Monocle) opens a project, autosaves it when its runs come back,
     * and is killed; the recovery file it leaves is offered at the next start and restores the work.
     */
    @Test
    void aKilledSessionIsOfferedBackAtTheNextStart(FxRobot robot) throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        Path data = tmp.resolve("mall.csv");
        Files.copy(SharedData.dataset(SharedData.MALL), data);
        Path project = tmp.resolve("killed.segmenta");
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.start(List.of(data.toString())));
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.segmentStep().segment());
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.segmentStep().rename(0, "Kept through a crash");
            vm.project().save(project);
        });
        Path recovery = Recovery.fileIn(config);

        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-D" + AppDirs.PROPERTY + "=" + config,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.util.prefs.PreferencesFactory=io.segmenta.testing.MemoryPreferencesFactory",
                "io.segmenta.Launcher", "--new-instance", project.toString()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile());
        Process child = pb.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.isRegularFile(recovery) && child.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertTrue(Files.isRegularFile(recovery), () -> "the running Segmenta wrote no recovery file; its output: "
                    + read(tmp.resolve("child.log")));
        } finally {
            child.destroyForcibly(); // a crash: no clean exit removes the file
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.isRegularFile(recovery), "the recovery file survives the kill");
        assertTrue(new Recovery(recovery, () -> null).pending(),
                "pending: the next start offers it instead of opening the sample before the window shows");
        Project left = ProjectFiles.read(recovery);
        assertEquals(1, left.runs().size());
        assertEquals("Kept through a crash", left.runs().get(0).names().get(0));

        // the next start: a fresh window over the same configuration folder offers it
        asked.clear();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.start(List.of()));
        waitIdle();
        boolean restoring = WaitForAsyncUtils.asyncFx(() -> view.offerRecovery(vm.project().useRecovery(recovery)))
                .get(10, TimeUnit.SECONDS);
        assertTrue(restoring);
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).startsWith("Restore the last session?"), asked.get(0));
        assertTrue(asked.get(0).contains("1 run"), asked.get(0));
        waitIdle();
        assertEquals("mall.csv", vm.data().dataset().name(), () -> "" + vm.notices().current());
        assertEquals("Kept through a crash", vm.segmentStep().segmentNames().get(0));

        // discarding removes it
        restoreAnswer = false;
        assertTrue(Files.isRegularFile(recovery));
        boolean again = WaitForAsyncUtils.asyncFx(() -> view.offerRecovery(new Recovery(recovery, () -> null)))
                .get(10, TimeUnit.SECONDS);
        assertFalse(again);
        assertFalse(Files.exists(recovery), "Discard removes the recovery file");
        assertFalse(new Recovery(recovery, () -> null).pending());
        assertNotNull(vm.data().dataset());
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }
}
