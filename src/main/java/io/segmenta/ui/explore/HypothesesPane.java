package io.segmenta.ui.explore;

import io.segmenta.core.explore.CorrelationMethod;
import io.segmenta.core.explore.Direction;
import io.segmenta.core.explore.Format;
import io.segmenta.core.explore.TestFamily;
import io.segmenta.core.explore.Verdict;
import io.segmenta.ui.TextTipCell;
import io.segmenta.ui.task.TaskRunner;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Hypotheses tab: a sentence built from one of two templates, the verdict in plain words, and
 * the list of hypotheses tested in this session.
 */
final class HypothesesPane extends VBox {
    private final HypothesesViewModel vm;
    private final Label outcome = new Label();
    private final FontIcon outcomeIcon = new FontIcon();
    private final Label statement = new Label();
    private final Label finding = new Label();
    private final Label figures = new Label();
    private final VBox verdictCard = new VBox(4);
    private final TableView<TestedHypothesis> history = new TableView<>();

    HypothesesPane(HypothesesViewModel vm, ExploreViewModel explore, TaskRunner runner) {
        super(10);
        this.vm = vm;
        getStyleClass().addAll("explore-pane", "hypotheses-pane");
        setPadding(ExploreUi.padding());
        getChildren().addAll(form(explore, runner), verdictCard(), historyBox());
        vm.latestProperty().subscribe(this::show);
    }

