package io.segmenta.ui.explore;

import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.Direction;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.ui.Converters;
import io.segmenta.ui.TextTipCell;
import io.segmenta.ui.task.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Hypotheses tab, bound to {@link HypothesesViewModel}: a sentence built from one of two templates,
 * the verdict in plain words ({@link VerdictCard}), and the list of hypotheses tested in this session.
 */
public final class HypothesesView {
    private final HypothesesViewModel vm;
    private final ExploreViewModel explore;
    private final TaskRunner runner;

    @FXML private HBox templateRow;
    @FXML private FlowPane trendRow;
    @FXML private ComboBox<String> trendOutcome;
    @FXML private ChoiceBox<Direction> direction;
    @FXML private ComboBox<String> predictor;
    @FXML private Label methodLabel;
    @FXML private ChoiceBox<CorrelationMethod> method;
    @FXML private FlowPane differenceRow;
    @FXML private ComboBox<String> differenceOutcome;
    @FXML private ComboBox<GroupChoice> groups;
    @FXML private Label familyLabel;
    @FXML private ChoiceBox<TestFamily> family;
    @FXML private Label alphaLabel;
    @FXML private ChoiceBox<Double> alpha;
    @FXML private Button testButton;
    @FXML private Label problem;
    @FXML private VBox verdictCard;
    @FXML private FontIcon outcomeIcon;
    @FXML private Label outcome;
    @FXML private Label statement;
    @FXML private Label finding;
    @FXML private Label figures;
    @FXML private Button copyButton;
    @FXML private Button clearButton;
    @FXML private TableView<TestedHypothesis> history;

    HypothesesView(HypothesesViewModel vm, ExploreViewModel explore, TaskRunner runner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.explore = Objects.requireNonNull(explore, "explore");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    @FXML
    private void initialize() {
        bindForm();
        outcome.setId("verdict-outcome");
        finding.setId("verdict-finding");
        verdictCard.setId("verdict-card");
        bindHistory();
        vm.latestProperty().subscribe(this::show);
    }

    private void bindForm() {
        ToggleGroup templates = new ToggleGroup();
        for (HypothesesViewModel.Template t : HypothesesViewModel.Template.values()) {
            RadioButton r = new RadioButton(t.label());
            r.setUserData(t);
            r.setToggleGroup(templates);
            r.setId("template-" + t.name().toLowerCase(Locale.ROOT));
            templateRow.getChildren().add(r);
        }
        vm.templateProperty().subscribe(t -> templates.getToggles().stream().filter(x -> x.getUserData() == t)
                .findFirst().ifPresent(templates::selectToggle));
        templates.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                templates.selectToggle(was);
            } else {
                vm.templateProperty().set((HypothesesViewModel.Template) now.getUserData());
            }
        });

        column(trendOutcome, "hypothesis-x");
        choice(direction, Direction.values(), Direction::verb);
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        direction.setId("hypothesis-direction");
        ExploreUi.pick(predictor, s -> s, explore.numericColumns(), vm.predictorProperty(), "hypothesis-y");
        choice(method, CorrelationMethod.values(),
                m -> m.label() + " (" + (m == CorrelationMethod.PEARSON ? "straight line" : "ranks") + ")");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        methodLabel.setLabelFor(method);

        column(differenceOutcome, "hypothesis-x2");
        ExploreUi.pick(groups, GroupChoice::label, explore.groupChoices(), vm.groupsProperty(), "hypothesis-groups");
        choice(family, TestFamily.values(), TestFamily::label);
        family.valueProperty().bindBidirectional(vm.familyProperty());
        familyLabel.setLabelFor(family);

        vm.templateProperty().subscribe(t -> {
            boolean trend = t == HypothesesViewModel.Template.TREND;
            trendRow.setVisible(trend);
            trendRow.setManaged(trend);
            differenceRow.setVisible(!trend);
            differenceRow.setManaged(!trend);
        });

        alpha.getItems().setAll(HypothesesViewModel.ALPHAS);
        alpha.setConverter(Converters.shownAs(Format::level));
        alpha.valueProperty().bindBidirectional(vm.alphaProperty());
        alpha.setTooltip(new Tooltip("A finding counts as significant when p is below this level"));
        alphaLabel.setLabelFor(alpha);
        testButton.setId("test-hypothesis");
        testButton.disableProperty().bind(vm.problemProperty().isNotNull().or(runner.runningProperty()));
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
    }

    private void bindHistory() {
        copyButton.setTooltip(new Tooltip("Copy every tested hypothesis as tab-separated text (pastes into a "
                + "spreadsheet)"));
        copyButton.disableProperty().bind(Bindings.isEmpty(vm.history()));
        clearButton.disableProperty().bind(copyButton.disableProperty());
        history.setItems(vm.history());
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.setPlaceholder(new Label("Hypotheses you test appear here, newest first."));
        history.getColumns().add(col("Hypothesis", TestedHypothesis::statement, 360));
        TableColumn<TestedHypothesis, String> verdictColumn = col("Verdict", TestedHypothesis::outcome, 125);
        verdictColumn.setMinWidth(125);
        history.getColumns().add(verdictColumn);
        history.getColumns().add(col("Figures", TestedHypothesis::figures, 420));
        history.getColumns().add(col("Table", TestedHypothesis::table, 110));
        history.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(b);
            }
        });
    }

    private void show(TestedHypothesis t) {
        VerdictCard c = VerdictCard.of(t);
        verdictCard.getStyleClass().removeIf(s -> s.startsWith("verdict-is-"));
        outcomeIcon.setIconLiteral(c.icon());
        outcome.setText(c.outcome());
        statement.setText(c.statement());
        finding.setText(c.finding());
        figures.setText(c.figures());
        verdictCard.getStyleClass().add(c.style());
    }

    @FXML
    private void test() {
        vm.test();
    }

    @FXML
    private void copyList() {
        ClipboardContent c = new ClipboardContent();
        c.putString(vm.historyText());
        Clipboard.getSystemClipboard().setContent(c);
        vm.copied();
    }

    @FXML
    private void clearHistory() {
        vm.clearHistory();
    }

    private void column(ComboBox<String> box, String id) {
        ExploreUi.pick(box, s -> s, explore.numericColumns(), vm.outcomeProperty(), id);
    }

    private static <T> void choice(ChoiceBox<T> box, T[] values, Function<T, String> text) {
        box.getItems().setAll(List.of(values));
        box.setConverter(Converters.shownAs(text));
    }

    private static TableColumn<TestedHypothesis, String> col(String title, Function<TestedHypothesis, String> value,
                                                            double width) {
        TableColumn<TestedHypothesis, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TextTipCell<>());
        return c;
    }
}
