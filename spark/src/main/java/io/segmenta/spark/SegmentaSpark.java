package io.segmenta.spark;

import io.segmenta.core.SegmentaException;
import java.io.PrintWriter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code segmenta-spark}: Segmenta's segmentation on a Spark cluster. Run by spark-submit (the
 * cluster's master), or with {@code --master local[*]} on one machine. Bad input ends with one
 * sentence naming what and where, exit code 1; never a stack trace.
 */
@Command(name = "segmenta-spark", mixinStandardHelpOptions = true, versionProvider = SegmentaSpark.Version.class,
        subcommands = {ClusterJob.class, SweepJob.class, RfmJob.class},
        description = {"Segmenta's segmentation on Apache Spark: the same choices and the same model file as "
                + "'segmenta cluster' and 'segmenta sweep', for tables too large for one machine; 'rfm' makes the customer "
                + "table of 'segmenta rfm' from a transaction log."})
public final class SegmentaSpark implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Give a command: cluster, sweep or rfm.");
    }

    public static void main(String[] args) {
        int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs a command line, printing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SegmentaSpark());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            SegmentaException cause = segmentaCause(e);
            if (cause == null) {
                throw e;
            }
            line.getErr().println("segmenta-spark: " + cause.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    /** The SegmentaException behind an error, also when Spark wrapped it in a failed task. */
    static SegmentaException segmentaCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SegmentaException s) {
                return s;
            }
        }
        return null;
    }

    /** The running session (tests, spark-shell), else a new one: spark-submit's master, else {@code master}, else local[*]. */
    static SparkSession session(String master) {
        SparkSession active = SparkSession.getActiveSession().isDefined() ? SparkSession.getActiveSession().get()
                : SparkSession.getDefaultSession().isDefined() ? SparkSession.getDefaultSession().get() : null;
        if (active != null) {
            return active;
        }
        SparkConf conf = new SparkConf().setAppName("segmenta-spark");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ModelAssembly.VERSION + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()
                    + ")"};
        }
    }
}
