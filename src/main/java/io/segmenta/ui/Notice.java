package io.segmenta.ui;

import java.util.Objects;

/**
 * A message for the user shown in the window's message area: an error to act on, a warning, or a
 * confirmation. Plain sentences, never a stack trace.
 *
 * @param level how it is shown
 * @param text  the message
 */
public record Notice(Level level, String text) {
    public enum Level { INFO, SUCCESS, WARNING, ERROR }

    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
