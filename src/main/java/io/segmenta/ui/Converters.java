package io.segmenta.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** The one way a choice box or combo box shows its items as text. */
public final class Converters {
    private Converters() {
    }

    /** Shows an item through {@code text} (empty for none); reads nothing back, as the boxes are not editable. */
    public static <T> StringConverter<T> shownAs(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
