package io.segmenta.core.prep;

import io.segmenta.core.data.Dataset;
import io.segmenta.core.work.CancellationToken;
import java.util.List;

/** A stage of {@link FeaturePreparer}: it reads and adds to one {@link PrepRun}. */
abstract class PrepStage {
    final PrepRun run;
    final Dataset data;
    final PrepSpec spec;
    final CancellationToken cancel;
    final int n;
    final List<PrepInput> inputs;
    final List<ExcludedFeature> excluded;
    final List<String> hints;

    PrepStage(PrepRun run) {
        this.run = run;
        this.data = run.data;
        this.spec = run.spec;
        this.cancel = run.cancel;
        this.n = run.n;
        this.inputs = run.inputs;
        this.excluded = run.excluded;
        this.hints = run.hints;
    }

    static String describe(EncodedFeature f) {
        return (f.isDerived() ? "Feature \"" : "Column \"") + f.name() + "\"";
    }

    static String describe(PrepInput in) {
        return (in.kind != null ? "Feature \"" : "Column \"") + in.name + "\"";
    }

    /** True when {@code rows} is 0, 1, ..., n - 1. */
    static boolean isEveryRow(int[] rows, int n) {
        if (rows.length != n) {
            return false;
        }
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    /** The positions whose flag is {@code value}. */
    static int[] rowsWhere(boolean[] flags, boolean value) {
        int count = 0;
        for (boolean b : flags) {
            if (b == value) {
                count++;
            }
        }
        int[] out = new int[count];
        for (int i = 0, k = 0; i < flags.length; i++) {
            if (flags[i] == value) {
                out[k++] = i;
            }
        }
        return out;
    }
}
