package io.segmenta.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.data.CsvImporter;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.Prediction;
import io.segmenta.ui.FileDialogs;
import io.segmenta.ui.MainViewModel;
import io.segmenta.ui.MainWindow;
import io.segmenta.ui.Notice;
import io.segmenta.ui.UiFixture;
import io.segmenta.ui.WindowTests;
import io.segmenta.ui.task.FxTaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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

/** The Predict step in the window, headless, on the built-in sample: the form by keyboard, models, a file. */
@ExtendWith(ApplicationExtension.class)
class PredictWindowTest {
    private static final String INCOME = "Annual Income (k$)";
    private static final String SPENDING = "Spending Score (1-100)";

    @TempDir
    static Path tmp;

    private UiFixture fixture;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new UiFixture(new FxTaskRunner());
        vm = fixture.vm();
        Path customers = tmp.resolve("new_customers.csv");
        Files.write(customers, List.of("id,gender,Age,Annual Income (k$),Spending Score (1-100)",
                "n1,Female,30,70,80", "n2,Male,forty,40,20", "n3,Male,45,,50", "n4,Female,52,300,40"),
                StandardCharsets.UTF_8);
        FileDialogs answers = new FileDialogs() {
            @Override
            public Path chooseFileToOpen(Window owner, Path initialDirectory) {
                return customers;
            }

            @Override
            public Path chooseExportTarget(Window owner, Path initialDirectory, String suggestedName) {
                return tmp.resolve(suggestedName);
            }

            @Override
            public Path chooseModelToOpen(Window owner, Path initialDirectory) {
                return tmp.resolve("customers_sample-model.json");
            }

            @Override
            public Path chooseModelTarget(Window owner, Path initialDirectory, String suggestedName) {
                return tmp.resolve(suggestedName);
            }
        };
        MainWindow.show(stage, vm, answers);
        vm.start(List.of());
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> vm.shutdown());
        fixture.close();
    }

    private void waitIdle() throws TimeoutException {
        WindowTests.waitIdle(vm, 60);
    }

    /** Segments the sample with gender, age, income and spending, k = 4. */
    private void segment() throws TimeoutException {
        waitIdle();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            vm.segmentStep().features().choices().forEach(f -> f.setSelected(List.of("Gender", "Age", INCOME, SPENDING)
                    .contains(f.name())));
            vm.segmentStep().kProperty().set(4);
            vm.segmentStep().segment();
        });
        waitIdle();
        assertNotNull(vm.segmentStep().result(), () -> "segment: " + vm.notices().current());
    }

    private static Label visibleLabel(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).queryAs(Label.class);
    }

    @Test
    void theFormByKeyboard(FxRobot robot) throws TimeoutException {
        segment();
        robot.clickOn("#nav-predict");
        waitIdle();
        assertNotNull(vm.predict().model(), () -> "model: " + vm.notices().current());
        ComboBox<?> gender = robot.lookup("#field-gender").queryAs(ComboBox.class);
        TextField age = robot.lookup("#field-age").queryAs(TextField.class);
        assertEquals("18 to 70", age.getPromptText());
        assertEquals("Choose: Female or Male", gender.getPromptText());

        // validation as the user types
        robot.clickOn(age).write("fo");
        Label ageMessage = robot.lookup(".field-message.error").queryAs(Label.class);
        assertTrue(ageMessage.getText().contains("\"fo\" of Age is not a number"), ageMessage.getText());
        assertTrue(age.getStyleClass().contains("invalid"));
        robot.eraseText(2).write("95");
        Label warning = robot.lookup(".field-message.warning").queryAs(Label.class);
        assertEquals("Age = 95, above the training range (18 to 70).", warning.getText());
        robot.eraseText(2).write("30");
        assertFalse(age.getStyleClass().contains("invalid") || age.getStyleClass().contains("unusual"));

        // Tab order: gender, age, income, spending; the choice box by keys; Enter predicts
        robot.clickOn(gender).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Female", vm.predict().customer().field("Gender").text());
        robot.type(KeyCode.TAB);
        assertTrue(age.isFocused(), "Tab goes from the choice box to Age");
        robot.type(KeyCode.TAB).write("70").type(KeyCode.TAB).write("80").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Prediction p = vm.predict().customer().prediction();
        assertNotNull(p, vm.predict().customer().predictionErrorProperty().get());
        assertEquals(p.name(), visibleLabel(robot, ".result-name").getText());
        assertEquals("Segment " + p.number() + " of 4", visibleLabel(robot, "#segmentLine").getText());
        assertEquals(4, robot.lookup(".segment-bar").queryAll().size());
        assertEquals(1, robot.lookup(".bar-own").queryAll().size());
        assertTrue(visibleLabel(robot, ".typicality").getText().contains("% of its customers"));
        javafx.scene.shape.Rectangle swatch = robot.lookup(".result-swatch").queryAs(javafx.scene.shape.Rectangle.class);
        assertEquals(io.segmenta.ui.charts.FxColors.fx(io.segmenta.core.chart.SegmentPalette.color(p.colour())), swatch.getFill());

        // the new customer on the scatter, among the sample's customers
        io.segmenta.ui.charts.ScatterCanvas scatter = robot.lookup(".prediction-plot .scatter-canvas")
                .queryAs(io.segmenta.ui.charts.ScatterCanvas.class);
        assertEquals(vm.data().dataset().rowCount(), scatter.getData().size());
        var table = vm.data().dataset();
        long both = java.util.stream.IntStream.range(0, table.rowCount())
                .filter(i -> !table.column("Age").isMissing(i) && !table.column(INCOME).isMissing(i)).count();
        assertEquals(both, scatter.pointsDrawn(), "every customer with both values is drawn");
        var h = scatter.highlightProperty().get();
        assertNotNull(h);
        assertEquals(p.segment(), h.segment());
        assertEquals(30, h.x(), 1e-9);
        assertEquals(70, h.y(), 1e-9);

        // an unusual customer: warnings under the result
        robot.doubleClickOn("#field-annual-income-k-").eraseText(2).write("300").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".prediction-warnings .label").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("= 300, above the training range")));
    }

    @Test
    void saveAModelOpenItAndPredictAFile(FxRobot robot) throws Exception {
        segment();
        robot.clickOn("File").clickOn("Save model…");
        waitIdle();
        Path model = tmp.resolve("customers_sample-model.json");
        assertTrue(Files.isRegularFile(model), () -> "saved: " + vm.notices().current());
        assertEquals(Notice.Level.SUCCESS, vm.notices().current().level());

        robot.clickOn("File").clickOn("Open model…");
        waitIdle();
        assertTrue(robot.lookup(".model-source").queryAs(Label.class).getText()
                .startsWith("Model file customers_sample-model.json"));

        robot.clickOn("A file of customers");
        robot.clickOn("Predict a CSV file…");
        waitIdle();
        Path out = tmp.resolve("new_customers-predicted.csv");
        assertTrue(Files.isRegularFile(out), () -> "written: " + vm.notices().current());
        Label summary = robot.lookup(".batch-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Placed 2 of 4 customers in "), summary.getText());
        ListView<?> errors = robot.lookup(".batch-errors").queryAs(ListView.class);
        assertEquals(List.of("line 3: The value \"forty\" of Age is not a number. Give a number such as 42 or 3.5.",
                "line 4: Annual Income (k$) is empty, and the model needs it (training left out customers without "
                        + "Annual Income (k$))."), errors.getItems());
        assertEquals(Notice.Level.WARNING, vm.notices().current().level());
        Dataset written = CsvImporter.read(out);
        assertEquals(4, written.rowCount());
        assertEquals("n4", written.column("id").format(3));
        assertFalse(written.column("Segment").isMissing(3));
        assertTrue(written.column("Error").isMissing(0));
        assertTrue(robot.lookup(".batch-counts").query().isVisible());
    }
}
