package io.segmenta.core.model;

/**
 * What the model thinks of one value typed for an input, before predicting: fine, a warning (the
 * prediction still runs: out of the training range, an unseen level, a missing value that will be
 * filled), or an error (the prediction cannot run: empty where a value is needed, not a number,
 * not a date).
 *
 * @param level   OK, WARNING or ERROR
 * @param message what is wrong and what happens, in words; empty when OK
 */
public record InputCheck(Level level, String message) {
    /** How serious a check is. */
    public enum Level {
        OK, WARNING, ERROR
    }

    public static final InputCheck OK = new InputCheck(Level.OK, "");

    static InputCheck warning(String message) {
        return new InputCheck(Level.WARNING, message);
    }

    static InputCheck error(String message) {
        return new InputCheck(Level.ERROR, message);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    public boolean isWarning() {
        return level == Level.WARNING;
    }
}
