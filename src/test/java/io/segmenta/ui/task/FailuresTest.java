package io.segmenta.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.work.CancelledException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void userErrorsShowTheirOwnMessage() {
        String msg = "Mall.csv, line 7, column Age: \"abc\" is not a number. Fix the cell or remove the row.";
        assertEquals(msg, Failures.userMessage("Opening Mall.csv", new SegmentaException(msg)));
    }

    @Test
    void userErrorsWrappedInOtherExceptionsAreFound() {
        SegmentaException inner = new SegmentaException("Cannot read /tmp/x.csv: permission denied.");
        Throwable outer = new UncheckedIOException(new java.io.IOException("wrapped", inner));
        assertEquals(inner.getMessage(), Failures.userMessage("Opening x.csv", outer));
    }

    @Test
    void cancellationReadsAsCancelled() {
        assertEquals("Cancelled.", Failures.userMessage("Finding k", new CancelledException()));
    }

    @Test
    void defectsGiveAShortLineAndTheTraceGoesToStderr() {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        String msg;
        try {
            msg = Failures.userMessage("Finding k", new IllegalStateException("index 3 out of bounds"));
        } finally {
            System.setErr(old);
        }
        assertEquals("Unexpected error while finding k (IllegalStateException). The details were written to the "
                + "error log.", msg);
        assertFalse(msg.contains("\tat "), "no stack trace in the user message");
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("java.lang.IllegalStateException: index 3 out of bounds"), log);
        assertTrue(log.contains("\tat "), "the trace is logged");
    }
}
