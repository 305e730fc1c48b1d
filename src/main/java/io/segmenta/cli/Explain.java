package io.segmenta.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.segmenta.core.explain.Driver;
import io.segmenta.core.explain.Explanation;
import io.segmenta.core.explain.ResultWarning;
import io.segmenta.core.explain.RuleSet;
import io.segmenta.core.explain.SegmentRule;
import io.segmenta.core.explain.Stability;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The drivers, rules, warnings and stability of a result, as JSON fields and as text lines. */
final class Explain {
    private Explain() {
    }

    /** Puts "drivers", "rules" and "warnings" into {@code root}. */
    static void put(ObjectNode root, Explanation e, List<String> names) {
        ArrayNode drivers = root.putArray("drivers");
        for (Driver d : e.drivers()) {
            ObjectNode o = drivers.addObject();
            o.put("feature", d.column());
            o.put("measure", d.kind().key());
            o.put("value", d.value());
        }
        RuleSet rs = e.rules();
        ObjectNode rules = root.putObject("rules");
        rules.put("depth", rs.depth());
        rules.put("customers", rs.customers());
        rules.put("correct", rs.correct());
        rules.put("accuracy", rs.accuracy());
        if (!rs.note().isEmpty()) {
            rules.put("note", rs.note());
        }
        ArrayNode list = rules.putArray("rules");
        for (SegmentRule r : rs.rules()) {
            ObjectNode o = list.addObject();
            o.put("segment", r.segment() + 1);
            o.put("name", names.get(r.segment()));
            ArrayNode conditions = o.putArray("conditions");
            r.conditions().forEach(conditions::add);
            o.put("customers", r.customers());
            o.put("correct", r.correct());
        }
        putWarnings(root, e.warnings());
    }

    static void putWarnings(ObjectNode root, List<ResultWarning> warnings) {
        ArrayNode out = root.putArray("warnings");
        for (ResultWarning w : warnings) {
            ObjectNode o = out.addObject();
            o.put("kind", w.kind().key());
            if (!w.subject().isEmpty()) {
                o.put("subject", w.subject());
            }
            o.put("message", w.message());
        }
    }

    static void put(ObjectNode root, Stability s, List<String> names) {
        ObjectNode o = root.putObject("stability");
        o.put("resamples", s.resamples());
        o.put("mean_adjusted_rand", s.meanAdjustedRand());
        o.put("min_adjusted_rand", s.minAdjustedRand());
        o.put("verdict", s.verdict());
        ArrayNode segments = o.putArray("segments");
        for (int i = 0; i < s.together().length; i++) {
            ObjectNode seg = segments.addObject();
            seg.put("id", i + 1);
            seg.put("name", names.get(i));
            Json.putFinite(seg, "kept_together", s.together()[i]);
        }
    }

    static void print(PrintWriter out, Explanation e, List<String> names) {
        out.println("Drivers (share in separating the segments, 0 to 1):");
        for (Driver d : e.drivers()) {
            out.printf(Locale.ROOT, "  %-40s %5.2f  %s%n", d.column(), d.value(), d.kind().label());
        }
        RuleSet rs = e.rules();
        out.println("Rules: " + rs.summary());
        for (SegmentRule r : rs.rules()) {
            out.printf(Locale.ROOT, "  %d. %s: %s (%,d of %,d right)%n", r.segment() + 1, names.get(r.segment()),
                    r.text(), r.correct(), r.customers());
        }
        if (!rs.note().isEmpty()) {
            out.println("  " + rs.note());
        }
        printWarnings(out, e.warnings());
    }

    static void printWarnings(PrintWriter out, List<ResultWarning> warnings) {
        warnings.forEach(w -> out.println("Warning: " + w.message()));
    }

    static void print(PrintWriter out, Stability s, List<String> names) {
        out.println("Stability: " + s.verdict());
        for (int i = 0; i < s.together().length; i++) {
            double t = s.together()[i];
            out.printf(Locale.ROOT, "  %d. %s: %s of its customers stay together%n", i + 1, names.get(i),
                    Double.isNaN(t) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * t));
        }
    }
}
