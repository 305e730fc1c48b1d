package io.segmenta.ui;

import javafx.scene.control.TableCell;

/**
 * A table cell showing its text, with the whole text as a tooltip, so that a value cut by a narrow
 * column can still be read by hovering.
 *
 * @param <S> the table's row type
 */
public final class TextTipCell<S> extends TableCell<S, String> {
    private final int minLength;

    /** A tooltip for every non-empty text. */
    public TextTipCell() {
        this(1);
    }

    /** A tooltip only for texts of at least {@code minLength} characters (shorter ones are never cut). */
    public TextTipCell(int minLength) {
        this.minLength = minLength;
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
        HoverTips.set(this, empty || item == null || item.length() < minLength ? null : item);
    }
}
