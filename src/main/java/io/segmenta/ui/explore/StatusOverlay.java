package io.segmenta.ui.explore;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shown over a tab's chart while its computation has no value to show: a spinner while it is
 * computed, the hint when there is nothing to compute, and a way to try again after a cancellation
 * or a failure. Hidden while a value is shown (a recomputation keeps the old figure until the new
 * one arrives).
 */
final class StatusOverlay extends VBox {
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final FontIcon icon = new FontIcon("mdi2i-information-outline");
    private final Label text = new Label();
    private final Button retry = new Button("Compute again");

    StatusOverlay(Computation<?> c) {
        super(10);
        getStyleClass().add("status-overlay");
        setAlignment(Pos.CENTER);
        setFillWidth(false);
        spinner.setPrefSize(36, 36);
        icon.getStyleClass().add("status-icon");
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("status-text");
        text.setTextAlignment(TextAlignment.CENTER);
        retry.setOnAction(e -> c.retry());
        getChildren().addAll(spinner, icon, text, retry);
        c.stateProperty().subscribe(s -> update(c));
        c.valueProperty().subscribe(v -> update(c));
        c.hintProperty().subscribe(h -> update(c));
        c.failureProperty().subscribe(f -> update(c));
    }

    private void update(Computation<?> c) {
        Computation.State s = c.state();
        boolean hasValue = c.value() != null;
        boolean show = switch (s) {
            case EMPTY, CANCELLED, FAILED -> true;
            case STALE, RUNNING -> !hasValue;
            case READY -> false;
        };
        setVisible(show);
        setManaged(show);
        spinner.setVisible(s == Computation.State.STALE || s == Computation.State.RUNNING);
        spinner.setManaged(spinner.isVisible());
        icon.setVisible(!spinner.isVisible());
        icon.setManaged(icon.isVisible());
        icon.setIconLiteral(s == Computation.State.FAILED ? "mdi2a-alert-circle-outline"
                : s == Computation.State.CANCELLED ? "mdi2s-stop-circle-outline" : "mdi2i-information-outline");
        retry.setVisible(s == Computation.State.CANCELLED || s == Computation.State.FAILED);
        retry.setManaged(retry.isVisible());
        text.setText(switch (s) {
            case EMPTY -> c.hintProperty().get();
            case STALE, RUNNING -> "Computing…";
            case CANCELLED -> "Cancelled.";
            case FAILED -> c.failureProperty().get();
            case READY -> "";
        });
        // a figure left over from before a cancellation or a failure is hidden, not shown as current
        boolean opaque = s == Computation.State.CANCELLED || s == Computation.State.FAILED;
        if (opaque && !getStyleClass().contains("opaque")) {
            getStyleClass().add("opaque");
        } else if (!opaque) {
            getStyleClass().remove("opaque");
        }
    }
}
