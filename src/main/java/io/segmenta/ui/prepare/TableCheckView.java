package io.segmenta.ui.prepare;

import java.util.Objects;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Table check tab, bound to {@link TableCheckViewModel}: what the open table needs before segmenting. */
public final class TableCheckView {
    private final TableCheckViewModel vm;

    @FXML private ScrollPane adviceScroll;
    @FXML private Label adviceIntro;
    @FXML private VBox adviceList;
    @FXML private VBox adviceEmpty;
    @FXML private Label adviceEmptyTitle;
    @FXML private Label adviceEmptyText;

    TableCheckView(TableCheckViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    @FXML
    private void initialize() {
        adviceScroll.visibleProperty().bind(vm.shownProperty());
        adviceEmpty.visibleProperty().bind(vm.shownProperty().not());
        adviceEmptyTitle.textProperty().bind(vm.emptyTitleProperty());
        adviceEmptyText.textProperty().bind(vm.emptyTextProperty());
        adviceIntro.textProperty().bind(vm.introProperty());
        vm.itemsProperty().subscribe(items -> adviceList.getChildren().setAll(items.stream()
                .map(i -> adviceItem(i.icon(), i.text())).toList()));
    }

    /** A sentence with its icon, as the advice and the preview's left-out features show them. */
    static Node adviceItem(String icon, String text) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add("advice-icon");
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("advice-text");
        HBox.setHgrow(l, Priority.ALWAYS);
        HBox box = new HBox(10, i, l);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("advice-item");
        return box;
    }
}
