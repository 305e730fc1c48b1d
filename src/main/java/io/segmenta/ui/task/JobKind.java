package io.segmenta.ui.task;

import java.util.Objects;

/**
 * What a job is, for the scheduler: a name (two kinds with the same name are the same kind) and how a
 * new job of the kind treats the work already in the runner ({@link Policy}). A view-model keeps one
 * constant per kind of work it starts, e.g. {@code JobKind.replacing("Sorting rows")}.
 *
 * @param name   names the kind in messages and tests
 * @param policy what a new job of this kind does to earlier jobs
 */
public record JobKind(String name, Policy policy) {
    /** The kind of every job started with {@link TaskRunner#run}: it interrupts whatever runs. */
    public static final JobKind WORK = interrupting("Work");

    /** How a new job treats earlier jobs. Jobs run one at a time, in the order they were submitted. */
    public enum Policy {
        /**
         * Cancels the running job, whatever its kind, and a waiting job of its own kind, and runs
         * next, ahead of waiting jobs of other kinds (which run after it). For work the user asked for
         * now: opening a file, segmenting, exporting.
         */
        INTERRUPT,
        /**
         * Cancels the running or waiting job of its own kind only; waits for jobs of other kinds that
         * were submitted before it. For work that follows a choice and is out of date once the choice
         * changes: sorting rows, a figure of the tab on show, silhouettes.
         */
        REPLACE,
        /** Cancels nothing; waits for every job submitted before it, of its own kind as well. */
        QUEUE
    }

    public JobKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(policy, "policy");
    }

    public static JobKind interrupting(String name) {
        return new JobKind(name, Policy.INTERRUPT);
    }

    public static JobKind replacing(String name) {
        return new JobKind(name, Policy.REPLACE);
    }

    public static JobKind queued(String name) {
        return new JobKind(name, Policy.QUEUE);
    }
}
