package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code segmenta inspect FILE}: rows, and each column's inferred type and missing count. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show the rows and the columns of a CSV file with their inferred type and missing cells.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print one JSON object: {\"rows\", \"columns\": [{\"name\", \"type\", \"missing\"}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Dataset data = input.load(spec);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.object();
            root.put("file", data.name());
            root.put("rows", data.rowCount());
            ArrayNode cols = root.putArray("columns");
            for (Column c : data.columns()) {
                cols.addObject().put("name", c.name()).put("type", c.type().label()).put("missing", c.missingCount());
            }
            Json.print(out, root);
            return 0;
        }
        out.printf("%s: %,d rows, %d columns%n", data.name(), data.rowCount(), data.columnCount());
        int width = Math.max(6, data.columns().stream().mapToInt(c -> c.name().length()).max().orElse(6));
        out.printf("  %-" + width + "s  %-11s  %s%n", "column", "type", "missing");
        for (Column c : data.columns()) {
            out.printf("  %-" + width + "s  %-11s  %,d%n", c.name(), c.type().label(), c.missingCount());
        }
        return 0;
    }
}
