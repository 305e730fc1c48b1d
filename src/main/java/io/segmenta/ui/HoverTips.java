package io.segmenta.ui;

import java.util.function.Consumer;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips for the cells of tables and grids, made when the pointer first comes over the cell rather than each time
 * the table fills it or the grid is built. A {@link Tooltip} is a popup control: 140 of them took 275 ms when first made and 27-60 ms after (measured
 * here, headless), and the profile table made one per cell per fill, about 140 when its page first opened. The text
 * is kept with the cell; the tooltip, once made, is reused for the cell's later texts.
 */
public final class HoverTips {
    /** The cell's tooltip text, in its properties. */
    private static final String TEXT = "segmenta.hoverTip";
    /** Present once the cell makes its tooltip on hover. */
    private static final String HOOKED = "segmenta.hoverTipHooked";

    private HoverTips() {
    }

    /** Gives {@code cell} the tooltip {@code text} (null: none), made when the pointer first comes over it. */
    public static void set(Control cell, String text) {
        set(cell, text, tip -> { });
    }

    /**
     * As {@link #set(Control, String)}, with {@code style} applied to the tooltip when it is made (wrapping, width;
     * the first call's style is the cell's).
     */
    public static void set(Control cell, String text, Consumer<Tooltip> style) {
        if (text == null) {
            cell.getProperties().remove(TEXT);
            if (cell.getTooltip() != null) {
                cell.setTooltip(null);
            }
        } else {
            cell.getProperties().put(TEXT, text);
            if (cell.getTooltip() != null) {
                cell.getTooltip().setText(text);
            }
        }
        if (cell.getProperties().putIfAbsent(HOOKED, Boolean.TRUE) == null) {
            // before the pointer's first move over the cell, which starts the tooltip's timer
            cell.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                String now = text(cell);
                if (now != null && cell.getTooltip() == null) {
                    Tooltip tip = new Tooltip(now);
                    style.accept(tip);
                    cell.setTooltip(tip);
                }
            });
        }
    }

    /** The text {@code cell}'s tooltip shows when hovered, or null. */
    public static String text(Control cell) {
        return (String) cell.getProperties().get(TEXT);
    }
}