    private VBox form(ExploreViewModel explore, TaskRunner runner) {
        ToggleGroup templates = new ToggleGroup();
        HBox templateRow = new HBox(18);
        templateRow.setAlignment(Pos.CENTER_LEFT);
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

        ComboBox<String> x1 = column(explore, vm, "hypothesis-x");
        ChoiceBox<Direction> direction = choice(Direction.values(), Direction::verb);
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        direction.setId("hypothesis-direction");
        ComboBox<String> y = ExploreUi.combo(s -> s, 200);
        y.setItems(explore.numericColumns());
        y.valueProperty().bindBidirectional(vm.predictorProperty());
        y.setId("hypothesis-y");
        ChoiceBox<CorrelationMethod> method = choice(CorrelationMethod.values(),
                m -> m.label() + " (" + (m == CorrelationMethod.PEARSON ? "straight line" : "ranks") + ")");
        method.valueProperty().bindBidirectional(vm.methodProperty());
        FlowPane trendRow = sentence(x1, direction, word("with"), y, aside(ExploreUi.labeled("Tested with", method)));

        ComboBox<String> x2 = column(explore, vm, "hypothesis-x2");
        ComboBox<GroupChoice> groups = ExploreUi.combo(GroupChoice::label, 160);
        groups.setItems(explore.groupChoices());
        groups.valueProperty().bindBidirectional(vm.groupsProperty());
        groups.setId("hypothesis-groups");
        ChoiceBox<TestFamily> family = choice(TestFamily.values(), TestFamily::label);
        family.valueProperty().bindBidirectional(vm.familyProperty());
        FlowPane differenceRow = sentence(x2, word("differs between the groups of"), groups,
                aside(ExploreUi.labeled("Test", family)));

        vm.templateProperty().subscribe(t -> {
            boolean trend = t == HypothesesViewModel.Template.TREND;
            trendRow.setVisible(trend);
            trendRow.setManaged(trend);
            differenceRow.setVisible(!trend);
            differenceRow.setManaged(!trend);
        });

        ChoiceBox<Double> alpha = new ChoiceBox<>();
        alpha.getItems().setAll(HypothesesViewModel.ALPHAS);
        alpha.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double a) {
                return a == null ? "" : Format.level(a);
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        alpha.valueProperty().bindBidirectional(vm.alphaProperty());
        alpha.setTooltip(new Tooltip("A finding counts as significant when p is below this level"));
        Button test = new Button("Test hypothesis", new FontIcon("mdi2f-flask-outline"));
        test.getStyleClass().add("accent");
        test.setDefaultButton(true);
        test.setId("test-hypothesis");
        test.setOnAction(e -> vm.test());
        test.disableProperty().bind(vm.problemProperty().isNotNull().or(runner.runningProperty()));
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotNull());
        problem.setWrapText(true);
        HBox actions = new HBox(14, ExploreUi.labeled("Significance level", alpha), test, problem);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label("Write a hypothesis");
        heading.getStyleClass().add("title-4");
        VBox form = new VBox(10, heading, templateRow, trendRow, differenceRow, actions);
        form.getStyleClass().add("hypothesis-form");
        return form;
    }

    private VBox verdictCard() {
        outcomeIcon.getStyleClass().add("verdict-icon");
        outcome.getStyleClass().add("verdict-outcome");
        outcome.setId("verdict-outcome");
        HBox head = new HBox(8, outcomeIcon, outcome, statement);
        head.setAlignment(Pos.CENTER_LEFT);
        statement.getStyleClass().add("verdict-statement");
        statement.setMinWidth(0);
        finding.getStyleClass().add("verdict-finding");
        finding.setWrapText(true);
        finding.setMinHeight(Region.USE_PREF_SIZE);
        finding.setId("verdict-finding");
        figures.getStyleClass().addAll("verdict-figures", "text-muted");
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        verdictCard.getChildren().setAll(head, finding, figures);
        verdictCard.getStyleClass().add("verdict-card");
        verdictCard.setId("verdict-card");
        return verdictCard;
    }

    private VBox historyBox() {
        Label heading = new Label("Tested in this session");
        heading.getStyleClass().add("title-4");
        Button copy = new Button("Copy list", new FontIcon("mdi2c-content-copy"));
        copy.setTooltip(new Tooltip("Copy every tested hypothesis as tab-separated text (pastes into a spreadsheet)"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(vm.historyText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
            vm.copied();
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.clearHistory());
        copy.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.history()));
        clear.disableProperty().bind(copy.disableProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox head = new HBox(8, heading, spring, copy, clear);
        head.setAlignment(Pos.CENTER_LEFT);

        history.setItems(vm.history());
        history.getStyleClass().addAll("hypothesis-history", "dense");
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
        history.setMinHeight(110);
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox box = new VBox(6, head, history);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private void show(TestedHypothesis t) {
        verdictCard.getStyleClass().removeIf(s -> s.startsWith("verdict-is-"));
        if (t == null) {
            outcomeIcon.setIconLiteral("mdi2f-flask-outline");
            outcome.setText("No hypothesis tested yet");
            statement.setText("");
            finding.setText("Choose a template and columns above, then press Test hypothesis. Segmenta tests it "
                    + "and says in plain words whether the data support it, contradict it or say nothing either way.");
            figures.setText("");
            verdictCard.getStyleClass().add("verdict-is-none");
            return;
        }
        Verdict v = t.verdict();
        outcomeIcon.setIconLiteral(switch (v.outcome()) {
            case SUPPORTED -> "mdi2c-check-circle-outline";
            case CONTRADICTED -> "mdi2c-close-circle-outline";
            case NOT_SUPPORTED -> "mdi2m-minus-circle-outline";
            case UNDECIDABLE -> "mdi2h-help-circle-outline";
        });
        outcome.setText(v.outcome().label());
        statement.setText("“" + t.statement() + "”");
        finding.setText(v.finding());
        figures.setText(t.figures() + " · " + t.table());
        verdictCard.getStyleClass().add("verdict-is-" + v.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static ComboBox<String> column(ExploreViewModel explore, HypothesesViewModel vm, String id) {
        ComboBox<String> box = ExploreUi.combo(s -> s, 230);
        box.setItems(explore.numericColumns());
        box.valueProperty().bindBidirectional(vm.outcomeProperty());
        box.setId(id);
        return box;
    }

    private static <T> ChoiceBox<T> choice(T[] values, Function<T, String> text) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** The parts of a hypothesis in a row that wraps, each at its own width, when the window is narrow. */
    private static FlowPane sentence(javafx.scene.Node... parts) {
        FlowPane row = new FlowPane(8, 8, parts);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("hypothesis-sentence");
        return row;
    }

    /** A setting after the sentence, set a little apart from it. */
    private static javafx.scene.Node aside(javafx.scene.Node setting) {
        FlowPane.setMargin(setting, new javafx.geometry.Insets(0, 0, 0, 10));
        return setting;
    }

    private static Label word(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("sentence-word");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<TestedHypothesis, String> col(String title, Function<TestedHypothesis, String> value,
                                                            double width) {
        TableColumn<TestedHypothesis, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TextTipCell<>());
        return c;
    }

    TableView<TestedHypothesis> history() {
        return history;
    }
}
