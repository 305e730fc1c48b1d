package io.segmenta.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The page of a workflow step that comes in a later version: says so plainly, says what the step
 * will do, and points to what works now, instead of an empty or broken view.
 */
public final class LaterStepView {
    private LaterStepView() {
    }

    public static Parent create(Step step) {
        FontIcon icon = new FontIcon(step.icon());
        icon.getStyleClass().add("later-icon");
        Label title = new Label(step.title() + " comes in a later version");
        title.getStyleClass().add("title-2");
        Label what = new Label(description(step));
        what.getStyleClass().add("later-text");
        what.setWrapText(true);
        what.setMaxWidth(520);
        Label now = new Label("Available now: " + availableSteps() + ".");
        now.getStyleClass().add("text-muted");
        VBox box = new VBox(14, icon, title, what, now);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().addAll("step-page", "later-page");
        box.setId("later-" + step.name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    /** "Data, Explore, Segment and Profiles" */
    private static String availableSteps() {
        java.util.List<String> names = java.util.Arrays.stream(Step.values()).filter(Step::available)
                .map(Step::title).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String description(Step step) {
        return switch (step) {
            case EXPLORE -> "Explore will show descriptive statistics, distributions and correlations of the open "
                    + "table, so you can choose features with a clear picture of the data.";
            case PREDICT -> "Predict will assign new customers to the segments of a saved segmentation model, one "
                    + "file at a time or a whole table.";
            default -> step.caption() + ".";
        };
    }
}
