package io.segmenta.ui;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A page title with a group of tools: on one row, the title on the left and the tools flush right,
 * when the row is wide enough for both at their preferred widths; otherwise the tools move to a row
 * of their own under the title, so that neither is cut to an ellipsis in a narrow window. Its two
 * children are the title and the tools, in that order (in FXML: two child elements).
 */
public final class TitleRow extends Pane {
    private double gap = 12;

    public TitleRow() {
        getStyleClass().add("title-row");
    }

    /** Space between the title and the tools, across or down. */
    public double getGap() {
        return gap;
    }

    public void setGap(double gap) {
        this.gap = gap;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private Node title() {
        return getChildren().isEmpty() ? null : getChildren().get(0);
    }

    private Node tools() {
        return getChildren().size() < 2 ? null : getChildren().get(1);
    }

    /** True when title and tools fit side by side in {@code width}. */
    private boolean oneRow(double width) {
        Node title = title();
        Node tools = tools();
        if (title == null || tools == null) {
            return true;
        }
        double inner = width < 0 ? Double.MAX_VALUE : width - snappedLeftInset() - snappedRightInset();
        return title.prefWidth(-1) + gap + tools.prefWidth(-1) <= inner;
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Node n : getChildren()) {
            w = Math.max(w, n.minWidth(-1));
        }
        return w + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : getChildren()) {
            w += n.prefWidth(-1);
        }
        return w + (getChildren().size() > 1 ? gap : 0) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        Node title = title();
        Node tools = tools();
        double h = 0;
        if (title != null && tools != null) {
            double a = title.prefHeight(-1);
            double b = tools.prefHeight(-1);
            h = oneRow(width) ? Math.max(a, b) : a + gap + b;
        } else if (title != null) {
            h = title.prefHeight(-1);
        }
        return h + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        Node title = title();
        Node tools = tools();
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = getWidth() - left - snappedRightInset();
        double h = getHeight() - top - snappedBottomInset();
        if (title == null) {
            return;
        }
        if (tools == null) {
            layoutInArea(title, left, top, w, h, 0, HPos.LEFT, VPos.CENTER);
            return;
        }
        double toolsW = Math.min(w, tools.prefWidth(-1));
        if (oneRow(getWidth())) {
            layoutInArea(title, left, top, w - toolsW - gap, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(tools, left + w - toolsW, top, toolsW, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double titleH = title.prefHeight(-1);
            layoutInArea(title, left, top, w, titleH, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(tools, left, top + titleH + gap, toolsW, h - titleH - gap, 0, HPos.LEFT, VPos.TOP);
        }
    }
}
