package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.data.Column;
import io.segmenta.core.data.Dataset;
import io.segmenta.core.data.ShortRows;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code segmenta inspect FILE}: rows, each column's inferred type and missing count, how its numbers
 * are written when they are not plain ("numbers with $ and thousands commas"), and the rows read with
 * fewer fields than the header.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show the rows and the columns of a CSV file with their inferred type, missing cells and how "
                + "their numbers are written.")
final class InspectCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print one JSON object: {\"rows\", \"columns\": [{\"name\", \"type\", "
            + "\"missing\", \"numbers\" (how they are written, only when not plain)}], \"shortRows\": {\"count\", "
            + "\"lines\"} (only when rows had fewer fields than the header)}.")
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
                ObjectNode col = cols.addObject().put("name", c.name()).put("type", c.type().label())
                        .put("missing", c.missingCount());
                data.numberRule(c.name()).ifPresent(rule -> col.put("numbers", rule));
            }
            ShortRows shortRows = data.shortRows();
            if (shortRows.count() > 0) {
                ObjectNode s = root.putObject("shortRows").put("count", shortRows.count());
                ArrayNode lines = s.putArray("lines");
                shortRows.firstLines().forEach(lines::add);
            }
            Json.print(out, root);
            return 0;
        }
        out.printf("%s: %,d rows, %d columns%n", data.name(), data.rowCount(), data.columnCount());
        int width = Math.max(6, data.columns().stream().mapToInt(c -> c.name().length()).max().orElse(6));
        boolean rules = data.columns().stream().anyMatch(c -> data.numberRule(c.name()).isPresent());
        out.printf(Locale.ROOT, "  %-" + width + "s  %-11s  %7s%s%n", "column", "type", "missing",
                rules ? "  numbers written as" : "");
        for (Column c : data.columns()) {
            String rule = data.numberRule(c.name()).map(r -> "  " + r).orElse("");
            out.printf(Locale.ROOT, "  %-" + width + "s  %-11s  %,7d%s%n", c.name(), c.type().label(), c.missingCount(),
                    rule);
        }
        if (data.shortRows().count() > 0) {
            out.println(data.shortRows().sentence());
        }
        return 0;
    }
}
