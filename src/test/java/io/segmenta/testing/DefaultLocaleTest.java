package io.segmenta.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DefaultLocaleTest {
    @Test
    void theDefaultsAreBackAfterTheBodyEvenWhenItFails() throws Exception {
        Locale general = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale inside = general.equals(Locale.GERMANY) ? Locale.FRANCE : Locale.GERMANY;
        assertEquals(inside, DefaultLocale.with(inside, () -> Locale.getDefault(Locale.Category.FORMAT)));
        assertThrows(IllegalStateException.class, () -> DefaultLocale.with(inside, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(general, Locale.getDefault());
        assertEquals(format, Locale.getDefault(Locale.Category.FORMAT));
        assertEquals(display, Locale.getDefault(Locale.Category.DISPLAY));
    }
}
