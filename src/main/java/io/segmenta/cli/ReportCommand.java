package io.segmenta.cli;

import io.segmenta.core.SegmentaException;
import io.segmenta.core.SegmentationResult;
import io.segmenta.core.SegmentationSpec;
import io.segmenta.core.cluster.SweepResult;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.model.ModelBuilder;
import io.segmenta.core.model.ModelFile;
import io.segmenta.core.report.ReportInput;
import io.segmenta.core.report.ReportMaker;
import io.segmenta.core.report.SegmentReport;
import io.segmenta.core.work.CancellationToken;
import io.segmenta.core.work.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code segmenta report FILE --features A,B --k 5 --out report.html}: the segmentation as a report for people. */
@Command(name = "report", mixinStandardHelpOptions = true, modelTransformer = ReportCommand.FeaturesUnlessProject.class,
        description = {"Segment the customers (same options as 'cluster') and write one self-contained HTML report "
                + "for a marketing team: the segments in short, a map of the customers, the profiles, charts per "
                + "segment, how the segments were made (with the k sweep) and a technical appendix. Nothing in it is "
                + "loaded from the internet; it reads on a phone and prints on A4.",
                "With --project P.segmenta: the report of the project's selected run, computed again from its data "
                + "and spec, with the names and descriptions given in the window."})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    FeatureOptions options;

    @Mixin
    AlgorithmOptions method;

    @Option(names = "--k", description = "Number of segments (kmeans, gmm, hierarchical unless --height).")
    Integer k;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The report to write (never the "
            + "input file).")
    Path outFile;

    @Option(names = "--title", paramLabel = "TEXT", description = "The report's title. Default: \"Customer segments: "
            + "<file name>\".")
    String title;

    @Option(names = "--model", paramLabel = "MODEL.json", description = "Also save the segmentation as a model file; the "
            + "report then says how to place new customers with it.")
    Path modelFile;

    @Option(names = "--project", paramLabel = "P.segmenta", description = "Report the selected run of a project saved "
            + "in the window (File > Save project) instead of segmenting FILE; no FILE or --features then.")
    Path project;

    @Option(names = "--accept-changed-data", description = "With --project: report on the data file even when it "
            + "changed since the project was saved (else that is refused).")
    boolean acceptChangedData;

    @Spec
    CommandSpec spec;

    /** --features is required, except with --project (picocli has no conditional requirement). */
    static final class FeaturesUnlessProject implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            OptionSpec features = command.findOption("--features");
            command.remove(features);
            command.addOption(features.toBuilder().required(false).build());
            return command;
        }
    }

    @Override
    public Integer call() {
        if (project != null) {
            if (input.file != null || input.database.given() || options.features != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--project reports a saved project: give "
                        + "no FILE, --db or --features with it.");
            }
            ProjectReport.write(project, acceptChangedData, outFile, title, spec.commandLine().getErr());
            spec.commandLine().getOut().println("Wrote report " + outFile.toAbsolutePath());
            return 0;
        }
        if (options.features == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--features=A,B'");
        }
        Dataset data = input.load(spec);
        String file = input.file;
        if (file != null && !file.startsWith("@") && Files.exists(outFile) && Files.exists(Path.of(file))
                && sameFile(Path.of(file), outFile)) {
            throw new SegmentaException("--out " + outFile + " is the input file; choose another file for the report.");
        }
        SegmentationSpec segSpec = new SegmentationSpec(options.prep(data), method.spec(spec, k, options.starts),
                options.seed);
        SegmentationResult r = ReportMaker.segment(data, segSpec, ProgressListener.NONE, CancellationToken.NONE);
        SweepResult sweep = ReportMaker.sweep(data, r, ProgressListener.NONE, CancellationToken.NONE);
        if (modelFile != null) {
            ModelFile.write(ModelBuilder.build(data, r, null, Instant.now(), SegmentaCli.versionText()), modelFile);
        }
        ReportInput in = new ReportInput(data, r, sweep, List.of(), List.of(), title, LocalDate.now(),
                modelFile == null ? null : modelFile.getFileName().toString(), SegmentaCli.versionText());
        SegmentReport.write(in, outFile);
        spec.commandLine().getOut().println("Wrote report " + outFile.toAbsolutePath());
        if (modelFile != null) {
            spec.commandLine().getOut().println("Wrote model " + modelFile.toAbsolutePath());
        }
        return 0;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
