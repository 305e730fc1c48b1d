package io.segmenta.testing;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Runs test code under another JVM-wide default locale and always puts back all three defaults
 * (general, FORMAT and DISPLAY) as they were, so no test leaves the locale changed for the tests
 * after it.
 */
public final class DefaultLocale {
    private DefaultLocale() {
    }

    /** The value of {@code body}, computed with {@code locale} as the default; the defaults are restored after. */
    public static <T> T with(Locale locale, Callable<T> body) throws Exception {
        Locale general = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Locale.setDefault(locale);
        try {
            return body.call();
        } finally {
            Locale.setDefault(general);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}
