package io.segmenta.ui.task;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancelledException;
import java.util.Locale;

/**
 * Turns a failure of background work into the one sentence the window shows. A
 * {@link SegmentaException} already carries a message written for the user; anything else is a
 * defect, so the user gets a short "unexpected error" line naming the exception class, never a stack
 * trace, and the trace goes to the error log (stderr).
 */
public final class Failures {
    private Failures() {
    }

    /**
     * @param title what was being done, e.g. "Opening Mall_Customers.csv"
     * @param error what went wrong
     */
    public static String userMessage(String title, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SegmentaException) {
                return t.getMessage();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (error instanceof CancelledException) {
            return "Cancelled.";
        }
        String what = title == null || title.isBlank() ? "working" : lowerFirst(title);
        System.err.println("Segmenta: unexpected error while " + what);
        error.printStackTrace(System.err);
        if (error instanceof OutOfMemoryError) {
            return "Segmenta ran out of memory while " + what + ". Close other work or start Segmenta with more "
                    + "memory (for example -Xmx8g).";
        }
        return "Unexpected error while " + what + " (" + error.getClass().getSimpleName()
                + "). The details were written to the error log.";
    }

    private static String lowerFirst(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
